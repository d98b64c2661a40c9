-- The monthly payment cycle (issue 15, model.payment): a payment run per authority and month, the invoices it
-- produces (the settlement act of the month and the advance of the next month, one per agreement, month and kind),
-- their lines per contract, and the payment orders (one per invoice with something to pay). Portable SQL for H2 2.x
-- and PostgreSQL.
--
-- Idempotence in the database: one run per authority and month (a re-run reuses it); one invoice per agreement family
-- (an amendment is a new version of the same family), month and kind; one line per invoice and contract; one payment
-- order per invoice — a re-run cannot pay twice. Crash safety: the rows of a run are written in chunks while the run is
-- RUNNING and become visible (lists, register, treasury file, reconciliation) only when the run is READY or APPROVED.
-- Money: amounts numeric(19, 2) (kopecks), prices per hour 6 decimals like the contract's, hours 2 decimals.
create sequence payment_run_seq start with 1000 increment by 50;
create sequence invoice_seq start with 1000 increment by 50;
create sequence invoice_line_seq start with 1000 increment by 50;
create sequence payment_order_seq start with 1000 increment by 50;

create table payment_run (
    id              bigint         not null primary key,
    version         bigint         not null default 0,
    authority_id    bigint         not null references authorised_body (id),
    run_month       date           not null,
    status          varchar(20)    not null,
    job_id          bigint         references job_run (id),
    agreements      integer        not null default 0,
    invoices        integer        not null default 0,
    total_delivered numeric(19, 2) not null default 0,
    total_advance   numeric(19, 2) not null default 0,
    total_due       numeric(19, 2) not null default 0,
    created_at      timestamp      not null,
    created_by      varchar(100)   not null,
    approved_at     timestamp,
    approved_by     varchar(100),
    constraint uk_payment_run_month unique (authority_id, run_month),
    constraint ck_payment_run_status check (status in ('RUNNING', 'READY', 'APPROVED', 'FAILED')),
    constraint ck_payment_run_approved check ((status = 'APPROVED' and approved_at is not null and approved_by is not null)
                                              or (status <> 'APPROVED' and approved_at is null and approved_by is null))
);

create table invoice (
    id                  bigint         not null primary key,
    version             bigint         not null default 0,
    run_id              bigint         not null references payment_run (id),
    authority_id        bigint         not null references authorised_body (id),
    executor_id         bigint         not null references executor (id),
    agreement_id        bigint         not null references agreement (id),
    agreement_family_id bigint         not null,
    agreement_number    varchar(50)    not null,
    agreement_date      date,
    kind                varchar(20)    not null,
    invoice_month       date           not null,
    pay_on              date,
    planned             numeric(19, 2) not null,
    advance_paid        numeric(19, 2) not null,
    delivered           numeric(19, 2) not null,
    carried_in          numeric(19, 2) not null,
    amount_due          numeric(19, 2) not null,
    carried_forward     numeric(19, 2) not null,
    status              varchar(20)    not null,
    constraint uk_invoice_agreement_month unique (agreement_family_id, invoice_month, kind),
    constraint ck_invoice_kind check (kind in ('ADVANCE', 'SETTLEMENT')),
    constraint ck_invoice_status check (status in ('COMPUTED', 'APPROVED')),
    constraint ck_invoice_amounts check (planned >= 0 and advance_paid >= 0 and delivered >= 0 and carried_in >= 0
                                         and amount_due >= 0 and carried_forward >= 0)
);
create index ix_invoice_run on invoice (run_id, executor_id);
create index ix_invoice_executor on invoice (executor_id, invoice_month);

create table invoice_line (
    id             bigint         not null primary key,
    invoice_id     bigint         not null references invoice (id),
    contract_id    bigint         not null references consumer_contract (id),
    certificate_id bigint         not null references certificate (id),
    hours          numeric(10, 2) not null,
    price_per_hour numeric(19, 6) not null,
    amount         numeric(19, 2) not null,
    constraint uk_invoice_line_contract unique (invoice_id, contract_id),
    constraint ck_invoice_line check (hours >= 0 and price_per_hour >= 0 and amount >= 0)
);
create index ix_invoice_line_contract on invoice_line (contract_id);

create table payment_order (
    id               bigint         not null primary key,
    version          bigint         not null default 0,
    invoice_id       bigint         not null references invoice (id),
    run_id           bigint         not null references payment_run (id),
    executor_id      bigint         not null references executor (id),
    payee_name       varchar(1000)  not null,
    payee_inn        varchar(12)    not null,
    payee_kpp        varchar(9),
    account          varchar(20)    not null,
    bik              varchar(9)     not null,
    bank_name        varchar(300)   not null,
    corr_account     varchar(20),
    treasury_account varchar(30),
    amount           numeric(19, 2) not null,
    pay_on           date           not null,
    purpose          varchar(210)   not null,
    status           varchar(20)    not null,
    constraint uk_payment_order_invoice unique (invoice_id),
    constraint ck_payment_order_status check (status in ('PREPARED', 'APPROVED')),
    constraint ck_payment_order_amount check (amount > 0)
);
create index ix_payment_order_run on payment_order (run_id, executor_id);
