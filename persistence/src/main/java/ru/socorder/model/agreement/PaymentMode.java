package ru.socorder.model.agreement;

/** How the subsidy is paid: ahead of the month (a share of the planned amounts) or after delivery. */
public enum PaymentMode {
    ADVANCE("авансом (финансовое обеспечение)"),
    REIMBURSEMENT("по факту оказания (возмещение)");

    private final String label;

    PaymentMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
