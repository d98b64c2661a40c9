package ru.socorder.model.decision;

/** What kind of deadline a plan item has (срок исполнения). */
public enum DeadlineKind {
    /** a date: «до 01.07.2024», «1 сентября 2023 года» */
    DATE,
    /** from a date on: «с 01.09.2023» */
    FROM_DATE,
    /** a quarter: «IV квартал 2024 года» */
    QUARTER,
    /** a half-year: «2 полугодие 2025 г.» */
    HALF_YEAR,
    /** a month: «Декабрь 2024» */
    MONTH,
    /** a year: «2025 год», «в течение 2025 года» */
    YEAR,
    /** recurring without a first date: «Ежегодно», «Не реже 1 раза в квартал» */
    RECURRING,
    /** «Постоянно», «В течение всего срока апробации» */
    CONTINUOUS,
    /** «По мере необходимости» */
    AS_NEEDED,
    /** the text could not be read; kept as written and flagged for the clerk */
    UNRECOGNISED
}
