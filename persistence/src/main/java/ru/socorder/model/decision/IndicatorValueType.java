package ru.socorder.model.decision;

/** Value domain of an efficiency indicator (показатель эффективности). */
public enum IndicatorValueType {
    /** units, persons */
    INTEGER,
    DECIMAL,
    /** 100 %, 85 % */
    PERCENT,
    /** «1/4» */
    RATIO,
    /** да/нет, есть/нет, создана */
    BOOLEAN,
    /** «в соответствии с планом» */
    TEXT
}
