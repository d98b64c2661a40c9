package ru.socorder.model.agreement;

/**
 * The kind of an agreement (domain.md §2.9). {@link #label()} is how screens, exports and printed forms name it; the
 * constant's name is the API's code.
 */
public enum AgreementKind {
    /** Subsidy paid ahead of delivery (part 2 Art. 22 of 189-FZ, Art. 78.4 of the Budget Code). */
    CERTIFICATE_FINANCING("о финансовом обеспечении затрат, связанных с оказанием услуги в соответствии с социальным сертификатом",
            "финансовое обеспечение затрат", PaymentMode.ADVANCE),
    /** Subsidy paid after delivery. */
    CERTIFICATE_REIMBURSEMENT("о возмещении затрат, связанных с оказанием услуги в соответствии с социальным сертификатом",
            "возмещение затрат", PaymentMode.REIMBURSEMENT),
    /** Concluded after a competition (the next issue). */
    COMPETITION("об оказании услуг в социальной сфере, заключённое по результатам конкурса", "по результатам конкурса",
            PaymentMode.ADVANCE);

    private final String label;
    private final String shortLabel;
    private final PaymentMode usualMode;

    AgreementKind(String label, String shortLabel, PaymentMode usualMode) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.usualMode = usualMode;
    }

    /** «о финансовом обеспечении затрат, связанных с оказанием услуги в соответствии с социальным сертификатом» — follows «Соглашение». */
    public String label() {
        return label;
    }

    /** «финансовое обеспечение затрат» — for list columns. */
    public String shortLabel() {
        return shortLabel;
    }

    /** Whether the agreement is concluded with an executor of the registry under certificates (one per service and year). */
    public boolean isCertificate() {
        return this != COMPETITION;
    }

    /** The payment mode the kind usually goes with (financing: advance, reimbursement: after delivery). */
    public PaymentMode usualMode() {
        return usualMode;
    }
}
