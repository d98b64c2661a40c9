package ru.socorder.model.certificate;

/** The state of a territory's year-end closing. */
public enum ClosingStatus {
    NOT_STARTED("не начато"),
    IN_PROGRESS("выполняется"),
    CLOSED("год закрыт");

    private final String label;

    ClosingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
