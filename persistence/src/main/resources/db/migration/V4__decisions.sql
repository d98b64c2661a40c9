-- Decisions on organising services (постановления): scope, approbation plan, efficiency indicators, working group,
-- information support.

create sequence decision_seq start with 1000 increment by 50;
create sequence decision_service_seq start with 1000 increment by 50;
create sequence plan_stage_seq start with 1000 increment by 50;
create sequence plan_activity_seq start with 1000 increment by 50;
create sequence efficiency_goal_seq start with 1000 increment by 50;
create sequence efficiency_indicator_seq start with 1000 increment by 50;
create sequence electronic_document_seq start with 1000 increment by 50;
create sequence working_group_seq start with 1000 increment by 50;
create sequence group_member_seq start with 1000 increment by 50;
create sequence group_meeting_seq start with 1000 increment by 50;
create sequence agenda_item_seq start with 1000 increment by 50;

create table decision (
    id                 bigint        not null primary key,
    version            bigint        not null default 0,
    territory_id       bigint        not null references territory (id),
    issuer             varchar(1000) not null,
    act_type           varchar(100)  not null,
    number             varchar(50),
    act_date           date,
    title              varchar(2000) not null,
    effective_from     date,
    retroactive_from   date,
    valid_until        date,
    amends_id          bigint references decision (id),
    amends_text        varchar(1000),
    signatory_position varchar(500),
    signatory_name     varchar(300),
    control_official   varchar(2000),
    status             varchar(20)   not null,
    service_without_number varchar(1000),
    plan_title         varchar(2000),
    indicators_title   varchar(2000),
    portal_text        varchar(4000),
    paper_fallback     varchar(4000),
    file_name          varchar(300),
    file_type          varchar(100),
    constraint ck_decision_status check (status in ('DRAFT', 'ADOPTED', 'AMENDED', 'EXPIRED'))
);
create index ix_decision_territory on decision (territory_id);

create table decision_file (
    decision_id bigint not null primary key references decision (id),
    content     bytea  not null
);

create table decision_direction (
    decision_id  bigint not null references decision (id),
    direction_id bigint not null references activity_direction (id),
    primary key (decision_id, direction_id)
);

create table decision_authority (
    decision_id  bigint not null references decision (id),
    authority_id bigint not null references authorised_body (id),
    primary key (decision_id, authority_id)
);

create table decision_service (
    id           bigint       not null primary key,
    decision_id  bigint       not null references decision (id),
    service_id   bigint       not null references social_service (id),
    method       varchar(20)  not null,
    organiser_id bigint references authorised_body (id),
    description  varchar(1000),
    position     integer      not null,
    constraint ck_decision_service_method check (method in ('COMPETITION', 'CERTIFICATE'))
);
create index ix_decision_service on decision_service (decision_id);

create table decision_exclusion (
    decision_id bigint       not null references decision (id),
    position    integer      not null,
    text        varchar(500) not null,
    primary key (decision_id, position)
);

create table decision_footnote (
    decision_id bigint        not null references decision (id),
    position    integer       not null,
    text        varchar(4000) not null,
    primary key (decision_id, position)
);

create table decision_system (
    decision_id bigint       not null references decision (id),
    position    integer      not null,
    name        varchar(500) not null,
    primary key (decision_id, position)
);

create table electronic_document (
    id          bigint        not null primary key,
    decision_id bigint        not null references decision (id),
    number      integer       not null,
    name        varchar(2000) not null,
    system_name varchar(500)
);

create table plan_stage (
    id          bigint        not null primary key,
    decision_id bigint        not null references decision (id),
    number      varchar(20),
    title       varchar(2000) not null,
    position    integer       not null
);
create index ix_plan_stage on plan_stage (decision_id);

create table plan_activity (
    id                  bigint        not null primary key,
    version             bigint        not null default 0,
    stage_id            bigint        not null references plan_stage (id),
    number              varchar(20),
    text                varchar(4000) not null,
    deadline_text       varchar(500),
    deadline_kind       varchar(20),
    deadline_date       date,
    deadline_recurrence varchar(20),
    deadline_repeat_month integer,
    deadline_repeat_day integer,
    deadline_as_needed  boolean       not null default false,
    result              varchar(2000),
    status              varchar(20)   not null,
    done_on             date,
    evidence            varchar(2000),
    comment_text        varchar(2000),
    position            integer       not null,
    constraint ck_activity_status check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'OVERDUE'))
);
create index ix_plan_activity on plan_activity (stage_id);
create index ix_plan_activity_due on plan_activity (deadline_date);

create table plan_activity_responsible (
    activity_id bigint       not null references plan_activity (id),
    position    integer      not null,
    body        varchar(500) not null,
    primary key (activity_id, position)
);

create table efficiency_goal (
    id          bigint        not null primary key,
    decision_id bigint        not null references decision (id),
    number      varchar(20),
    title       varchar(1000) not null,
    position    integer       not null
);

create table efficiency_indicator (
    id             bigint        not null primary key,
    version        bigint        not null default 0,
    goal_id        bigint        not null references efficiency_goal (id),
    parent_id      bigint references efficiency_indicator (id),
    indicator_type varchar(20),
    text           varchar(4000) not null,
    unit           varchar(100),
    value_type     varchar(20)   not null,
    base_value     varchar(500),
    base_year      integer,
    target_value   varchar(500),
    target_year    integer,
    responsible    varchar(1000),
    position       integer       not null
);
create index ix_indicator_goal on efficiency_indicator (goal_id);

create table indicator_actual (
    indicator_id bigint        not null references efficiency_indicator (id),
    report_year  integer       not null,
    value_text   varchar(500)  not null,
    recorded_on  date,
    source       varchar(1000),
    primary key (indicator_id, report_year)
);

create table working_group (
    id           bigint        not null primary key,
    version      bigint        not null default 0,
    decision_id  bigint        not null references decision (id),
    name         varchar(2000) not null,
    delegated_to varchar(4000),
    constraint uk_working_group_decision unique (decision_id)
);

create table working_group_regulation (
    group_id bigint         not null references working_group (id),
    position integer        not null,
    title    varchar(500)   not null,
    body     varchar(20000),
    primary key (group_id, position)
);

create table group_member (
    id           bigint        not null primary key,
    version      bigint        not null default 0,
    group_id     bigint        not null references working_group (id),
    full_name    varchar(300)  not null,
    position     varchar(1000),
    role         varchar(20)   not null,
    member_from  date,
    member_until date,
    sort_order   integer       not null,
    constraint ck_member_role check (role in ('HEAD', 'DEPUTY', 'SECRETARY', 'MEMBER'))
);

create table group_meeting (
    id              bigint        not null primary key,
    version         bigint        not null default 0,
    group_id        bigint        not null references working_group (id),
    meeting_date    date          not null,
    protocol_number varchar(50),
    members_count   integer       not null,
    quorum          boolean       not null,
    recommendations varchar(4000),
    signed_by       varchar(300)
);

create table meeting_attendance (
    meeting_id bigint not null references group_meeting (id),
    member_id  bigint not null references group_member (id),
    primary key (meeting_id, member_id)
);

create table agenda_item (
    id          bigint        not null primary key,
    meeting_id  bigint        not null references group_meeting (id),
    position    integer       not null,
    question    varchar(4000) not null,
    proposal    varchar(4000),
    outcome     varchar(20)   not null,
    explanation varchar(1000)
);

create table agenda_vote (
    item_id   bigint      not null references agenda_item (id),
    member_id bigint      not null references group_member (id),
    vote      varchar(10) not null,
    primary key (item_id, member_id)
);
