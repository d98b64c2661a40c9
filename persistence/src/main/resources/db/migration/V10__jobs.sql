-- Background jobs whose state lives in the database (issue 10): imports now, payments and scheduled reports next.
-- A job run records who started it and when, its status and counts; its rows record the verdict of the check
-- (preview) and the outcome of the write, so an interrupted job is re-run from where it stopped.
create sequence job_run_seq start with 1000 increment by 50;
create sequence job_row_seq start with 1000 increment by 50;

create table job_run (
    id              bigint        not null primary key,
    version         bigint        not null default 0,
    kind            varchar(40)   not null,
    status          varchar(20)   not null,
    file_name       varchar(300),
    started_by      varchar(100)  not null,
    authority_id    bigint,
    created_at      timestamp     not null,
    started_at      timestamp,
    finished_at     timestamp,
    total_rows      integer       not null default 0,
    processed_rows  integer       not null default 0,
    failed_rows     integer       not null default 0,
    attempts        integer       not null default 0,
    message         varchar(2000),
    constraint ck_job_run_status check (status in ('PREVIEWED', 'RUNNING', 'COMPLETED', 'FAILED', 'INTERRUPTED'))
);
create index ix_job_run_authority on job_run (authority_id, created_at);
create index ix_job_run_started_by on job_run (started_by, created_at);

-- the uploaded file, kept apart so that lists never load it
create table job_file (
    job_id  bigint not null primary key references job_run (id),
    content bytea  not null
);

create table job_row (
    id         bigint        not null primary key,
    job_id     bigint        not null references job_run (id),
    line       integer       not null,
    verdict    varchar(20)   not null,
    outcome    varchar(20),
    record_key varchar(300),
    name       varchar(1000),
    messages   varchar(4000),
    record_id  bigint,
    payload    bytea,
    constraint uk_job_row_line unique (job_id, line),
    constraint ck_job_row_verdict check (verdict in ('VALID', 'CORRECTED', 'REJECTED')),
    constraint ck_job_row_outcome check (outcome in ('WRITTEN', 'FAILED'))
);
