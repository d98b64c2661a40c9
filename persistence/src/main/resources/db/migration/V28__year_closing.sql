-- Закрытие года (issue 15): the closing calendar of a territory and year, the state of its year-end run, and what the
-- run decided for each contract of the year; a continuation contract names the contract it continues.
--
-- year_closing: from stop_date no new certificates and no new contracts of the closing year (applications are refused
-- with YEAR_CLOSING, confirmations with 409 code YEAR_CLOSING); after closing_date the nightly timer runs the year
-- end (or the administrator / a clerk of the territory does, from stop_date on). The counters are the run's progress; the run is a job
-- (job_id, kind YEAR_END: one row per contract, then per certificate).
create sequence year_closing_seq start with 1000 increment by 50;
create table year_closing (
    id                     bigint       not null primary key,
    version                bigint       not null default 0,
    territory_id           bigint       not null references territory (id),
    closing_year           integer      not null,
    stop_date              date         not null,
    closing_date           date         not null,
    status                 varchar(20)  not null,
    started_at             timestamp,
    finished_at            timestamp,
    run_by                 varchar(100),
    total                  integer      not null default 0,
    processed              integer      not null default 0,
    job_id                 bigint       references job_run (id),
    constraint uk_year_closing unique (territory_id, closing_year),
    constraint ck_year_closing_status check (status in ('NOT_STARTED', 'IN_PROGRESS', 'CLOSED')),
    constraint ck_year_closing_dates check (stop_date <= closing_date),
    constraint ck_year_closing_counts check (total >= 0 and processed >= 0)
);

-- What the year end did with a contract of the closing year: completed within the year, continued into the next year
-- on the new year's certificate (continuation_id), or not continued (reason code + Russian text). One row per
-- contract: a re-run finds it and changes nothing, or continues a contract that could not continue before.
create sequence year_closing_contract_seq start with 1000 increment by 50;
create table year_closing_contract (
    id              bigint        not null primary key,
    version         bigint        not null default 0,
    closing_id      bigint        not null references year_closing (id),
    contract_id     bigint        not null references consumer_contract (id),
    outcome         varchar(20)   not null,
    reason          varchar(30),
    reason_text     varchar(1000),
    released_hours  numeric(10, 2) not null default 0,
    released_amount numeric(19, 2) not null default 0,
    continuation_id bigint        references consumer_contract (id),
    decided_at      timestamp     not null,
    constraint uk_year_closing_contract unique (contract_id),
    constraint ck_year_closing_contract_outcome check (outcome in ('COMPLETED', 'CONTINUED', 'NOT_CONTINUED')),
    constraint ck_year_closing_contract_reason check (reason in ('NO_VOLUME', 'VOLUME_EXHAUSTED', 'NO_TERMS', 'NOT_ELIGIBLE',
                                                                 'INSUFFICIENT_BALANCE')),
    constraint ck_year_closing_contract_decided check ((outcome = 'CONTINUED' and continuation_id is not null and reason is null)
                                                       or (outcome = 'NOT_CONTINUED' and reason is not null and continuation_id is null)
                                                       or (outcome = 'COMPLETED' and reason is null and continuation_id is null))
);
create index ix_year_closing_contract_closing on year_closing_contract (closing_id, outcome);

alter table consumer_contract add continues_id bigint references consumer_contract (id);
alter table consumer_contract add constraint uk_consumer_contract_continues unique (continues_id);
