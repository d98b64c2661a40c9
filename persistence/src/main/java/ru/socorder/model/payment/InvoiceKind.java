package ru.socorder.model.payment;

/** An advance paid ahead of a month (счёт на аванс) or the settlement act after it (акт, счёт за оказанные услуги). */
public enum InvoiceKind {
    ADVANCE("аванс"),
    SETTLEMENT("акт за месяц");

    private final String label;

    InvoiceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
