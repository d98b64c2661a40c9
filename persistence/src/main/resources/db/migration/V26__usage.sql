-- Delivered volume (учёт оказанных услуг, issue 15): the hours an executor delivered under each consumer contract per
-- month, the executor's monthly submission, and the authority's corrections after it. Portable SQL for H2 2.x and
-- PostgreSQL.
--
-- Money: amount = hours × the contract's price per hour, rounded to kopecks half-up, except the month that brings the
-- delivered hours to the contract's hours, which takes the remainder so that the contract's amounts add up to its
-- price exactly; never above the price (service.usage.UsageAmount). hours and amount always hold the current value
-- (after corrections); a SUBMITTED row is what was consumed on the certificate's ledger.
--
-- The ledger gains one kind of movement: UNCONSUME («сторно оплаты»), a correction that lowers delivered hours of a
-- submitted month returns the difference from consumed to allocated (the reverse of CONSUME).

create sequence contract_usage_seq start with 1000 increment by 50;
create sequence usage_correction_seq start with 1000 increment by 50;
create sequence usage_month_seq start with 1000 increment by 50;

-- One executor's month with one authority: OPEN while its rows may be entered, SUBMITTED once the executor sent it
-- (its rows are consumed on the ledger then; afterwards only the authority's clerk corrects them).
create table usage_month (
    id           bigint       not null primary key,
    version      bigint       not null default 0,
    executor_id  bigint       not null references executor (id),
    authority_id bigint       not null references authorised_body (id),
    usage_month  date         not null,
    status       varchar(10)  not null,
    submitted_at timestamp,
    submitted_by varchar(100),
    constraint uk_usage_month unique (executor_id, authority_id, usage_month),
    constraint ck_usage_month_status check (status in ('OPEN', 'SUBMITTED')),
    constraint ck_usage_month_first_day check (extract(day from usage_month) = 1),
    constraint ck_usage_month_submitted check ((status = 'SUBMITTED' and submitted_at is not null and submitted_by is not null)
                                               or (status = 'OPEN' and submitted_at is null and submitted_by is null))
);
create index ix_usage_month_authority on usage_month (authority_id, usage_month, status);

-- Hours delivered under a contract in a month (the 1st of the month), entered on screen, from a file or by the API.
create table contract_usage (
    id           bigint         not null primary key,
    version      bigint         not null default 0,
    contract_id  bigint         not null references consumer_contract (id),
    executor_id  bigint         not null references executor (id),
    authority_id bigint         not null references authorised_body (id),
    usage_month  date           not null,
    hours        numeric(10, 2) not null,
    amount       numeric(19, 2) not null,
    status       varchar(10)    not null,
    source       varchar(10)    not null,
    entered_by   varchar(100)   not null,
    entered_at   timestamp      not null,
    submitted_at timestamp,
    movement_id  bigint         references certificate_movement (id),
    constraint uk_contract_usage unique (contract_id, usage_month),
    constraint ck_contract_usage_status check (status in ('DRAFT', 'SUBMITTED')),
    constraint ck_contract_usage_source check (source in ('SCREEN', 'FILE', 'API')),
    constraint ck_contract_usage_first_day check (extract(day from usage_month) = 1),
    constraint ck_contract_usage_amounts check (hours >= 0 and amount >= 0 and (hours > 0 or amount = 0)),
    constraint ck_contract_usage_submitted check ((status = 'SUBMITTED' and submitted_at is not null)
                                                  or (status = 'DRAFT' and submitted_at is null and movement_id is null))
);
create index ix_contract_usage_month on contract_usage (authority_id, usage_month, status);
create index ix_contract_usage_executor on contract_usage (executor_id, usage_month);

-- A correction of a submitted row by the authority's clerk, with its reason and the ledger movement it produced
-- (CONSUME of the increase, UNCONSUME of the decrease; none when the amount did not change).
create table usage_correction (
    id           bigint         not null primary key,
    usage_id     bigint         not null references contract_usage (id),
    hours_before numeric(10, 2) not null,
    hours_after  numeric(10, 2) not null,
    amount_delta numeric(19, 2) not null,
    reason       varchar(1000)  not null,
    corrected_by varchar(100)   not null,
    corrected_at timestamp      not null,
    movement_id  bigint         references certificate_movement (id),
    constraint ck_usage_correction_hours check (hours_before >= 0 and hours_after >= 0 and hours_before <> hours_after),
    constraint ck_usage_correction_reason check (length(trim(reason)) > 0)
);
create index ix_usage_correction_usage on usage_correction (usage_id);

-- The ledger's new kind: UNCONSUME moves hours and roubles back from consumed to allocated.
alter table certificate_movement drop constraint ck_certificate_movement_kind_name;
alter table certificate_movement add constraint ck_certificate_movement_kind_name
    check (kind in ('ISSUE', 'ALLOCATE', 'RELEASE', 'CONSUME', 'UNCONSUME', 'EXPIRE'));
alter table certificate_movement drop constraint ck_certificate_movement_kind;
alter table certificate_movement add constraint ck_certificate_movement_kind check (
    (kind = 'ISSUE' and hours = nominal_hours and amount = nominal_amount
     and allocated_hours = 0 and consumed_hours = 0 and expired_hours = 0
     and allocated_amount = 0 and consumed_amount = 0 and expired_amount = 0)
    or (kind = 'ALLOCATE' and contract_id is not null
        and allocated_hours = prev_allocated_hours + hours and allocated_amount = prev_allocated_amount + amount
        and consumed_hours = prev_consumed_hours and consumed_amount = prev_consumed_amount
        and expired_hours = prev_expired_hours and expired_amount = prev_expired_amount)
    or (kind = 'RELEASE' and contract_id is not null
        and allocated_hours = prev_allocated_hours - hours and allocated_amount = prev_allocated_amount - amount
        and consumed_hours = prev_consumed_hours and consumed_amount = prev_consumed_amount
        and expired_hours = prev_expired_hours and expired_amount = prev_expired_amount)
    or (kind = 'CONSUME' and contract_id is not null
        and allocated_hours = prev_allocated_hours - hours and allocated_amount = prev_allocated_amount - amount
        and consumed_hours = prev_consumed_hours + hours and consumed_amount = prev_consumed_amount + amount
        and expired_hours = prev_expired_hours and expired_amount = prev_expired_amount)
    or (kind = 'UNCONSUME' and contract_id is not null
        and allocated_hours = prev_allocated_hours + hours and allocated_amount = prev_allocated_amount + amount
        and consumed_hours = prev_consumed_hours - hours and consumed_amount = prev_consumed_amount - amount
        and expired_hours = prev_expired_hours and expired_amount = prev_expired_amount)
    or (kind = 'EXPIRE' and contract_id is null
        and allocated_hours = prev_allocated_hours and allocated_amount = prev_allocated_amount
        and consumed_hours = prev_consumed_hours and consumed_amount = prev_consumed_amount
        and expired_hours = prev_expired_hours + hours and expired_amount = prev_expired_amount + amount));
