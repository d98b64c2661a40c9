package ru.socorder.model.decision;

/** How a deadline repeats after its first occurrence. */
public enum Recurrence {
    NONE, YEARLY, QUARTERLY, MONTHLY
}
