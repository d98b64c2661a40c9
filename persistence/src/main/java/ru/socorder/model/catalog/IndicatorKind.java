package ru.socorder.model.catalog;

/** Показатель объема or показатель качества of a service. */
public enum IndicatorKind {
    VOLUME,
    QUALITY
}
