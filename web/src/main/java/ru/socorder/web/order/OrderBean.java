package ru.socorder.web.order;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ru.socorder.model.catalog.IndicatorKind;
import ru.socorder.model.common.Money;
import ru.socorder.model.catalog.ServiceIndicator;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderLineYear;
import ru.socorder.model.order.OrderQuality;
import ru.socorder.model.order.OrderStatus;
import ru.socorder.model.order.PlanningPeriod;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.model.order.Volumes;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.order.OrderForm;
import ru.socorder.service.order.OrderFormationService;
import ru.socorder.service.order.OrderLifecycle;
import ru.socorder.service.order.OrderScreen;
import ru.socorder.service.order.OrderSheet;
import ru.socorder.service.order.OrderTotals;
import ru.socorder.service.order.QualityRule;
import ru.socorder.service.order.VersionDiff;
import ru.socorder.service.order.VolumeSplit;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/**
 * Социальный заказ: one version — the header, the lines (add, remove, line data), volumes line × year with the split
 * by method and the sum rule per cell, quality indicators with permitted deviations, workflow, copy to the next year,
 * versions and the difference to any other version. Edits stay in the view until «Сохранить»; a stale version is
 * refused and the clerk may reload.
 */
@Named("order")
@ViewScoped
public class OrderBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private OrderFormationService orders;

    @EJB
    private ServiceCatalog serviceCatalog;

    private Long id;
    private SocialOrder order;
    private OrderLifecycle.Actor actor;
    private List<SocialOrder> versions;
    private List<ru.socorder.service.lifecycle.HistoryEntry> history;
    private List<OrderSheet.Period> periods;
    private Long compareWith;
    private List<VersionDiff.Change> diff = List.of();
    private Map<String, String> errors = new HashMap<>();
    private String comment;
    private boolean stale;

    private String title;
    private LocalDate asOfDate;
    private String budgetName;
    private Integer beyondPlanUntil;
    private final List<LineEdit> lines = new ArrayList<>();
    private List<Row> rows = new ArrayList<>();
    private List<QualityRow> qualityRows = new ArrayList<>();
    private List<OptionItem> serviceOptions;
    private Long newServiceId;
    private int nextKey;
    private final Map<Long, BigDecimal> costs = new HashMap<>();

    /** A line as edited: the service and the line data; its volumes and quality rows refer to it. */
    public static class LineEdit implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int key;
        private final long serviceId;
        private final String registryNumber;
        private final String service;
        private final List<String> qualityIndicators;
        private Integer determinationYear;
        private String place;
        private String volumeIndicator;
        private String unitCode;
        private String unitName;
        private String standardAct;
        private String newQuality;

        LineEdit(int key, SocialService s) {
            this.key = key;
            this.serviceId = s.getId();
            this.registryNumber = s.getRegistryNumber().formatted();
            this.service = s.getName() + (s.getContent() == null ? "" : " (" + s.getContent() + ")");
            this.qualityIndicators = s.getIndicators().stream().filter(i -> i.getKind() == IndicatorKind.QUALITY)
                    .map(ServiceIndicator::getName).toList();
        }

        public int getKey() {
            return key;
        }

        public String getRegistryNumber() {
            return registryNumber;
        }

        public String getService() {
            return service;
        }

        public List<String> getQualityIndicators() {
            return qualityIndicators;
        }

        public Integer getDeterminationYear() {
            return determinationYear;
        }

        public void setDeterminationYear(Integer determinationYear) {
            this.determinationYear = determinationYear;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getVolumeIndicator() {
            return volumeIndicator;
        }

        public void setVolumeIndicator(String volumeIndicator) {
            this.volumeIndicator = volumeIndicator;
        }

        public String getUnitName() {
            return unitName;
        }

        public String getStandardAct() {
            return standardAct;
        }

        public void setStandardAct(String standardAct) {
            this.standardAct = standardAct;
        }

        public String getNewQuality() {
            return newQuality;
        }

        public void setNewQuality(String newQuality) {
            this.newQuality = newQuality;
        }
    }

    /** One line in one period, as edited in the volume table (one property per column for the inputs). */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LineEdit line;
        private final int year;
        private final String period;
        private Volumes volumes;

        Row(LineEdit line, int year, String period, Volumes volumes) {
            this.line = line;
            this.year = year;
            this.period = period;
            this.volumes = volumes;
        }

        /** The split does not add up to the total (shown at once, before saving). */
        public boolean isMismatch() {
            return !new VolumeSplit(volumes).addsUp();
        }

        public LineEdit getLine() {
            return line;
        }

        public int getYear() {
            return year;
        }

        public String getPeriod() {
            return period;
        }

        public BigDecimal getTotal() {
            return volumes.total();
        }

        public void setTotal(BigDecimal total) {
            volumes = volumes.withTotal(total);
        }

        public BigDecimal getTreasury() {
            return volumes.get(Method.TREASURY);
        }

        public void setTreasury(BigDecimal v) {
            volumes = volumes.with(Method.TREASURY, v);
        }

        public BigDecimal getBudgetAutonomous() {
            return volumes.get(Method.BUDGET_AUTONOMOUS);
        }

        public void setBudgetAutonomous(BigDecimal v) {
            volumes = volumes.with(Method.BUDGET_AUTONOMOUS, v);
        }

        public BigDecimal getCompetition() {
            return volumes.get(Method.COMPETITION);
        }

        public void setCompetition(BigDecimal v) {
            volumes = volumes.with(Method.COMPETITION, v);
        }

        public BigDecimal getCertificates() {
            return volumes.get(Method.CERTIFICATES);
        }

        public void setCertificates(BigDecimal v) {
            volumes = volumes.with(Method.CERTIFICATES, v);
        }
    }

    /** A quality indicator of a line in a year, as edited. */
    public static class QualityRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LineEdit line;
        private final int year;
        private final String indicator;
        private final String unitCode;
        private BigDecimal value;
        private BigDecimal deviation;
        private boolean percent;

        QualityRow(LineEdit line, int year, String indicator, String unitCode, BigDecimal value, BigDecimal deviation, boolean percent) {
            this.line = line;
            this.year = year;
            this.indicator = indicator;
            this.unitCode = unitCode;
            this.value = value;
            this.deviation = deviation;
            this.percent = percent;
        }

        public LineEdit getLine() {
            return line;
        }

        public int getYear() {
            return year;
        }

        public String getIndicator() {
            return indicator;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public BigDecimal getDeviation() {
            return deviation;
        }

        public void setDeviation(BigDecimal deviation) {
            this.deviation = deviation;
        }

        public boolean isPercent() {
            return percent;
        }

        public void setPercent(boolean percent) {
            this.percent = percent;
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

    /** Reads the version again, dropping unsaved edits (also after a concurrent change). */
    public void reload() {
        OrderScreen screen = orders.screen(id, compareWith);
        order = screen.order();
        history = screen.history();
        actor = screen.actor();
        title = order.getTitle();
        asOfDate = order.getAsOfDate();
        budgetName = order.getBudgetName();
        beyondPlanUntil = order.getBeyondPlanUntil();
        lines.clear();
        rows = new ArrayList<>();
        qualityRows = new ArrayList<>();
        for (OrderLine l : order.getLines()) {
            LineEdit e = new LineEdit(nextKey++, l.getService());
            e.determinationYear = l.getDeterminationYear();
            e.place = l.getPlace();
            e.volumeIndicator = l.getVolumeIndicator();
            e.unitCode = l.getUnit() == null ? null : l.getUnit().getCode();
            e.unitName = l.getUnit() == null ? null : l.getUnit().getName();
            e.standardAct = l.getStandardAct();
            lines.add(e);
            for (OrderLineYear y : l.getYears()) {
                rows.add(new Row(e, y.getYear(), periodLabel(y.getYear()), y.getVolumes()));
            }
            for (OrderQuality q : l.getQuality()) {
                qualityRows.add(new QualityRow(e, q.getYear(), q.getIndicator(), q.getUnit() == null ? null : q.getUnit().getCode(),
                        q.getValue(), q.getDeviation(), q.isDeviationInPercent()));
            }
        }
        periods = OrderSheet.periods(order);
        versions = screen.versions();
        compareWith = screen.comparedWith();
        diff = screen.diff();
        errors = new HashMap<>();
        stale = false;
    }

    private String periodLabel(int year) {
        return planning().shortLabel(year);
    }

    /**
     * The periods as the clerk has set them on the screen (saved or not); an end of the period beyond the plan before
     * its start is shown as one year there until the save refuses it.
     */
    private PlanningPeriod planning() {
        int fy = order.getFiscalYear();
        return new PlanningPeriod(fy, beyondPlanUntil == null ? null : Math.max(beyondPlanUntil, PlanningPeriod.of(fy).firstBeyondYear()));
    }

    public void compare() {
        diff = compareWith == null ? List.of() : orders.diff(compareWith, order.getId());
    }

    public void save() {
        if (store()) {
            FacesErrors.info(Bundle.text("order.saved"));
            reload();
        }
    }

    /**
     * Saves what the clerk sees under the same checks as «Сохранить»; false (with the messages shown) when the
     * checks or a concurrent change refuse it. Every workflow step on an editable draft saves first, so a step never
     * submits anything other than what is on the screen, and stops when the save is refused.
     */
    private boolean store() {
        try {
            OrderForm f = new OrderForm();
            f.lines = new ArrayList<>();
            f.title = title == null ? "" : title;
            f.asOfDate = asOfDate;
            f.budgetName = budgetName;
            f.beyondPlanUntil = beyondPlanUntil;
            for (LineEdit e : lines) {
                OrderForm.Line line = new OrderForm.Line();
                line.serviceId = e.serviceId;
                line.determinationYear = e.determinationYear;
                line.place = e.place;
                line.volumeIndicator = e.volumeIndicator;
                line.unitCode = e.unitCode;
                line.standardAct = e.standardAct;
                for (Row r : rows) {
                    if (r.line == e) {
                        line.years.add(OrderForm.Year.of(r.year, r.volumes));
                    }
                }
                for (QualityRow q : qualityRows) {
                    if (q.line == e) {
                        OrderForm.Quality fq = new OrderForm.Quality();
                        fq.year = q.year;
                        fq.indicator = q.indicator;
                        fq.unitCode = q.unitCode;
                        fq.value = q.value;
                        fq.deviation = q.deviation;
                        fq.deviationInPercent = q.percent;
                        line.quality.add(fq);
                    }
                }
                f.lines.add(line);
            }
            order = orders.update(order.getId(), order.getVersion(), f);
            return true;
        } catch (ValidationFailed e) {
            errors = new HashMap<>();
            for (FieldError fe : e.errors()) {
                errors.merge(fe.field(), fe.message(), (a, b) -> a + "; " + b);
            }
            FacesErrors.show(e, null);
        } catch (BusinessException e) {
            stale = e instanceof Conflict c && c.isStaleVersion();
            FacesErrors.show(e, null);
        }
        return false;
    }

    /** Saves the screen's edits before a step that leaves the draft; false, with a note, when they were refused. */
    private boolean storeBeforeStep() {
        if (!isEditable()) {
            return true;
        }
        if (store()) {
            reload();
            return true;
        }
        FacesErrors.show(new Conflict(Bundle.text("order.notSavedStepStopped")), null);
        return false;
    }

    /** Adds the chosen service as a new line with zero volumes in every period. */
    public void addLine() {
        if (newServiceId == null) {
            FacesErrors.show(new ValidationFailed("newService", Bundle.text("order.chooseService")), null);
            return;
        }
        SocialService s = serviceCatalog.get(newServiceId);
        LineEdit e = new LineEdit(nextKey++, s);
        e.determinationYear = order.getFiscalYear();
        e.place = order.getAuthority().getTerritory().getName();
        s.getIndicators().stream().filter(i -> i.getKind() == IndicatorKind.VOLUME).findFirst().ifPresent(v -> {
            e.volumeIndicator = v.getName();
            e.unitCode = v.getUnit() == null ? null : v.getUnit().getCode();
            e.unitName = v.getUnit() == null ? null : v.getUnit().getName();
        });
        lines.add(e);
        for (int year : years()) {
            rows.add(new Row(e, year, periodLabel(year), Volumes.ZERO));
        }
        newServiceId = null;
    }

    public void removeLine(LineEdit e) {
        lines.remove(e);
        rows.removeIf(r -> r.line == e);
        qualityRows.removeIf(q -> q.line == e);
    }

    /** Adds the chosen catalogue quality indicator to the line for every period. */
    public void addQuality(LineEdit e) {
        if (e.newQuality == null || e.newQuality.isBlank()) {
            return;
        }
        String name = e.newQuality;
        if (qualityRows.stream().noneMatch(q -> q.line == e && q.indicator.equals(name))) {
            SocialService s = serviceCatalog.get(e.serviceId);
            String unit = s.getIndicators().stream().filter(i -> i.getName().equals(name) && i.getUnit() != null)
                    .map(i -> i.getUnit().getCode()).findFirst().orElse(null);
            for (int year : years()) {
                qualityRows.add(new QualityRow(e, year, name, unit, null, BigDecimal.TEN, true));
            }
        }
        e.newQuality = null;
    }

    public void removeQuality(QualityRow q) {
        qualityRows.remove(q);
    }

    /** The period beyond the plan was set or cleared: add or drop its volume and quality rows. */
    public void beyondChanged() {
        int beyond = planning().firstBeyondYear();
        if (beyondPlanUntil == null) {
            rows.removeIf(r -> r.year == beyond);
            qualityRows.removeIf(q -> q.year == beyond);
            return;
        }
        List<Row> updated = new ArrayList<>();
        for (LineEdit e : lines) {
            List<Row> own = rows.stream().filter(r -> r.line == e && r.year != beyond).collect(Collectors.toList());
            updated.addAll(own);
            Row old = rows.stream().filter(r -> r.line == e && r.year == beyond).findFirst().orElse(null);
            updated.add(new Row(e, beyond, periodLabel(beyond), old != null ? old.volumes : Volumes.ZERO));
        }
        rows = updated;
    }

    private List<Integer> years() {
        return planning().years();
    }

    /** A workflow action; amending opens the new version. */
    public String act(String action) {
        if (!storeBeforeStep()) {
            return null;
        }
        try {
            SocialOrder result = orders.transition(order.getId(), order.getVersion(), OrderLifecycle.Action.valueOf(action), comment);
            comment = null;
            FacesErrors.info(Bundle.text("order.status", OrderLifecycle.label(result.getStatus())));
            if (!result.getId().equals(order.getId())) {
                return "/order/order?faces-redirect=true&id=" + result.getId();
            }
            reload();
        } catch (BusinessException e) {
            stale = e instanceof Conflict c && c.isStaleVersion();
            FacesErrors.show(e, null);
        }
        return null;
    }

    /** Copies this order into a first draft for the next financial year and opens it. */
    public String copyToNextYear() {
        if (!storeBeforeStep()) {
            return null;
        }
        try {
            SocialOrder copy = orders.copyToNextYear(order.getId());
            FacesErrors.info(Bundle.text("order.copied", String.valueOf(copy.getFiscalYear())));
            return "/order/order?faces-redirect=true&id=" + copy.getId();
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
            return null;
        }
    }

    public boolean can(String action) {
        return OrderLifecycle.allows(order.getStatus(), OrderLifecycle.Action.valueOf(action), actor);
    }

    public boolean isEditable() {
        return OrderLifecycle.editable(order.getStatus()) && actor.clerkOfAuthority();
    }

    public boolean isClerk() {
        return actor.clerkOfAuthority();
    }

    public boolean isExportable() {
        return order.getStatus() == OrderStatus.APPROVED || order.getStatus() == OrderStatus.PUBLISHED;
    }

    private String key(LineEdit e) {
        return "lines[" + lines.indexOf(e) + "]";
    }

    private String messages(String prefix) {
        return errors.entrySet().stream().filter(x -> x.getKey().equals(prefix) || x.getKey().startsWith(prefix + "."))
                .map(Map.Entry::getValue).distinct().collect(Collectors.joining("; "));
    }

    /** A value of the row changed: its message from the last save no longer applies. */
    public void edited(Row r) {
        String prefix = key(r.line) + ".years[" + r.year + "]";
        errors.keySet().removeIf(k -> k.equals(prefix) || k.startsWith(prefix + "."));
    }

    public String cellClass(Row r) {
        return r.isMismatch() || !messages(key(r.line) + ".years[" + r.year + "]").isEmpty() ? "app-cell-error" : "";
    }

    public String rowError(Row r) {
        String saved = messages(key(r.line) + ".years[" + r.year + "]");
        return !saved.isEmpty() ? saved : r.isMismatch() ? Bundle.text("order.mismatch") : "";
    }

    public String lineError(LineEdit e) {
        String k = key(e);
        return errors.entrySet().stream().filter(x -> x.getKey().startsWith(k + ".") && !x.getKey().startsWith(k + ".years[")
                        && !x.getKey().startsWith(k + ".quality["))
                .map(Map.Entry::getValue).distinct().collect(Collectors.joining("; "));
    }

    public String qualityError(QualityRow q) {
        List<QualityRow> own = qualityRows.stream().filter(x -> x.line == q.line).toList();
        String saved = messages(key(q.line) + ".quality[" + own.indexOf(q) + "]");
        if (!saved.isEmpty()) {
            return saved;
        }
        List<FieldError> now = new QualityRule(q.indicator, q.value, q.deviation, q.percent).check("q", "", q.year, q.unitCode);
        return now.stream().map(fe -> fe.message().substring(fe.message().indexOf(": ") + 2)).collect(Collectors.joining("; "));
    }

    /**
     * Totals per period and method for the footer, by the same rule as the printed form ({@link OrderTotals}): a
     * period whose lines are in different units has no sum and says so.
     */
    public List<OrderTotals.Period> getTotals() {
        OrderTotals totals = new OrderTotals();
        for (Row r : rows) {
            totals.add(r.line.unitName, r.line.unitCode, r.year, r.volumes);
        }
        return totals.periods();
    }

    /** Planned money (normative cost × volume) per period and method, rounded to kopecks only here. */
    public List<String[]> getMoney() {
        Map<Integer, Money[]> byYear = new TreeMap<>();
        for (Row r : rows) {
            BigDecimal cost = serviceCost(r.line);
            if (cost == null) {
                continue;
            }
            Money[] m = byYear.computeIfAbsent(r.year, y -> new Money[Method.values().length]);
            VolumeSplit v = new VolumeSplit(r.volumes);
            for (Method method : Method.values()) {
                Money sum = m[method.ordinal()] == null ? Money.ZERO : m[method.ordinal()];
                m[method.ordinal()] = sum.plus(v.money(cost, method));
            }
        }
        List<String[]> out = new ArrayList<>();
        byYear.forEach((year, m) -> {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(year)));
            Money all = Money.ZERO;
            for (Money x : m) {
                cells.add(x.format());
                all = all.plus(x);
            }
            cells.add(all.format());
            out.add(cells.toArray(String[]::new));
        });
        return out;
    }

    /** Some service of the order has no normative cost: the planned money leaves it out. */
    public boolean isMoneyIncomplete() {
        return lines.stream().anyMatch(l -> serviceCost(l) == null);
    }

    private BigDecimal serviceCost(LineEdit e) {
        if (!costs.containsKey(e.serviceId)) {
            costs.put(e.serviceId, order.getLines().stream().map(OrderLine::getService).filter(s -> s.getId().equals(e.serviceId))
                    .findFirst().orElseGet(() -> serviceCatalog.get(e.serviceId)).getNormativeCost());
        }
        return costs.get(e.serviceId);
    }

    /** A volume as the form prints it: «72 700», «12,5». */
    public String plain(BigDecimal v) {
        return v == null ? "" : VolumeSplit.plain(v);
    }

    public String statusText() {
        return OrderLifecycle.label(order.getStatus());
    }

    public String statusText(OrderStatus s) {
        return OrderLifecycle.label(s);
    }

    /** The steps of this version for the history table (the shared history include); read with the order. */
    public List<ru.socorder.service.lifecycle.HistoryEntry> getHistory() {
        return history;
    }

    /** Periods of the order as the form titles them (as saved). */
    public List<OrderSheet.Period> getPeriods() {
        return periods;
    }

    /** Services of the territory not yet in the order (a service has one line). */
    public List<OptionItem> getServiceOptions() {
        if (serviceOptions == null) {
            serviceOptions = serviceCatalog.options(order.getAuthority().getTerritory().getId());
        }
        return serviceOptions.stream().filter(o -> lines.stream().noneMatch(l -> l.serviceId == o.id())).toList();
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

    public List<LineEdit> getLines() {
        return lines;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<QualityRow> getQualityRows() {
        return qualityRows;
    }

    public List<SocialOrder> getVersions() {
        return versions;
    }

    public Long getCompareWith() {
        return compareWith;
    }

    public void setCompareWith(Long compareWith) {
        this.compareWith = compareWith;
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

    public boolean isStale() {
        return stale;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getAsOfDate() {
        return asOfDate;
    }

    public void setAsOfDate(LocalDate asOfDate) {
        this.asOfDate = asOfDate;
    }

    public String getBudgetName() {
        return budgetName;
    }

    public void setBudgetName(String budgetName) {
        this.budgetName = budgetName;
    }

    public Integer getBeyondPlanUntil() {
        return beyondPlanUntil;
    }

    public void setBeyondPlanUntil(Integer beyondPlanUntil) {
        this.beyondPlanUntil = beyondPlanUntil;
    }

    public Long getNewServiceId() {
        return newServiceId;
    }

    public void setNewServiceId(Long newServiceId) {
        this.newServiceId = newServiceId;
    }
}
