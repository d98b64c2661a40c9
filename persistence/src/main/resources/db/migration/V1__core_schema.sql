-- Соцзаказ core schema: reference data, users, audit.
-- Portable SQL: the same script runs on H2 2.x (embedded default) and PostgreSQL.
-- Ids come from sequences (allocation 50, matching @SequenceGenerator; EclipseLink hands out 951..1000 first);
-- rows inserted by migrations use ids below 100.

create sequence territory_seq start with 1000 increment by 50;
create sequence activity_direction_seq start with 1000 increment by 50;
create sequence measurement_unit_seq start with 1000 increment by 50;
create sequence authorised_body_seq start with 1000 increment by 50;
create sequence social_service_seq start with 1000 increment by 50;
create sequence executor_seq start with 1000 increment by 50;
create sequence user_account_seq start with 1000 increment by 50;
create sequence audit_record_seq start with 1000 increment by 50;

create table territory (
    id          bigint       not null primary key,
    version     bigint       not null default 0,
    level       varchar(20)  not null,
    name        varchar(500) not null,
    oktmo       varchar(11),
    parent_id   bigint references territory (id),
    constraint ck_territory_level check (level in ('REGION', 'MUNICIPALITY'))
);
create unique index uk_territory_oktmo on territory (oktmo);

create table activity_direction (
    id          bigint       not null primary key,
    version     bigint       not null default 0,
    code        varchar(20)  not null,
    name        varchar(500) not null,
    legal_basis varchar(500),
    constraint uk_direction_code unique (code)
);

create table measurement_unit (
    id          bigint       not null primary key,
    version     bigint       not null default 0,
    code        varchar(4)   not null,
    name        varchar(200) not null,
    short_name  varchar(50),
    constraint uk_unit_code unique (code)
);

create table authorised_body (
    id                  bigint        not null primary key,
    version             bigint        not null default 0,
    full_name           varchar(1000) not null,
    short_name          varchar(300)  not null,
    territory_id        bigint        not null references territory (id),
    inn                 varchar(12),
    kpp                 varchar(9),
    ogrn                varchar(15),
    okpo                varchar(10),
    budget_chapter_code varchar(3),
    head_position       varchar(500),
    head_name           varchar(300)
);
create index ix_authority_territory on authorised_body (territory_id);

create table authorised_body_direction (
    authorised_body_id bigint not null references authorised_body (id),
    direction_id       bigint not null references activity_direction (id),
    primary key (authorised_body_id, direction_id)
);

create table social_service (
    id                bigint        not null primary key,
    version           bigint        not null default 0,
    registry_number   varchar(21)   not null,
    territory_id      bigint        not null references territory (id),
    name              varchar(1000) not null,
    content           varchar(1000),
    conditions        varchar(500),
    consumer_category varchar(1000),
    direction_id      bigint references activity_direction (id),
    normative_cost    numeric(19, 6),
    licence_required  boolean       not null default false,
    valid_from        date,
    valid_to          date,
    constraint uk_service_territory_number unique (territory_id, registry_number)
);
create index ix_service_number on social_service (registry_number);

create table service_indicator (
    service_id bigint        not null references social_service (id),
    position   integer       not null,
    kind       varchar(10)   not null,
    name       varchar(1000) not null,
    unit_id    bigint references measurement_unit (id),
    primary key (service_id, position),
    constraint ck_indicator_kind check (kind in ('VOLUME', 'QUALITY'))
);

create table executor (
    id                  bigint        not null primary key,
    version             bigint        not null default 0,
    type                varchar(40)   not null,
    full_name           varchar(1000) not null,
    short_name          varchar(300),
    inn                 varchar(12)   not null,
    kpp                 varchar(9),
    ogrn                varchar(15),
    snils               varchar(11),
    identity_key        varchar(30)   not null,
    territory_id        bigint references territory (id),
    address             varchar(1000),
    head_name           varchar(300),
    head_position       varchar(300),
    phone               varchar(100),
    email               varchar(200),
    non_profit          boolean       not null default false,
    state_support       boolean       not null default false,
    special_name_school boolean       not null default false,
    constraint uk_executor_identity unique (identity_key)
);
create index ix_executor_inn on executor (inn);

create table user_account (
    id            bigint       not null primary key,
    version       bigint       not null default 0,
    login         varchar(100) not null,
    password_hash varchar(300) not null,
    full_name     varchar(300) not null,
    active        boolean      not null default true,
    authority_id  bigint references authorised_body (id),
    executor_id   bigint references executor (id),
    created_at    timestamp    not null,
    constraint uk_user_login unique (login)
);

create table user_role (
    user_id bigint      not null references user_account (id),
    role    varchar(30) not null,
    primary key (user_id, role),
    constraint ck_user_role check (role in ('ADMIN', 'AUTHORITY_CLERK', 'EXECUTOR', 'OBSERVER'))
);

create table audit_record (
    id          bigint       not null primary key,
    occurred_at timestamp    not null,
    actor       varchar(100) not null,
    action      varchar(100) not null,
    object_type varchar(100),
    object_id   bigint,
    details     varchar(4000)
);
create index ix_audit_object on audit_record (object_type, object_id);
