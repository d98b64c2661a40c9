-- Производственный календарь: the days the Government moves by its yearly decree (перенос выходных дней), as
-- exceptions to the Labour Code's rule (weekends, the holidays of ст. 112 and a holiday on a weekend moving the day off
-- to the next working day). NON_WORKING: a day off on a day the rule says is working (e.g. Friday 2 May 2025);
-- WORKING: a working day on a day the rule says is off (a transferred working Saturday, or the weekday the rule would
-- have moved a holiday's day off to when the decree moved it elsewhere). basis: the act that moved the day.
create sequence working_calendar_day_seq start with 1000 increment by 50;
create table working_calendar_day (
    id             bigint        not null primary key,
    version        bigint        not null default 0,
    calendar_date  date          not null,
    kind           varchar(20)   not null,
    basis          varchar(500),
    constraint uk_working_calendar_day unique (calendar_date),
    constraint ck_working_calendar_day_kind check (kind in ('NON_WORKING', 'WORKING'))
);

-- 2024: Постановление Правительства РФ от 10.08.2023 № 1314 «О переносе выходных дней в 2024 году».
insert into working_calendar_day (id, calendar_date, kind, basis) values
    (1, DATE '2024-04-27', 'WORKING', 'Постановление Правительства РФ от 10.08.2023 № 1314: выходной день перенесён с субботы 27 апреля на понедельник 29 апреля'),
    (2, DATE '2024-04-29', 'NON_WORKING', 'Постановление Правительства РФ от 10.08.2023 № 1314: выходной день перенесён с субботы 27 апреля на понедельник 29 апреля'),
    (3, DATE '2024-04-30', 'NON_WORKING', 'Постановление Правительства РФ от 10.08.2023 № 1314: выходной день перенесён с субботы 2 ноября на вторник 30 апреля'),
    (4, DATE '2024-05-10', 'NON_WORKING', 'Постановление Правительства РФ от 10.08.2023 № 1314: выходной день перенесён с субботы 6 января на пятницу 10 мая'),
    (5, DATE '2024-11-02', 'WORKING', 'Постановление Правительства РФ от 10.08.2023 № 1314: выходной день перенесён с субботы 2 ноября на вторник 30 апреля'),
    (6, DATE '2024-12-28', 'WORKING', 'Постановление Правительства РФ от 10.08.2023 № 1314: выходной день перенесён с субботы 28 декабря на понедельник 30 декабря'),
    (7, DATE '2024-12-30', 'NON_WORKING', 'Постановление Правительства РФ от 10.08.2023 № 1314: выходной день перенесён с субботы 28 декабря на понедельник 30 декабря'),
    (8, DATE '2024-12-31', 'NON_WORKING', 'Постановление Правительства РФ от 10.08.2023 № 1314: выходной день перенесён с воскресенья 7 января на вторник 31 декабря');

-- 2025: Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году». The days off of
-- 23 February (Sunday) and 8 March (Saturday) go to 8 May and 13 June, not to the Mondays after them.
insert into working_calendar_day (id, calendar_date, kind, basis) values
    (9, DATE '2025-02-24', 'WORKING', 'Постановление Правительства РФ от 04.10.2024 № 1335: выходной день перенесён с воскресенья 23 февраля на четверг 8 мая'),
    (10, DATE '2025-03-10', 'WORKING', 'Постановление Правительства РФ от 04.10.2024 № 1335: выходной день перенесён с субботы 8 марта на пятницу 13 июня'),
    (11, DATE '2025-05-02', 'NON_WORKING', 'Постановление Правительства РФ от 04.10.2024 № 1335: выходной день перенесён с субботы 4 января на пятницу 2 мая'),
    (12, DATE '2025-05-08', 'NON_WORKING', 'Постановление Правительства РФ от 04.10.2024 № 1335: выходной день перенесён с воскресенья 23 февраля на четверг 8 мая'),
    (13, DATE '2025-06-13', 'NON_WORKING', 'Постановление Правительства РФ от 04.10.2024 № 1335: выходной день перенесён с субботы 8 марта на пятницу 13 июня'),
    (14, DATE '2025-11-01', 'WORKING', 'Постановление Правительства РФ от 04.10.2024 № 1335: выходной день перенесён с субботы 1 ноября на понедельник 3 ноября'),
    (15, DATE '2025-11-03', 'NON_WORKING', 'Постановление Правительства РФ от 04.10.2024 № 1335: выходной день перенесён с субботы 1 ноября на понедельник 3 ноября'),
    (16, DATE '2025-12-31', 'NON_WORKING', 'Постановление Правительства РФ от 04.10.2024 № 1335: выходной день перенесён с воскресенья 5 января на среду 31 декабря');

-- 2026: Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году».
insert into working_calendar_day (id, calendar_date, kind, basis) values
    (17, DATE '2026-01-09', 'NON_WORKING', 'Постановление Правительства РФ от 24.09.2025 № 1466: выходной день перенесён с субботы 3 января на пятницу 9 января'),
    (18, DATE '2026-12-31', 'NON_WORKING', 'Постановление Правительства РФ от 24.09.2025 № 1466: выходной день перенесён с воскресенья 4 января на четверг 31 декабря');
