package ru.socorder.model.registry;

/** Форма обучения. */
public enum ProgrammeForm {
    FULL_TIME("очная"),
    MIXED("очно-заочная"),
    DISTANCE("заочная");

    private final String label;

    ProgrammeForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
