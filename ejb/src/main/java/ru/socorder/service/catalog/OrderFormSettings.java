package ru.socorder.service.catalog;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.catalog.OrderFormCode;
import ru.socorder.model.catalog.OrderFormOptions;

/**
 * A territory's layout of the printed social order as edited on the territory card and in the API
 * ({@code orderForm} of a territory): see {@link OrderFormOptions}. The codes box prints its lines in the fixed order
 * of {@link OrderFormCode}.
 */
public class OrderFormSettings implements Serializable {
    private static final long serialVersionUID = 1L;
    private boolean approvalBlock = true;
    private List<String> codes = new ArrayList<>(OrderFormOptions.DEFAULT_CODES.stream().map(Enum::name).toList());
    private String okud;
    private boolean authorityColumn;
    private boolean termColumn;
    private boolean actualVolumeColumns = true;

    public static OrderFormSettings of(OrderFormOptions o) {
        OrderFormSettings s = new OrderFormSettings();
        s.approvalBlock = o.approvalBlock();
        s.codes = new ArrayList<>(o.codes().stream().map(Enum::name).toList());
        s.okud = o.okud();
        s.authorityColumn = o.authorityColumn();
        s.termColumn = o.termColumn();
        s.actualVolumeColumns = o.actualVolumeColumns();
        return s;
    }

    /** The options; the settings must have passed {@link ReferenceRules#orderForm}. */
    public OrderFormOptions options() {
        List<OrderFormCode> lines = new ArrayList<>();
        for (OrderFormCode c : OrderFormCode.values()) {
            if (codes != null && codes.stream().anyMatch(s -> s != null && s.strip().equals(c.name()))) {
                lines.add(c);
            }
        }
        String code = okud == null || okud.isBlank() ? null : okud.strip();
        return new OrderFormOptions(approvalBlock, lines, code, authorityColumn, termColumn, actualVolumeColumns);
    }

    public boolean isApprovalBlock() {
        return approvalBlock;
    }

    public void setApprovalBlock(boolean approvalBlock) {
        this.approvalBlock = approvalBlock;
    }

    public List<String> getCodes() {
        return codes;
    }

    public void setCodes(List<String> codes) {
        this.codes = codes;
    }

    public String getOkud() {
        return okud;
    }

    public void setOkud(String okud) {
        this.okud = okud;
    }

    public boolean isAuthorityColumn() {
        return authorityColumn;
    }

    public void setAuthorityColumn(boolean authorityColumn) {
        this.authorityColumn = authorityColumn;
    }

    public boolean isTermColumn() {
        return termColumn;
    }

    public void setTermColumn(boolean termColumn) {
        this.termColumn = termColumn;
    }

    public boolean isActualVolumeColumns() {
        return actualVolumeColumns;
    }

    public void setActualVolumeColumns(boolean actualVolumeColumns) {
        this.actualVolumeColumns = actualVolumeColumns;
    }
}
