-- Issuing certificates within an order's certificate volume (issue 14): one row per authority, service and year that
-- the issuing boundary locks (SELECT … FOR UPDATE) before it counts the volume used and issues, so that requests
-- racing for the last units are served one after the other on H2 and PostgreSQL alike — never more issued than the
-- order allows. The row is created on first use (in a transaction of its own; a concurrent creation is a harmless
-- duplicate) and carries nothing but its key.
create table certificate_issue_lock (
    authority_id bigint  not null references authorised_body (id),
    service_id   bigint  not null references social_service (id),
    period_year  integer not null,
    primary key (authority_id, service_id, period_year)
);

-- The recipients registry searches by name as typed (lower case) and by status and service.
create index ix_consumer_last_name on consumer (last_name, first_name);
create index ix_certificate_number_status on certificate (status, number);
