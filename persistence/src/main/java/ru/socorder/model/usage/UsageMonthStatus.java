package ru.socorder.model.usage;

/** States of an executor's month with one authority. */
public enum UsageMonthStatus {
    /** rows may be entered and changed */
    OPEN("не отправлен"),
    /** the executor submitted the month; only the authority corrects it */
    SUBMITTED("отправлен");

    private final String label;

    UsageMonthStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
