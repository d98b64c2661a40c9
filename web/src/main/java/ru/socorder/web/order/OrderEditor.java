package ru.socorder.web.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import ru.socorder.model.catalog.IndicatorKind;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.common.Money;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderLineYear;
import ru.socorder.model.order.OrderQuality;
import ru.socorder.model.order.PlanningPeriod;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.model.order.Volumes;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.order.OrderForm;
import ru.socorder.service.order.OrderTotals;
import ru.socorder.service.order.QualityRule;
import ru.socorder.service.order.VolumeSplit;
import ru.socorder.web.shell.Bundle;

/**
 * The order screen's edit model: one version's header, lines, volumes (line × period) and quality indicators as the
 * clerk edits them until «Сохранить» — read from the order ({@link #of}), written to the form the boundary saves
 * ({@link #toForm}) —, the footer's totals by the printed form's rule ({@link OrderTotals}) and planned money, and the
 * messages of the last refused save placed on lines, cells and quality rows by field name. Plain class without JSF
 * (unit-tested); the view-scoped {@link OrderBean} holds it and asks the boundary and the catalogue for it.
 */
public class OrderEditor implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int fiscalYear;
    private String title;
    private LocalDate asOfDate;
    private String budgetName;
    private Integer beyondPlanUntil;
    private final List<LineEdit> lines = new ArrayList<>();
    private List<VolumeRow> rows = new ArrayList<>();
    private List<QualityRow> qualityRows = new ArrayList<>();
    private final Map<Long, BigDecimal> costs = new HashMap<>();
    private Map<String, String> errors = new HashMap<>();
    private int nextKey;

    private OrderEditor(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    /** The saved version as the clerk starts editing it. */
    public static OrderEditor of(SocialOrder order) {
        OrderEditor ed = new OrderEditor(order.getFiscalYear());
        ed.title = order.getTitle();
        ed.asOfDate = order.getAsOfDate();
        ed.budgetName = order.getBudgetName();
        ed.beyondPlanUntil = order.getBeyondPlanUntil();
        for (OrderLine l : order.getLines()) {
            LineEdit e = new LineEdit(ed.nextKey++, l.getService());
            e.setDeterminationYear(l.getDeterminationYear());
            e.setPlace(l.getPlace());
            e.setVolumeIndicator(l.getVolumeIndicator());
            e.unit(l.getUnit());
            e.setStandardAct(l.getStandardAct());
            ed.lines.add(e);
            ed.costs.put(e.serviceId(), l.getService().getNormativeCost());
            for (OrderLineYear y : l.getYears()) {
                ed.rows.add(new VolumeRow(e, y.getYear(), ed.periodLabel(y.getYear()), y.getVolumes()));
            }
            for (OrderQuality q : l.getQuality()) {
                ed.qualityRows.add(new QualityRow(e, q.getYear(), q.getIndicator(), q.getUnit() == null ? null : q.getUnit().getCode(),
                        q.getValue(), q.getDeviation(), q.isDeviationInPercent()));
            }
        }
        return ed;
    }

    /** What the clerk sees, as the boundary saves it: the header and every line with its volumes and quality rows. */
    public OrderForm toForm() {
        OrderForm f = new OrderForm();
        f.lines = new ArrayList<>();
        f.title = title == null ? "" : title;
        f.asOfDate = asOfDate;
        f.budgetName = budgetName;
        f.beyondPlanUntil = beyondPlanUntil;
        for (LineEdit e : lines) {
            OrderForm.Line line = new OrderForm.Line();
            line.serviceId = e.serviceId();
            line.determinationYear = e.getDeterminationYear();
            line.place = e.getPlace();
            line.volumeIndicator = e.getVolumeIndicator();
            line.unitCode = e.unitCode();
            line.standardAct = e.getStandardAct();
            for (VolumeRow r : rows) {
                if (r.getLine() == e) {
                    line.years.add(OrderForm.Year.of(r.getYear(), r.volumes()));
                }
            }
            for (QualityRow q : qualityRows) {
                if (q.getLine() == e) {
                    OrderForm.Quality fq = new OrderForm.Quality();
                    fq.year = q.getYear();
                    fq.indicator = q.getIndicator();
                    fq.unitCode = q.unitCode();
                    fq.value = q.getValue();
                    fq.deviation = q.getDeviation();
                    fq.deviationInPercent = q.isPercent();
                    line.quality.add(fq);
                }
            }
            f.lines.add(line);
        }
        return f;
    }

    /** The save was refused: its messages, by field name ({@code lines[0].years[2025].total}), until the next edit of that cell. */
    public void refused(List<FieldError> fieldErrors) {
        errors = new HashMap<>();
        for (FieldError fe : fieldErrors) {
            errors.merge(fe.field(), fe.message(), (a, b) -> a + "; " + b);
        }
    }

    // ---------------------------------------------------------------- lines, periods, quality

    /**
     * Adds the service as a new line with zero volumes in every period: determined in the financial year, at the given
     * place, measured by the service's first volume indicator.
     */
    public LineEdit addLine(SocialService s, String place) {
        LineEdit e = new LineEdit(nextKey++, s);
        e.setDeterminationYear(fiscalYear);
        e.setPlace(place);
        s.getIndicators().stream().filter(i -> i.getKind() == IndicatorKind.VOLUME).findFirst().ifPresent(v -> {
            e.setVolumeIndicator(v.getName());
            e.unit(v.getUnit());
        });
        lines.add(e);
        for (int year : years()) {
            rows.add(new VolumeRow(e, year, periodLabel(year), Volumes.ZERO));
        }
        return e;
    }

    public void removeLine(LineEdit e) {
        lines.remove(e);
        rows.removeIf(r -> r.getLine() == e);
        qualityRows.removeIf(q -> q.getLine() == e);
    }

    /**
     * Adds the quality indicator chosen on the line ({@link LineEdit#getNewQuality}) for every period, with its unit from
     * the catalogue ({@code services} gives the line's service) and a permitted deviation of 10 %; once per line.
     */
    public void addQuality(LineEdit e, LongFunction<SocialService> services) {
        if (e.getNewQuality() == null || e.getNewQuality().isBlank()) {
            return;
        }
        String name = e.getNewQuality();
        if (qualityRows.stream().noneMatch(q -> q.getLine() == e && q.getIndicator().equals(name))) {
            SocialService s = services.apply(e.serviceId());
            String unit = s.getIndicators().stream().filter(i -> i.getName().equals(name) && i.getUnit() != null)
                    .map(i -> i.getUnit().getCode()).findFirst().orElse(null);
            for (int year : years()) {
                qualityRows.add(new QualityRow(e, year, name, unit, null, BigDecimal.TEN, true));
            }
        }
        e.setNewQuality(null);
    }

    public void removeQuality(QualityRow q) {
        qualityRows.remove(q);
    }

    /** The period beyond the plan was set or cleared: add or drop its volume and quality rows. */
    public void beyondChanged() {
        int beyond = planning().firstBeyondYear();
        if (beyondPlanUntil == null) {
            rows.removeIf(r -> r.getYear() == beyond);
            qualityRows.removeIf(q -> q.getYear() == beyond);
            return;
        }
        List<VolumeRow> updated = new ArrayList<>();
        for (LineEdit e : lines) {
            List<VolumeRow> own = rows.stream().filter(r -> r.getLine() == e && r.getYear() != beyond).collect(Collectors.toList());
            updated.addAll(own);
            VolumeRow old = rows.stream().filter(r -> r.getLine() == e && r.getYear() == beyond).findFirst().orElse(null);
            updated.add(new VolumeRow(e, beyond, periodLabel(beyond), old != null ? old.volumes() : Volumes.ZERO));
        }
        rows = updated;
    }

    /** The services the lines are of (a service has one line). */
    public java.util.Set<Long> serviceIds() {
        return lines.stream().map(LineEdit::serviceId).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The periods as the clerk has set them (saved or not); an end of the period beyond the plan before its start is
     * shown as one year here until the save refuses it.
     */
    private PlanningPeriod planning() {
        return new PlanningPeriod(fiscalYear, beyondPlanUntil == null ? null
                : Math.max(beyondPlanUntil, PlanningPeriod.of(fiscalYear).firstBeyondYear()));
    }

    private List<Integer> years() {
        return planning().years();
    }

    private String periodLabel(int year) {
        return planning().shortLabel(year);
    }

    // ---------------------------------------------------------------- messages

    /** A value of the row changed: its message from the last save no longer applies. */
    public void edited(VolumeRow r) {
        String prefix = key(r.getLine()) + ".years[" + r.getYear() + "]";
        errors.keySet().removeIf(k -> k.equals(prefix) || k.startsWith(prefix + "."));
    }

    public String cellClass(VolumeRow r) {
        return r.isMismatch() || !messages(key(r.getLine()) + ".years[" + r.getYear() + "]").isEmpty() ? "app-cell-error" : "";
    }

    /** The save's message for the row, otherwise the mismatch of its split as it stands. */
    public String rowError(VolumeRow r) {
        String saved = messages(key(r.getLine()) + ".years[" + r.getYear() + "]");
        return !saved.isEmpty() ? saved : r.isMismatch() ? Bundle.text("order.mismatch") : "";
    }

    /** The save's messages about the line's own data (not its volumes or quality). */
    public String lineError(LineEdit e) {
        String k = key(e);
        return errors.entrySet().stream().filter(x -> x.getKey().startsWith(k + ".") && !x.getKey().startsWith(k + ".years[")
                        && !x.getKey().startsWith(k + ".quality["))
                .map(Map.Entry::getValue).distinct().collect(Collectors.joining("; "));
    }

    /** The save's message for the quality row, otherwise what {@link QualityRule} says of it as it stands. */
    public String qualityError(QualityRow q) {
        List<QualityRow> own = qualityRows.stream().filter(x -> x.getLine() == q.getLine()).toList();
        String saved = messages(key(q.getLine()) + ".quality[" + own.indexOf(q) + "]");
        if (!saved.isEmpty()) {
            return saved;
        }
        List<FieldError> now = new QualityRule(q.getIndicator(), q.getValue(), q.getDeviation(), q.isPercent())
                .check("q", "", q.getYear(), q.unitCode());
        return now.stream().map(fe -> fe.message().substring(fe.message().indexOf(": ") + 2)).collect(Collectors.joining("; "));
    }

    private String key(LineEdit e) {
        return "lines[" + lines.indexOf(e) + "]";
    }

    private String messages(String prefix) {
        return errors.entrySet().stream().filter(x -> x.getKey().equals(prefix) || x.getKey().startsWith(prefix + "."))
                .map(Map.Entry::getValue).distinct().collect(Collectors.joining("; "));
    }

    // ---------------------------------------------------------------- totals

    /**
     * Totals per period and method for the footer, by the same rule as the printed form ({@link OrderTotals}): a
     * period whose lines are in different units has no sum and says so.
     */
    public List<OrderTotals.Period> getTotals() {
        OrderTotals totals = new OrderTotals();
        for (VolumeRow r : rows) {
            totals.add(r.getLine().getUnitName(), r.getLine().unitCode(), r.getYear(), r.volumes());
        }
        return totals.periods();
    }

    /**
     * Planned money (normative cost × volume) per period: the year, each method and the sum, rounded to kopecks only
     * here; a service's cost comes from the order as read, for a line added since from {@code services}.
     */
    public List<String[]> money(LongFunction<SocialService> services) {
        Map<Integer, Money[]> byYear = new TreeMap<>();
        for (VolumeRow r : rows) {
            BigDecimal cost = serviceCost(r.getLine(), services);
            if (cost == null) {
                continue;
            }
            Money[] m = byYear.computeIfAbsent(r.getYear(), y -> new Money[Method.values().length]);
            VolumeSplit v = new VolumeSplit(r.volumes());
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
    public boolean moneyIncomplete(LongFunction<SocialService> services) {
        return lines.stream().anyMatch(l -> serviceCost(l, services) == null);
    }

    private BigDecimal serviceCost(LineEdit e, LongFunction<SocialService> services) {
        if (!costs.containsKey(e.serviceId())) {
            costs.put(e.serviceId(), services.apply(e.serviceId()).getNormativeCost());
        }
        return costs.get(e.serviceId());
    }

    // ---------------------------------------------------------------- header and rows

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

    public List<LineEdit> getLines() {
        return lines;
    }

    public List<VolumeRow> getRows() {
        return rows;
    }

    public List<QualityRow> getQualityRows() {
        return qualityRows;
    }
}
