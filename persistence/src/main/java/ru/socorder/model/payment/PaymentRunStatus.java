package ru.socorder.model.payment;

/** Where a month's payment run stands; only READY and APPROVED runs expose their invoices and orders. */
public enum PaymentRunStatus {
    RUNNING("выполняется"),
    READY("рассчитан, ожидает утверждения"),
    APPROVED("утверждён"),
    FAILED("прерван");

    private final String label;

    PaymentRunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the run's results may be shown, downloaded and reconciled. */
    public boolean visible() {
        return this == READY || this == APPROVED;
    }
}
