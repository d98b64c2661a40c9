package ru.socorder.web.order;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderLineYear;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.order.OrderForm;
import ru.socorder.service.order.OrderFormationService;
import ru.socorder.service.order.OrderLifecycle;
import ru.socorder.service.order.VersionDiff;
import ru.socorder.service.order.VolumeSplit;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/** Социальный заказ: one version — lines × years with the split by method, the sum rule per cell, workflow, versions. */
@Named("order")
@ViewScoped
public class OrderBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private OrderFormationService orders;

    private Long id;
    private SocialOrder order;
    private List<Row> rows;
    private OrderLifecycle.Actor actor;
    private List<SocialOrder> versions;
    private List<VersionDiff.Change> diff = List.of();
    private Map<String, String> errors = new HashMap<>();
    private String comment;

    /** One line in one year, as edited in the table. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final String registryNumber;
        private final String service;
        private final int year;
        private BigDecimal total;
        private BigDecimal treasury;
        private BigDecimal budgetAutonomous;
        private BigDecimal competition;
        private BigDecimal certificates;

        Row(int line, OrderLine l, OrderLineYear y) {
            this.line = line;
            this.registryNumber = l.getService().getRegistryNumber().formatted();
            this.service = l.getService().getContent() == null ? l.getService().getName() : l.getService().getContent();
            this.year = y.getYear();
            this.total = y.getTotal();
            this.treasury = y.getTreasury();
            this.budgetAutonomous = y.getBudgetAutonomous();
            this.competition = y.getCompetition();
            this.certificates = y.getCertificates();
        }

        public String key() {
            return "lines[" + line + "].years[" + year + "]";
        }

        /** The split does not add up to the total (shown at once, before saving). */
        public boolean isMismatch() {
            return new VolumeSplit(total, treasury, budgetAutonomous, competition, certificates).sumOfMethods()
                    .compareTo(total == null ? BigDecimal.ZERO : total) != 0;
        }

        public int getLine() {
            return line;
        }

        public String getRegistryNumber() {
            return registryNumber;
        }

        public String getService() {
            return service;
        }

        public int getYear() {
            return year;
        }

        public BigDecimal getTotal() {
            return total;
        }

        public void setTotal(BigDecimal total) {
            this.total = total;
        }

        public BigDecimal getTreasury() {
            return treasury;
        }

        public void setTreasury(BigDecimal treasury) {
            this.treasury = treasury;
        }

        public BigDecimal getBudgetAutonomous() {
            return budgetAutonomous;
        }

        public void setBudgetAutonomous(BigDecimal budgetAutonomous) {
            this.budgetAutonomous = budgetAutonomous;
        }

        public BigDecimal getCompetition() {
            return competition;
        }

        public void setCompetition(BigDecimal competition) {
            this.competition = competition;
        }

        public BigDecimal getCertificates() {
            return certificates;
        }

        public void setCertificates(BigDecimal certificates) {
            this.certificates = certificates;
        }
    }

    public void load() {
        if (id == null) {
            throw new NotFound("Социальный заказ не указан");
        }
        if (order == null) {
            reload();
        }
    }

    private void reload() {
        order = orders.get(id);
        actor = orders.actor(order);
        rows = new ArrayList<>();
        for (int i = 0; i < order.getLines().size(); i++) {
            OrderLine l = order.getLines().get(i);
            for (OrderLineYear y : l.getYears()) {
                rows.add(new Row(i, l, y));
            }
        }
        versions = orders.versions(id);
        SocialOrder previous = order.getPrevious();
        diff = previous == null ? List.of() : orders.diff(previous.getId(), order.getId());
        errors = new HashMap<>();
    }

    public void save() {
        try {
            Map<Integer, OrderForm.Line> lines = new LinkedHashMap<>();
            for (Row r : rows) {
                OrderLine source = order.getLines().get(r.getLine());
                OrderForm.Line line = lines.computeIfAbsent(r.getLine(), k -> {
                    OrderForm.Line nl = new OrderForm.Line();
                    nl.serviceId = source.getService().getId();
                    nl.determinationYear = source.getDeterminationYear();
                    nl.place = source.getPlace();
                    nl.volumeIndicator = source.getVolumeIndicator();
                    nl.unitCode = source.getUnit() == null ? null : source.getUnit().getCode();
                    return nl;
                });
                OrderForm.Year y = new OrderForm.Year();
                y.year = r.getYear();
                y.total = r.getTotal();
                y.treasury = r.getTreasury();
                y.budgetAutonomous = r.getBudgetAutonomous();
                y.competition = r.getCompetition();
                y.certificates = r.getCertificates();
                line.years.add(y);
            }
            orders.updateLines(order.getId(), order.getVersion(), new ArrayList<>(lines.values()));
            FacesErrors.info(Bundle.text("order.saved"));
            reload();
        } catch (ValidationFailed e) {
            errors = new HashMap<>();
            for (FieldError f : e.errors()) {
                String key = f.field().contains(".years[") ? f.field().substring(0, f.field().indexOf(']', f.field().indexOf(".years[")) + 1) : f.field();
                errors.merge(key, f.message(), (a, b) -> a + "; " + b);
            }
            FacesErrors.show(e, null);
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
    }

    /** A workflow action; amending opens the new version. */
    public String act(String action) {
        try {
            SocialOrder result = orders.transition(order.getId(), order.getVersion(), OrderLifecycle.Action.valueOf(action), comment);
            comment = null;
            FacesErrors.info(Bundle.text("order.status", OrderLifecycle.label(result.getStatus())));
            if (!result.getId().equals(order.getId())) {
                return "/order/order?faces-redirect=true&id=" + result.getId();
            }
            reload();
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
        return null;
    }

    public boolean can(String action) {
        OrderLifecycle.Action a = OrderLifecycle.Action.valueOf(action);
        boolean state = switch (a) {
            case SUBMIT -> order.getStatus().name().equals("DRAFT");
            case RETURN, APPROVE -> order.getStatus().name().equals("UNDER_APPROVAL");
            case PUBLISH -> order.getStatus().name().equals("APPROVED");
            case AMEND -> order.getStatus().name().equals("APPROVED") || order.getStatus().name().equals("PUBLISHED");
        };
        boolean who = switch (a) {
            case SUBMIT, PUBLISH, AMEND -> actor.clerkOfAuthority();
            case RETURN, APPROVE -> actor.approverOfAuthority();
        };
        return state && who;
    }

    public boolean isEditable() {
        return OrderLifecycle.editable(order.getStatus()) && actor.clerkOfAuthority();
    }

    /** A value of the row changed: its message from the last save no longer applies. */
    public void edited(Row r) {
        errors.remove(r.key());
    }

    public String cellClass(Row r) {
        return r.isMismatch() || errors.containsKey(r.key()) ? "app-cell-error" : "";
    }

    public String rowError(Row r) {
        return errors.getOrDefault(r.key(), r.isMismatch() ? Bundle.text("order.mismatch") : "");
    }

    /** Totals per year and method, for the footer. */
    public List<BigDecimal[]> getTotals() {
        Map<Integer, BigDecimal[]> byYear = new LinkedHashMap<>();
        for (Row r : rows) {
            BigDecimal[] t = byYear.computeIfAbsent(r.getYear(), y -> new BigDecimal[] {BigDecimal.valueOf(y), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            t[1] = t[1].add(nz(r.getTotal()));
            t[2] = t[2].add(nz(r.getTreasury()));
            t[3] = t[3].add(nz(r.getBudgetAutonomous()));
            t[4] = t[4].add(nz(r.getCompetition()));
            t[5] = t[5].add(nz(r.getCertificates()));
        }
        return new ArrayList<>(byYear.values());
    }

    public String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    public String statusText() {
        return OrderLifecycle.label(order.getStatus());
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SocialOrder getOrder() {
        return order;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<SocialOrder> getVersions() {
        return versions;
    }

    public List<VersionDiff.Change> getDiff() {
        return diff;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
