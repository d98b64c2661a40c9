-- Agreements with executors (issue 15, model.agreement): соглашения о финансовом обеспечении (возмещении) затрат under
-- social certificates — one per executor in the registry, service and year — and, for the next issue, agreements
-- concluded after a competition. Portable SQL for H2 2.x and PostgreSQL, like every migration.
--
-- Versions: an amendment (дополнительное соглашение) is a new row of the same family (family_id = the id of the
-- family's first version), version_number + 1, previous_id the version it amends. When it is signed it executes and
-- the previous version is SUPERSEDED. The number is the family's: every version repeats it; number_key (set on the
-- first version only) keeps it unique per authority across families. one_per_year (1 on the first version of a
-- certificate agreement, else null) keeps one certificate agreement per authority, executor, service and year — the
-- portable form of a partial unique index, so two generations racing cannot both create one.
--
-- Money: the price per unit keeps 6 decimals like the normative it comes from; a line's amount is volume × price
-- rounded to kopecks half-up once (numeric(19, 2)); volumes (человеко-часы for certificates) keep 2 decimals; the
-- advance share is a percentage with 2 decimals, null under reimbursement.
create sequence agreement_seq start with 1000 increment by 50;
create sequence agreement_line_seq start with 1000 increment by 50;

create table agreement (
    id                    bigint         not null primary key,
    version               bigint         not null default 0,
    family_id             bigint         not null,
    version_number        integer        not null,
    previous_id           bigint         references agreement (id),
    kind                  varchar(30)    not null,
    number                varchar(50)    not null,
    number_key            varchar(50),
    one_per_year          integer,
    concluded_on          date,
    authority_id          bigint         not null references authorised_body (id),
    executor_id           bigint         not null references executor (id),
    registry_entry_id     bigint         references registry_entry (id),
    competition_basis     varchar(1000),
    basis                 varchar(1000)  not null,
    service_id            bigint         not null references social_service (id),
    agreement_year        integer        not null,
    valid_from            date           not null,
    valid_to              date           not null,
    payment_mode          varchar(20)    not null,
    advance_share         numeric(5, 2),
    reporting_duty        varchar(2000),
    bank_payee_name       varchar(1000),
    bank_account          varchar(20),
    bank_bik              varchar(9),
    bank_name             varchar(300),
    bank_corr_account     varchar(20),
    bank_treasury_account varchar(30),
    amendment_reason      varchar(2000),
    executor_signed_at    timestamp,
    executor_signed_by    varchar(100),
    status                varchar(20)    not null,
    created_at            timestamp      not null,
    created_by            varchar(100)   not null,
    constraint uk_agreement_version unique (family_id, version_number),
    constraint uk_agreement_previous unique (previous_id),
    constraint uk_agreement_number unique (authority_id, number_key),
    constraint uk_agreement_one_per_year unique (authority_id, executor_id, service_id, agreement_year, one_per_year),
    constraint ck_agreement_kind check (kind in ('CERTIFICATE_FINANCING', 'CERTIFICATE_REIMBURSEMENT', 'COMPETITION')),
    constraint ck_agreement_status check (status in ('DRAFT', 'SENT_FOR_SIGNING', 'SIGNED', 'IN_EXECUTION', 'SUPERSEDED',
                                                     'CLOSED', 'TERMINATED')),
    constraint ck_agreement_payment_mode check (payment_mode in ('ADVANCE', 'REIMBURSEMENT')),
    constraint ck_agreement_advance check ((payment_mode = 'ADVANCE' and advance_share > 0 and advance_share <= 100)
                                           or (payment_mode = 'REIMBURSEMENT' and advance_share is null)),
    constraint ck_agreement_versions check ((version_number = 1 and previous_id is null and family_id = id
                                             and number_key = number and amendment_reason is null)
                                            or (version_number > 1 and previous_id is not null and number_key is null
                                                and amendment_reason is not null)),
    constraint ck_agreement_one_per_year check ((one_per_year = 1 and version_number = 1 and kind <> 'COMPETITION')
                                                or (one_per_year is null and (version_number > 1 or kind = 'COMPETITION'))),
    constraint ck_agreement_basis check (kind = 'COMPETITION' or registry_entry_id is not null),
    constraint ck_agreement_dates check (valid_to >= valid_from),
    constraint ck_agreement_year check (agreement_year between 2000 and 2100),
    constraint ck_agreement_concluded check (status in ('DRAFT', 'SENT_FOR_SIGNING') or concluded_on is not null),
    constraint ck_agreement_bank check (status = 'DRAFT'
                                        or (bank_payee_name is not null and bank_account is not null and bank_bik is not null
                                            and bank_name is not null)),
    constraint ck_agreement_bank_lengths check ((bank_account is null or length(bank_account) = 20)
                                                and (bank_bik is null or length(bank_bik) = 9)
                                                and (bank_corr_account is null or length(bank_corr_account) = 20)),
    constraint ck_agreement_executor_signed check ((executor_signed_at is null and executor_signed_by is null)
                                                   or (executor_signed_at is not null and executor_signed_by is not null))
);
create index ix_agreement_executor on agreement (executor_id, service_id, agreement_year);
create index ix_agreement_service on agreement (authority_id, service_id, agreement_year, status);
create index ix_agreement_family on agreement (family_id);

-- Объём услуг по годам: one line per service and year (a competition agreement has up to three years).
create table agreement_line (
    id             bigint         not null primary key,
    version        bigint         not null default 0,
    agreement_id   bigint         not null references agreement (id),
    line_no        integer        not null,
    service_id     bigint         not null references social_service (id),
    line_year      integer        not null,
    volume         numeric(14, 2) not null,
    price_per_unit numeric(19, 6) not null,
    amount         numeric(19, 2) not null,
    constraint uk_agreement_line_no unique (agreement_id, line_no),
    constraint uk_agreement_line_year unique (agreement_id, service_id, line_year),
    constraint ck_agreement_line check (line_no > 0 and volume >= 0 and price_per_unit > 0 and amount >= 0
                                        and line_year between 2000 and 2100)
);

-- The advance share a new agreement of the authority starts with (the clerk may change it per agreement); without a
-- row the global default applies (80 %, system property socorder.agreements.advanceShare).
create table agreement_setting (
    authority_id  bigint       not null primary key references authorised_body (id),
    version       bigint       not null default 0,
    advance_share numeric(5, 2) not null,
    constraint ck_agreement_setting check (advance_share > 0 and advance_share <= 100)
);

-- Printed forms an administrator replaced (the typical forms are approved locally by the financial body): the
-- replacement .jrxml by the shipped template's name (e.g. 'agreement/agreement'); without a row the shipped one prints.
create table print_template (
    name        varchar(200) not null primary key,
    version     bigint       not null default 0,
    file_name   varchar(300) not null,
    content     bytea        not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamp    not null
);
