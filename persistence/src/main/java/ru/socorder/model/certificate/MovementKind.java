package ru.socorder.model.certificate;

/** The kinds of movement of a certificate's balance ledger. */
public enum MovementKind {
    /** the nominal, the first movement */
    ISSUE("выдача"),
    /** a contract blocks the price of the programme */
    ALLOCATE("резервирование по договору"),
    /** a contract ended early gives back what it did not consume */
    RELEASE("освобождение резерва"),
    /** delivered hours move from allocated to consumed */
    CONSUME("оплата оказанных услуг"),
    /** a correction lowering delivered hours moves them back from consumed to allocated */
    UNCONSUME("сторно оплаты"),
    /** what is still available lapses at the end of the period */
    EXPIRE("истечение срока");

    private final String label;

    MovementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the movement belongs to a contract (the ledger row names it). */
    public boolean byContract() {
        return this == ALLOCATE || this == RELEASE || this == CONSUME || this == UNCONSUME;
    }
}
