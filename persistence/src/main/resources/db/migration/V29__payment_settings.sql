-- Payment settings per authority («Настройки оплаты»): the authority's one settings row (agreement_setting, V25) also
-- keeps the working day of the month on which its advances and acts are paid (1..10; 2 as before). An authority
-- without a row pays on the global default (system property socorder.payments.advanceWorkingDay, else 2).
alter table agreement_setting add column pay_working_day integer default 2 not null;
alter table agreement_setting add constraint ck_agreement_setting_pay_day check (pay_working_day between 1 and 10);

-- The pay day a run's invoices carry, fixed when the run is (re)built: a changed setting never moves an approved
-- month; runs written before this version take the day their invoices carry.
alter table payment_run add column pay_on date;
update payment_run set pay_on = (select min(i.pay_on) from invoice i where i.run_id = payment_run.id);
