-- Integrity rules held by the database, not only by code (issue 9):
-- one line per service in an order version; one order per authority, direction and financial year (its versions
-- share the key and differ by version number, so two parallel amendments cannot both become version 2).
create unique index ux_order_line_service on order_line (order_id, service_id);
create unique index ux_order_per_year on social_order (authority_id, direction_id, fiscal_year, version_number);
