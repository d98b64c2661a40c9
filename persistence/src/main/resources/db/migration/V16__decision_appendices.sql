-- The appendices of a decision as its act prints them (issue 11): in the act's order, each with its kind, the
-- approval stamp and the title as the act writes them, the column captions and the numbering row of its table (and for
-- an indicator table how its cells write a value and its year), the signature under it where the act signs it; the
-- indicator tables of a decision (one per service or ministry); the role names the act gives the members of its
-- working group and whether it lists them under role headings; the parts of the information support.
create table decision_appendix (
    decision_id     bigint        not null references decision (id),
    position        integer       not null,
    kind            varchar(20)   not null,
    stamp           varchar(1000),
    title           varchar(2000),
    captions        varchar(2000),
    column_numbers  varchar(200),
    indicator_table integer,
    value_pattern   varchar(200),
    signature       varchar(1000),
    primary key (decision_id, position),
    constraint ck_decision_appendix_kind check (kind in ('SERVICES', 'PLAN', 'INDICATORS', 'REGULATIONS', 'COMPOSITION',
                                                         'INFO_SUPPORT'))
);

-- The heading a list of services puts over a service and the ones after it («1. Реализация дополнительных
-- общеразвивающих программ:»).
alter table decision_service add column list_heading varchar(1000);

alter table efficiency_goal add column indicator_table integer not null default 1;

alter table group_member add column role_title varchar(300);

alter table working_group add column roles_in_headings boolean not null default true;

create table decision_info_part (
    decision_id bigint        not null references decision (id),
    position    integer       not null,
    kind        varchar(20)   not null,
    number      varchar(20),
    text        varchar(4000) not null,
    primary key (decision_id, position),
    constraint ck_decision_info_part_kind check (kind in ('TEXT', 'DOCUMENTS', 'SYSTEMS'))
);
