-- Закрытие года: the run's progress is its job's (job_run.processed_rows, counted per chunk); the closing's own counter
-- was one versioned row updated for every contract and certificate of the year — dropped.
alter table year_closing drop constraint ck_year_closing_counts;
alter table year_closing drop column processed;
alter table year_closing add constraint ck_year_closing_total check (total >= 0);
