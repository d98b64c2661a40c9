package ru.socorder.model.certificate;

/** Who ended a contract early. */
public enum TerminationSide {
    PARENT("по инициативе родителя (законного представителя)"),
    EXECUTOR("по инициативе исполнителя");

    private final String label;

    TerminationSide(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
