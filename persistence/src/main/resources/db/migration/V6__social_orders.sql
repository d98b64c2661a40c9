-- Social orders: versions, lines with volumes per year split by method, workflow transitions; the approver role.
create sequence social_order_seq start with 1000 increment by 50;
create sequence order_line_seq start with 1000 increment by 50;
create sequence order_transition_seq start with 1000 increment by 50;

create table social_order (
    id             bigint        not null primary key,
    version        bigint        not null default 0,
    authority_id   bigint        not null references authorised_body (id),
    direction_id   bigint references activity_direction (id),
    fiscal_year    integer       not null,
    title          varchar(1000) not null,
    as_of_date     date,
    budget_name    varchar(500),
    status         varchar(20)   not null,
    version_number integer       not null,
    family_id      bigint,
    previous_id    bigint references social_order (id),
    constraint ck_order_status check (status in ('DRAFT', 'UNDER_APPROVAL', 'APPROVED', 'PUBLISHED'))
);
create index ix_order_authority on social_order (authority_id, fiscal_year);
create index ix_order_family on social_order (family_id);

create table order_line (
    id                 bigint        not null primary key,
    order_id           bigint        not null references social_order (id),
    position           integer       not null,
    service_id         bigint        not null references social_service (id),
    determination_year integer,
    place              varchar(1000),
    volume_indicator   varchar(1000),
    unit_id            bigint references measurement_unit (id)
);
create index ix_order_line on order_line (order_id);

create table order_line_year (
    line_id           bigint         not null references order_line (id),
    order_year        integer        not null,
    total             numeric(19, 4) not null,
    treasury          numeric(19, 4) not null,
    budget_autonomous numeric(19, 4) not null,
    competition       numeric(19, 4) not null,
    certificates      numeric(19, 4) not null,
    primary key (line_id, order_year)
);

create table order_transition (
    id           bigint       not null primary key,
    order_id     bigint       not null references social_order (id),
    action       varchar(20)  not null,
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    actor        varchar(100) not null,
    occurred_at  timestamp    not null,
    comment_text varchar(2000)
);

alter table user_role drop constraint ck_user_role;
alter table user_role add constraint ck_user_role check (role in ('ADMIN', 'AUTHORITY_CLERK', 'APPROVER', 'EXECUTOR', 'OBSERVER'));
