package ru.socorder.model.usage;

/** States of a contract's delivered hours for a month. */
public enum UsageStatus {
    /** entered; the executor may still change it */
    DRAFT("черновик"),
    /** the month was submitted: the hours are consumed on the certificate's ledger */
    SUBMITTED("отправлено");

    private final String label;

    UsageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
