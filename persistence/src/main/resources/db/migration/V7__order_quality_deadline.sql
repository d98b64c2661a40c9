-- Social orders: quality indicators per line and year, the act setting the standard of provision, the period beyond
-- the plan; the per-territory deadline for approving the order of a financial year.
create table order_line_quality (
    line_id           bigint         not null references order_line (id),
    order_year        integer        not null,
    indicator         varchar(1000)  not null,
    unit_id           bigint references measurement_unit (id),
    indicator_value   numeric(19, 4),
    deviation         numeric(19, 4),
    deviation_percent boolean        not null
);
create index ix_order_line_quality on order_line_quality (line_id);

alter table order_line add column standard_act varchar(2000);
alter table social_order add column beyond_plan_until integer;
alter table territory add column order_deadline varchar(5) default '01-01' not null;
