package ru.socorder.model.decision;

/** Тип индикатора: процесс, промежуточный результат, итоговый результат. */
public enum IndicatorType {
    PROCESS, INTERMEDIATE, FINAL
}
