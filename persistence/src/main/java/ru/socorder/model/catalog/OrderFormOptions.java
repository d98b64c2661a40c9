package ru.socorder.model.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The parts of the printed social order that a territory's act sets and that the project could not verify against
 * the official text of decree 1613's annex (docs/research/form-1613.md; README, known issues): the «УТВЕРЖДАЮ»
 * block, the lines of the codes box (with the form's ОКУД code), the columns «Уполномоченный орган» and «Срок
 * оказания» of section II, and the actual-volume columns of section IV. The defaults are the form as the project
 * has printed it so far. A value object: replaced as a whole, never changed in place.
 */
@Embeddable
public class OrderFormOptions implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The codes box of the signed municipal order read (Ust-Kut, 2024). */
    public static final List<OrderFormCode> DEFAULT_CODES =
            List.of(OrderFormCode.DATE, OrderFormCode.OKPO, OrderFormCode.BUDGET_CHAPTER, OrderFormCode.OKTMO);

    @Column(name = "form_approval_block", nullable = false)
    private boolean approvalBlock = true;

    /** Codes box lines in print order, comma-separated {@link OrderFormCode} names. */
    @Column(name = "form_codes", nullable = false, length = 200)
    private String codes = join(DEFAULT_CODES);

    @Column(name = "form_okud", length = 7)
    private String okud;

    @Column(name = "form_authority_column", nullable = false)
    private boolean authorityColumn;

    @Column(name = "form_term_column", nullable = false)
    private boolean termColumn;

    @Column(name = "form_actual_volume", nullable = false)
    private boolean actualVolumeColumns = true;

    /** The defaults. */
    public OrderFormOptions() {
    }

    /**
     * @param codes the codes box lines in print order (no line twice)
     * @param okud the form's code by ОКУД (7 digits), printed when the codes box has the line {@link OrderFormCode#OKUD}
     */
    public OrderFormOptions(boolean approvalBlock, List<OrderFormCode> codes, String okud, boolean authorityColumn,
                            boolean termColumn, boolean actualVolumeColumns) {
        if (EnumSet.copyOf(codes.isEmpty() ? EnumSet.noneOf(OrderFormCode.class) : codes).size() != codes.size()) {
            throw new IllegalArgumentException("A codes box line appears twice: " + codes);
        }
        this.approvalBlock = approvalBlock;
        this.codes = join(codes);
        this.okud = okud;
        this.authorityColumn = authorityColumn;
        this.termColumn = termColumn;
        this.actualVolumeColumns = actualVolumeColumns;
    }

    private static String join(List<OrderFormCode> codes) {
        return String.join(",", codes.stream().map(Enum::name).toList());
    }

    /** Whether an approved order prints the «УТВЕРЖДАЮ» block (a draft never does). */
    public boolean approvalBlock() {
        return approvalBlock;
    }

    public List<OrderFormCode> codes() {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        List<OrderFormCode> list = new ArrayList<>();
        for (String c : codes.split(",")) {
            list.add(OrderFormCode.valueOf(c.strip()));
        }
        return Collections.unmodifiableList(list);
    }

    public String okud() {
        return okud;
    }

    /** Whether section II has the column «Уполномоченный орган». */
    public boolean authorityColumn() {
        return authorityColumn;
    }

    /** Whether section II has the column «Срок оказания». */
    public boolean termColumn() {
        return termColumn;
    }

    /** Whether section IV has the columns of the actual volume (indicator, its actual value, the deviation). */
    public boolean actualVolumeColumns() {
        return actualVolumeColumns;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderFormOptions other && approvalBlock == other.approvalBlock && codes().equals(other.codes())
                && Objects.equals(okud, other.okud) && authorityColumn == other.authorityColumn
                && termColumn == other.termColumn && actualVolumeColumns == other.actualVolumeColumns;
    }

    @Override
    public int hashCode() {
        return Objects.hash(approvalBlock, codes(), okud, authorityColumn, termColumn, actualVolumeColumns);
    }
}
