package ru.socorder.model.decision;

/** What an appendix of a decision holds. */
public enum AppendixKind {
    /** Перечень услуг */
    SERVICES,
    /** План апробации */
    PLAN,
    /** Таблица (значения) показателей эффективности: one indicator table */
    INDICATORS,
    /** Положение о рабочей группе */
    REGULATIONS,
    /** Состав рабочей группы */
    COMPOSITION,
    /** Порядок информационного обеспечения (статья 8 Федерального закона № 189-ФЗ) */
    INFO_SUPPORT
}
