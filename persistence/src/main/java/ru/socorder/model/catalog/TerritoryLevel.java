package ru.socorder.model.catalog;

/** Level of a public-law entity (публично-правовое образование). */
public enum TerritoryLevel {
    /** субъект Российской Федерации */
    REGION,
    /** муниципальное образование */
    MUNICIPALITY
}
