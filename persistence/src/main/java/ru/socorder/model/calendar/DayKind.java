package ru.socorder.model.calendar;

/** What a day of the production calendar is, against the Labour Code's rule. */
public enum DayKind {
    /** A day off on a day the rule says people work (a transferred day off). */
    NON_WORKING("нерабочий день"),
    /** A working day on a day the rule says is off (a transferred working day, e.g. a Saturday). */
    WORKING("рабочий день");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
