package ru.socorder.model.agreement;

/** States of an agreement version (domain.md §3.5); the lifecycle table is {@code service.agreement.AgreementLifecycle}. */
public enum AgreementStatus {
    DRAFT("проект"),
    SENT_FOR_SIGNING("направлено на подписание"),
    SIGNED("подписано"),
    IN_EXECUTION("исполняется"),
    /** An older version after an amendment was signed. */
    SUPERSEDED("заменено дополнительным соглашением"),
    CLOSED("исполнено"),
    TERMINATED("расторгнуто");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the version binds the parties now (its volumes count against the order's volume). */
    public boolean isBinding() {
        return this == SIGNED || this == IN_EXECUTION;
    }
}
