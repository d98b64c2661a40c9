-- The parts of the printed social order that a territory's act sets and that could not be verified against the
-- official text of decree 1613's annex (issue 11; docs/research/form-1613.md). Defaults: the form as printed so far.
alter table territory add column form_approval_block boolean not null default true;
alter table territory add column form_codes varchar(200) not null default 'DATE,OKPO,BUDGET_CHAPTER,OKTMO';
alter table territory add column form_okud varchar(7);
alter table territory add column form_authority_column boolean not null default false;
alter table territory add column form_term_column boolean not null default false;
alter table territory add column form_actual_volume boolean not null default true;
alter table territory add constraint ck_territory_form_okud check (form_okud is null or length(form_okud) = 7);
