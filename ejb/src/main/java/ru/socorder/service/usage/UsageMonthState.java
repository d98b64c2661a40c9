package ru.socorder.service.usage;

import ru.socorder.model.usage.UsageMonthStatus;

/**
 * Where an executor with contracts in force in a month stands with it, for the clerk's list: nothing entered yet (no
 * {@link ru.socorder.model.usage.UsageMonth} exists), entered and not submitted ({@link UsageMonthStatus#OPEN}), or
 * submitted. The names of the stored states are kept, so the API's {@code OPEN} and {@code SUBMITTED} mean what they did.
 */
public enum UsageMonthState {
    NOT_ENTERED("Не внесено"),
    OPEN("Внесено, не сдано"),
    SUBMITTED("Сдано");

    private final String label;

    UsageMonthState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The state of a stored month, or {@link #NOT_ENTERED} when there is none. */
    public static UsageMonthState of(UsageMonthStatus stored) {
        return stored == null ? NOT_ENTERED : valueOf(stored.name());
    }

    /** The stored state this one is, or null for {@link #NOT_ENTERED}. */
    public UsageMonthStatus stored() {
        return this == NOT_ENTERED ? null : UsageMonthStatus.valueOf(name());
    }
}
