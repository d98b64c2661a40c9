-- The appendices of a decision edited on its card and through the API (issue 11): each appendix keeps its number as
-- the act gives it (the default stamp is written with it; appendices stored before keep their stamps and no number).
-- The role names of a working group belong to the group, one per role («председатель рабочей группы» for the head of
-- every composition of the group), instead of to each member: a member added later is named as the act names the role.
alter table decision_appendix add column number varchar(20);

create table working_group_role_name (
    group_id bigint       not null references working_group (id),
    role     varchar(20)  not null,
    title    varchar(300) not null,
    primary key (group_id, role),
    constraint ck_group_role_name_role check (role in ('HEAD', 'DEPUTY', 'SECRETARY', 'MEMBER'))
);

insert into working_group_role_name (group_id, role, title)
select group_id, role, min(trim(role_title)) from group_member
 where role_title is not null and trim(role_title) <> ''
 group by group_id, role;

alter table group_member drop column role_title;
