-- Executor selection by social certificate (issue 14): the registry of executors and their programmes
-- (model.registry), consumers, certificate applications, certificates with their balance ledger, enrolments and
-- consumer contracts (model.certificate). Portable SQL for H2 2.x and PostgreSQL, like every migration.
--
-- Data scope: every row that a boundary lists carries the column its scope is decided by — authority_id (the
-- authorised body that keeps the registry, issues the certificate), territory_id (consumers, settings) and
-- executor_id (applications, programmes, enrolments, contracts: what an executor's user may see).
--
-- Money: normative costs per unit and prices per hour keep 6 decimals (numeric(19, 6)); amounts that a legal
-- document states — a certificate's nominal, a contract's price and every ledger amount — are roubles rounded to
-- kopecks half-up (numeric(19, 2)). Hours (человеко-часы) keep 2 decimals.
-- Age ranges are inclusive in completed years: «от 5 до 18 лет» is stored as 5..17.

create sequence service_normative_seq start with 1000 increment by 50;
create sequence registry_application_seq start with 1000 increment by 50;
create sequence registry_entry_seq start with 1000 increment by 50;
create sequence programme_seq start with 1000 increment by 50;
create sequence programme_group_seq start with 1000 increment by 50;
create sequence certificate_terms_seq start with 1000 increment by 50;
create sequence consumer_seq start with 1000 increment by 50;
create sequence certificate_application_seq start with 1000 increment by 50;
create sequence certificate_seq start with 1000 increment by 50;
create sequence certificate_movement_seq start with 1000 increment by 50;
create sequence enrolment_seq start with 1000 increment by 50;
create sequence consumer_contract_seq start with 1000 increment by 50;

-- ---------------------------------------------------------------------------------------------------------------
-- Registry of executors and programmes
-- ---------------------------------------------------------------------------------------------------------------

-- Normative cost of a unit of a service (e.g. one человеко-час) in a year, with the territorial and sectoral
-- coefficients; the service belongs to a territory, so this is per service, territory and year.
create table service_normative (
    id                      bigint         not null primary key,
    version                 bigint         not null default 0,
    service_id              bigint         not null references social_service (id),
    normative_year          integer        not null,
    base_cost               numeric(19, 6) not null,
    territorial_coefficient numeric(9, 4)  not null default 1,
    sectoral_coefficient    numeric(9, 4)  not null default 1,
    constraint uk_service_normative unique (service_id, normative_year),
    constraint ck_service_normative check (base_cost > 0 and territorial_coefficient > 0 and sectoral_coefficient > 0)
);

-- Заявка на включение в реестр исполнителей: filed by the executor's user or by a clerk on its behalf (paper).
create table registry_application (
    id                  bigint        not null primary key,
    version             bigint        not null default 0,
    authority_id        bigint        not null references authorised_body (id),
    executor_id         bigint        not null references executor (id),
    status              varchar(20)   not null,
    filed_on_paper      boolean       not null default false,
    licence_number      varchar(100),
    licence_issued_on   date,
    licence_issuer      varchar(500),
    licence_activity    varchar(500),
    licence_valid_until date,
    created_at          timestamp     not null,
    submitted_at        timestamp,
    decided_on          date,
    refusal_reason      varchar(30),
    decision_comment    varchar(2000),
    constraint ck_registry_application_status check (status in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'INCLUDED',
                                                                'REFUSED', 'WITHDRAWN')),
    constraint ck_registry_application_refusal check (status <> 'REFUSED' or (refusal_reason is not null and decided_on is not null)),
    constraint ck_registry_application_reason check (refusal_reason in ('NO_LICENCE', 'LICENCE_INVALID', 'IDENTIFIERS_INVALID',
                                                                        'SPECIAL_NAME', 'SERVICE_NOT_IN_ORDER', 'DOCUMENTS_INCOMPLETE', 'OTHER'))
);
create index ix_registry_application_authority on registry_application (authority_id, status);
create index ix_registry_application_executor on registry_application (executor_id);

create table registry_application_service (
    application_id bigint not null references registry_application (id),
    service_id     bigint not null references social_service (id),
    primary key (application_id, service_id)
);

-- Запись реестра исполнителей: one per authority and executor, numbered within the authority's registry; suspended,
-- excluded and re-included in place (the steps with their dates and reasons are in record_transition).
create table registry_entry (
    id             bigint        not null primary key,
    version        bigint        not null default 0,
    authority_id   bigint        not null references authorised_body (id),
    executor_id    bigint        not null references executor (id),
    entry_number   integer       not null,
    application_id bigint        references registry_application (id),
    status         varchar(20)   not null,
    included_on    date          not null,
    changed_on     date,
    reason         varchar(2000),
    constraint uk_registry_entry_executor unique (authority_id, executor_id),
    constraint uk_registry_entry_number unique (authority_id, entry_number),
    constraint ck_registry_entry_status check (status in ('ACTIVE', 'SUSPENDED', 'EXCLUDED')),
    constraint ck_registry_entry_reason check (status = 'ACTIVE' or (changed_on is not null and reason is not null)),
    constraint ck_registry_entry_number check (entry_number > 0)
);
create index ix_registry_entry_executor on registry_entry (executor_id);

create table registry_entry_service (
    entry_id   bigint not null references registry_entry (id),
    service_id bigint not null references social_service (id),
    primary key (entry_id, service_id)
);

-- Дополнительная общеразвивающая программа: the unit parents choose. Its price is normative cost per человеко-час
-- (with coefficients, of the year it is certified for) × hours, kept with 6 decimals.
create table programme (
    id              bigint         not null primary key,
    version         bigint         not null default 0,
    authority_id    bigint         not null references authorised_body (id),
    executor_id     bigint         not null references executor (id),
    service_id      bigint         not null references social_service (id),
    application_id  bigint         references registry_application (id),
    name            varchar(1000)  not null,
    orientation     varchar(20)    not null,
    form            varchar(20)    not null,
    age_from        integer        not null,
    age_to          integer        not null,
    duration_months integer        not null,
    hours           numeric(10, 2) not null,
    capacity        integer        not null,
    description     varchar(4000),
    normative_cost  numeric(19, 6),
    price           numeric(19, 6),
    status          varchar(20)    not null,
    constraint ck_programme_status check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'CERTIFIED', 'REFUSED', 'SUSPENDED',
                                                     'EXCLUDED', 'WITHDRAWN')),
    constraint ck_programme_orientation check (orientation in ('TECHNICAL', 'NATURAL_SCIENCE', 'SPORTS', 'ARTS', 'TOURISM', 'SOCIAL')),
    constraint ck_programme_form check (form in ('FULL_TIME', 'MIXED', 'DISTANCE')),
    constraint ck_programme_age check (age_from >= 0 and age_to >= age_from and age_to < 100),
    constraint ck_programme_size check (hours > 0 and duration_months > 0 and capacity > 0),
    constraint ck_programme_price check ((price is null and normative_cost is null)
                                         or (price is not null and normative_cost is not null and normative_cost > 0 and price > 0)),
    constraint ck_programme_certified check (status not in ('CERTIFIED', 'SUSPENDED') or price is not null)
);
create index ix_programme_executor on programme (executor_id, status);
create index ix_programme_authority on programme (authority_id, status);
create index ix_programme_service on programme (service_id);

create table programme_address (
    programme_id bigint        not null references programme (id),
    position     integer       not null,
    address      varchar(1000) not null,
    primary key (programme_id, position)
);

-- A group of a programme: dates, capacity, places taken (checked against capacity by the database: confirmations
-- racing for the last place cannot overbook), schedule as text.
create table programme_group (
    id           bigint        not null primary key,
    version      bigint        not null default 0,
    programme_id bigint        not null references programme (id),
    name         varchar(200)  not null,
    starts_on    date          not null,
    ends_on      date          not null,
    capacity     integer       not null,
    taken        integer       not null default 0,
    schedule     varchar(2000),
    constraint ck_programme_group_dates check (ends_on >= starts_on),
    constraint ck_programme_group_places check (capacity > 0 and taken >= 0 and taken <= capacity)
);
create index ix_programme_group_programme on programme_group (programme_id, starts_on);

-- ---------------------------------------------------------------------------------------------------------------
-- Consumers, applications, certificates
-- ---------------------------------------------------------------------------------------------------------------

-- The certificate settings of a territory for a year: period, nominal in человеко-часы and in roubles, the age band,
-- whether a child holds one active certificate per service or per activity direction of the service, and the
-- working days an executor has to answer an enrolment.
create table certificate_terms (
    id             bigint         not null primary key,
    version        bigint         not null default 0,
    territory_id   bigint         not null references territory (id),
    terms_year     integer        not null,
    valid_from     date           not null,
    valid_to       date           not null,
    nominal_hours  numeric(10, 2) not null,
    nominal_amount numeric(19, 2) not null,
    age_from       integer        not null,
    age_to         integer        not null,
    one_per        varchar(20)    not null,
    answer_days    integer        not null default 5,
    constraint uk_certificate_terms unique (territory_id, terms_year),
    constraint ck_certificate_terms_period check (valid_to >= valid_from),
    constraint ck_certificate_terms_nominal check (nominal_hours > 0 and nominal_amount > 0),
    constraint ck_certificate_terms_age check (age_from >= 0 and age_to >= age_from and age_to < 100),
    constraint ck_certificate_terms_one_per check (one_per in ('SERVICE', 'DIRECTION')),
    constraint ck_certificate_terms_answer check (answer_days between 1 and 60)
);

-- Потребитель (ребёнок). СНИЛС is unique; duplicate_key (normalised full name + birth date: lower case, ё → е, Latin
-- lookalikes → Cyrillic, no spaces) finds a probable duplicate, which is then HELD for the clerk with the candidate.
create table consumer (
    id              bigint        not null primary key,
    version         bigint        not null default 0,
    territory_id    bigint        not null references territory (id),
    last_name       varchar(100)  not null,
    first_name      varchar(100)  not null,
    middle_name     varchar(100),
    birth_date      date          not null,
    snils           varchar(11),
    address         varchar(1000),
    category        varchar(300),
    rep_last_name   varchar(100),
    rep_first_name  varchar(100),
    rep_middle_name varchar(100),
    rep_phone       varchar(100),
    rep_email       varchar(200),
    rep_document    varchar(300),
    rep_snils       varchar(11),
    duplicate_key   varchar(320)  not null,
    status          varchar(20)   not null,
    duplicate_of_id bigint        references consumer (id),
    created_at      timestamp     not null,
    constraint uk_consumer_snils unique (snils),
    constraint ck_consumer_status check (status in ('REGISTERED', 'HELD')),
    constraint ck_consumer_held check (status <> 'HELD' or duplicate_of_id is not null)
);
create index ix_consumer_duplicate_key on consumer (duplicate_key);
create index ix_consumer_territory on consumer (territory_id, last_name);

-- Заявление на получение сертификата. Idempotent: (requested_by, idempotency_key) is unique, so the same key sent
-- twice — also by two concurrent requests — makes one row; request_hash (SHA-256 of the request) tells a repeated
-- request from a different one under the same key. The queue is ordered by (enqueued_at, id) per authority,
-- service and year; the position is counted, never stored.
create table certificate_application (
    id              bigint        not null primary key,
    version         bigint        not null default 0,
    requested_by    varchar(100)  not null,
    idempotency_key varchar(100)  not null,
    request_hash    varchar(64)   not null,
    channel         varchar(20)   not null,
    authority_id    bigint        not null references authorised_body (id),
    consumer_id     bigint        not null references consumer (id),
    service_id      bigint        not null references social_service (id),
    period_year     integer       not null,
    starts_on       date          not null,
    status          varchar(20)   not null,
    reason_code     varchar(30),
    reason_text     varchar(1000),
    received_at     timestamp     not null,
    enqueued_at     timestamp,
    decided_at      timestamp,
    constraint uk_certificate_application_key unique (requested_by, idempotency_key),
    constraint ck_certificate_application_status check (status in ('RECEIVED', 'HELD', 'QUEUED', 'ISSUED', 'REFUSED', 'WITHDRAWN')),
    constraint ck_certificate_application_channel check (channel in ('CLERK', 'EPGU', 'NAVIGATOR', 'IMPORT')),
    constraint ck_certificate_application_refused check (status <> 'REFUSED' or reason_code is not null),
    constraint ck_certificate_application_queued check (status <> 'QUEUED' or enqueued_at is not null)
);
create index ix_certificate_application_queue on certificate_application (authority_id, service_id, period_year, status, enqueued_at);
create index ix_certificate_application_consumer on certificate_application (consumer_id);

-- Социальный сертификат. number: 12 digits (see CertificateNumber: subject, year, serial, Damm check digit).
-- active_key is set while the certificate is ISSUED, IN_USE or SUSPENDED and null otherwise (consumer + service or
-- consumer + direction, with the year — as the territory's terms say): a unique column that allows many nulls is the
-- portable form of a partial unique index, so two concurrent issues for the same child cannot both succeed.
-- (id, nominal_hours, nominal_amount) is unique only to be the target of the ledger's foreign key.
create table certificate (
    id             bigint         not null primary key,
    version        bigint         not null default 0,
    number         varchar(12)    not null,
    authority_id   bigint         not null references authorised_body (id),
    consumer_id    bigint         not null references consumer (id),
    service_id     bigint         not null references social_service (id),
    application_id bigint         references certificate_application (id),
    period_year    integer        not null,
    issued_on      date           not null,
    valid_from     date           not null,
    valid_to       date           not null,
    nominal_hours  numeric(10, 2) not null,
    nominal_amount numeric(19, 2) not null,
    status         varchar(20)    not null,
    active_key     varchar(100),
    constraint uk_certificate_number unique (number),
    constraint uk_certificate_application unique (application_id),
    constraint uk_certificate_active unique (active_key),
    constraint uk_certificate_nominal unique (id, nominal_hours, nominal_amount),
    constraint ck_certificate_status check (status in ('ISSUED', 'IN_USE', 'SUSPENDED', 'CLOSED', 'EXPIRED', 'REVOKED')),
    constraint ck_certificate_active check ((status in ('ISSUED', 'IN_USE', 'SUSPENDED') and active_key is not null)
                                            or (status in ('CLOSED', 'EXPIRED', 'REVOKED') and active_key is null)),
    constraint ck_certificate_period check (valid_to >= valid_from),
    constraint ck_certificate_nominal check (nominal_hours > 0 and nominal_amount > 0)
);
create index ix_certificate_authority on certificate (authority_id, status);
create index ix_certificate_consumer on certificate (consumer_id);
create index ix_certificate_service on certificate (service_id, period_year);

-- ---------------------------------------------------------------------------------------------------------------
-- Enrolments and contracts
-- ---------------------------------------------------------------------------------------------------------------

-- Запись на программу: certificate + group, answered by the executor by answer_due. executor_id is the group's
-- executor (the executor scope of the lists).
create table enrolment (
    id             bigint        not null primary key,
    version        bigint        not null default 0,
    certificate_id bigint        not null references certificate (id),
    group_id       bigint        not null references programme_group (id),
    executor_id    bigint        not null references executor (id),
    authority_id   bigint        not null references authorised_body (id),
    channel        varchar(20)   not null,
    status         varchar(20)   not null,
    requested_at   timestamp     not null,
    answer_due     date          not null,
    answered_at    timestamp,
    refusal_reason varchar(1000),
    constraint ck_enrolment_status check (status in ('REQUESTED', 'CONFIRMED', 'REFUSED', 'CANCELLED', 'EXPIRED')),
    constraint ck_enrolment_channel check (channel in ('CLERK', 'EPGU', 'NAVIGATOR', 'IMPORT')),
    constraint ck_enrolment_refused check (status <> 'REFUSED' or refusal_reason is not null)
);
create index ix_enrolment_executor on enrolment (executor_id, status);
create index ix_enrolment_certificate on enrolment (certificate_id);
create index ix_enrolment_group on enrolment (group_id);

-- Договор об образовании (договор-оферта) between the executor and the consumer. The price is a legal total
-- (kopecks, half-up) of price_per_hour (6 decimals) × hours. A change of executor terminates one contract and
-- concludes the one that replaces it (replaces_id, unique: a contract is replaced once).
create table consumer_contract (
    id             bigint         not null primary key,
    version        bigint         not null default 0,
    number         varchar(50)    not null,
    executor_id    bigint         not null references executor (id),
    authority_id   bigint         not null references authorised_body (id),
    certificate_id bigint         not null references certificate (id),
    enrolment_id   bigint         references enrolment (id),
    programme_id   bigint         not null references programme (id),
    group_id       bigint         references programme_group (id),
    concluded_on   date           not null,
    starts_on      date           not null,
    ends_on        date           not null,
    hours          numeric(10, 2) not null,
    price_per_hour numeric(19, 6) not null,
    price          numeric(19, 2) not null,
    status         varchar(20)    not null,
    terminated_on  date,
    terminated_by  varchar(20),
    replaces_id    bigint         references consumer_contract (id),
    constraint uk_consumer_contract_number unique (executor_id, number),
    constraint uk_consumer_contract_enrolment unique (enrolment_id),
    constraint uk_consumer_contract_replaces unique (replaces_id),
    constraint ck_consumer_contract_status check (status in ('CONCLUDED', 'ACTIVE', 'COMPLETED', 'TERMINATED')),
    constraint ck_consumer_contract_dates check (ends_on >= starts_on),
    constraint ck_consumer_contract_amounts check (hours > 0 and price_per_hour > 0 and price > 0),
    constraint ck_consumer_contract_terminated check ((status = 'TERMINATED' and terminated_on is not null and terminated_by is not null)
                                                      or (status <> 'TERMINATED' and terminated_on is null and terminated_by is null)),
    constraint ck_consumer_contract_side check (terminated_by in ('PARENT', 'EXECUTOR'))
);
create index ix_consumer_contract_executor on consumer_contract (executor_id, status);
create index ix_consumer_contract_certificate on consumer_contract (certificate_id);

-- The balance ledger of a certificate: movements are appended, never updated or deleted.
--
-- Why this design: the balance must never be a number overwritten in place, and its invariants — nothing negative,
-- allocated + consumed + expired never above the nominal — must hold in the database even if a writer is wrong or
-- two writers race. So every movement row carries the running balance after it (allocated, consumed, expired, in
-- hours and in roubles), and
--   * ck_certificate_movement_balance keeps every running balance within 0..nominal;
--   * fk_certificate_movement_nominal ties the row's nominal to the certificate's;
--   * seq numbers the movements of a certificate 1, 2, 3 …; uk_certificate_movement_seq makes (certificate, seq)
--     unique, so two writers that both read the balance at seq n and append n + 1 conflict — one of them fails
--     (a unique violation, 409) instead of both spending the same balance; no lock is needed to stay correct;
--   * each row after the first repeats the balance it started from (prev_*) and fk_certificate_movement_previous
--     makes that exactly the balance of row seq - 1 (the target is the unique key uk_certificate_movement_state),
--     while ck_certificate_movement_kind says how each kind of movement changes it. The ledger is therefore one
--     chain from the issue whose every step is arithmetic the database has checked: the latest row's balance is
--     the sum of all movements.
-- Kinds: ISSUE (seq 1: the nominal, nothing used), ALLOCATE (a contract blocks hours and roubles), RELEASE (a
-- terminated or completed contract gives back what was not consumed), CONSUME (delivered hours move from allocated
-- to consumed), EXPIRE (what is still available lapses at the end of the period).
create table certificate_movement (
    id                     bigint         not null primary key,
    certificate_id         bigint         not null references certificate (id),
    seq                    integer        not null,
    kind                   varchar(10)    not null,
    hours                  numeric(10, 2) not null,
    amount                 numeric(19, 2) not null,
    contract_id            bigint         references consumer_contract (id),
    occurred_at            timestamp      not null,
    actor                  varchar(100)   not null,
    comment_text           varchar(1000),
    nominal_hours          numeric(10, 2) not null,
    nominal_amount         numeric(19, 2) not null,
    allocated_hours        numeric(10, 2) not null,
    consumed_hours         numeric(10, 2) not null,
    expired_hours          numeric(10, 2) not null,
    allocated_amount       numeric(19, 2) not null,
    consumed_amount        numeric(19, 2) not null,
    expired_amount         numeric(19, 2) not null,
    prev_seq               integer,
    prev_allocated_hours   numeric(10, 2),
    prev_consumed_hours    numeric(10, 2),
    prev_expired_hours     numeric(10, 2),
    prev_allocated_amount  numeric(19, 2),
    prev_consumed_amount   numeric(19, 2),
    prev_expired_amount    numeric(19, 2),
    constraint uk_certificate_movement_seq unique (certificate_id, seq),
    constraint uk_certificate_movement_state unique (certificate_id, seq, allocated_hours, consumed_hours, expired_hours,
                                                     allocated_amount, consumed_amount, expired_amount),
    constraint fk_certificate_movement_nominal foreign key (certificate_id, nominal_hours, nominal_amount)
        references certificate (id, nominal_hours, nominal_amount),
    constraint fk_certificate_movement_previous foreign key (certificate_id, prev_seq, prev_allocated_hours, prev_consumed_hours,
                                                             prev_expired_hours, prev_allocated_amount, prev_consumed_amount,
                                                             prev_expired_amount)
        references certificate_movement (certificate_id, seq, allocated_hours, consumed_hours, expired_hours, allocated_amount,
                                         consumed_amount, expired_amount),
    constraint ck_certificate_movement_kind_name check (kind in ('ISSUE', 'ALLOCATE', 'RELEASE', 'CONSUME', 'EXPIRE')),
    constraint ck_certificate_movement_size check (hours >= 0 and amount >= 0 and (hours > 0 or amount > 0)),
    constraint ck_certificate_movement_balance check (
        allocated_hours >= 0 and consumed_hours >= 0 and expired_hours >= 0
        and allocated_hours + consumed_hours + expired_hours <= nominal_hours
        and allocated_amount >= 0 and consumed_amount >= 0 and expired_amount >= 0
        and allocated_amount + consumed_amount + expired_amount <= nominal_amount),
    constraint ck_certificate_movement_chain check (
        (seq = 1 and kind = 'ISSUE' and prev_seq is null and prev_allocated_hours is null and prev_consumed_hours is null
         and prev_expired_hours is null and prev_allocated_amount is null and prev_consumed_amount is null
         and prev_expired_amount is null)
        or (seq > 1 and kind <> 'ISSUE' and prev_seq = seq - 1 and prev_allocated_hours is not null
            and prev_consumed_hours is not null and prev_expired_hours is not null and prev_allocated_amount is not null
            and prev_consumed_amount is not null and prev_expired_amount is not null)),
    constraint ck_certificate_movement_kind check (
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
        or (kind = 'EXPIRE' and contract_id is null
            and allocated_hours = prev_allocated_hours and allocated_amount = prev_allocated_amount
            and consumed_hours = prev_consumed_hours and consumed_amount = prev_consumed_amount
            and expired_hours = prev_expired_hours + hours and expired_amount = prev_expired_amount + amount))
);
create index ix_certificate_movement_contract on certificate_movement (contract_id);
