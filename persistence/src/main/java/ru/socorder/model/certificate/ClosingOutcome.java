package ru.socorder.model.certificate;

/** What the year end did with a contract of the closing year. */
public enum ClosingOutcome {
    /** ended within the year: completed, what it did not consume released */
    COMPLETED("исполнен, остаток освобождён"),
    /** continued on the next year's certificate */
    CONTINUED("продолжен в следующем году"),
    /** its programme continues, but the contract could not: the reason says why */
    NOT_CONTINUED("не продолжен");

    private final String label;

    ClosingOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
