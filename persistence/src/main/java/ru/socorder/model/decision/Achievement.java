package ru.socorder.model.decision;

/** Whether an indicator reached its target. */
public enum Achievement {
    ACHIEVED,
    NOT_ACHIEVED,
    /** no actual value recorded yet */
    NO_DATA,
    /** the target is pending («будет определено по результатам пофакторного анализа») or absent */
    NO_TARGET,
    /** text values: a person compares them */
    MANUAL
}
