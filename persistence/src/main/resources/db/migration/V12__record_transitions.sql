-- One transition log for every kind of record (issue 10): who, role, organisation, when, from → to, comment.
create sequence record_transition_seq start with 1000 increment by 50;

create table record_transition (
    id           bigint        not null primary key,
    record_type  varchar(50)   not null,
    record_id    bigint        not null,
    action       varchar(30)   not null,
    from_state   varchar(30),
    to_state     varchar(30)   not null,
    actor        varchar(100)  not null,
    actor_role   varchar(100),
    organisation varchar(1000),
    occurred_at  timestamp     not null,
    comment_text varchar(2000)
);
create index ix_record_transition on record_transition (record_type, record_id, occurred_at);
