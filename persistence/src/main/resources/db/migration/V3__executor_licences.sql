-- Licences of executors (number, date, issuing body, licensed activity, valid until).
create table executor_licence (
    executor_id bigint        not null references executor (id),
    position    integer       not null,
    number      varchar(100)  not null,
    issued_on   date,
    issuer      varchar(500),
    activity    varchar(500),
    valid_until date,
    primary key (executor_id, position)
);
create index ix_executor_full_name on executor (full_name);
create index ix_service_name on social_service (name);
