package ru.socorder.service.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import ru.socorder.model.order.Volumes;

/**
 * The totals of an order per period and method, for the order screen's footer and the printed form alike. Volumes are
 * added up only over lines that share one unit of measure: человеко-часы and человеки are not added, and a line
 * without a unit cannot be added to anything — then the period has no sum and both say {@link #MIXED_UNITS}.
 */
public final class OrderTotals {
    /** What the screen and the printed form say instead of a sum. */
    public static final String MIXED_UNITS = "Итог не подводится: строки в разных единицах измерения";

    /**
     * The totals of one period (keyed by its first year).
     *
     * @param volumes the sums, or null when the lines do not share one unit
     * @param unitName the shared unit's name (null when none)
     * @param unitCode the shared unit's ОКЕИ code (null when none)
     */
    public record Period(int year, Volumes volumes, String unitName, String unitCode) {
        /** Whether the period has a sum (the lines share one unit). */
        public boolean isAddedUp() {
            return volumes != null;
        }

        /** {@link #MIXED_UNITS} when there is no sum, otherwise null. */
        public String note() {
            return volumes == null ? MIXED_UNITS : null;
        }
    }

    private static final class Sum {
        String unitName;
        String unitCode;
        boolean mixed;
        Volumes volumes = Volumes.ZERO;
    }

    private final Map<Integer, Sum> byYear = new TreeMap<>();

    /** The totals of the lines of a read model (printed form, export). */
    public static OrderTotals of(List<OrderSheet.Line> lines) {
        OrderTotals t = new OrderTotals();
        for (OrderSheet.Line l : lines) {
            for (OrderSheet.Volume v : l.volumes()) {
                t.add(l.unitName(), l.unitCode(), v.year(), v.volumes());
            }
        }
        return t;
    }

    /** Adds the volume of one line in one period; a line without a unit (name and code null) makes the period unsummable. */
    public OrderTotals add(String unitName, String unitCode, int year, Volumes volumes) {
        Sum s = byYear.get(year);
        boolean noUnit = unitName == null && unitCode == null;
        if (s == null) {
            s = new Sum();
            s.unitName = unitName;
            s.unitCode = unitCode;
            s.mixed = noUnit;
            byYear.put(year, s);
        } else if (noUnit || !Objects.equals(s.unitName, unitName) || !Objects.equals(s.unitCode, unitCode)) {
            s.mixed = true;
        }
        s.volumes = s.volumes.plus(volumes);
        return this;
    }

    /** The totals of the period, or empty when no line has a volume in it. */
    public Optional<Period> period(int year) {
        Sum s = byYear.get(year);
        if (s == null) {
            return Optional.empty();
        }
        return Optional.of(s.mixed ? new Period(year, null, null, null) : new Period(year, s.volumes, s.unitName, s.unitCode));
    }

    /** The totals of every period that has a volume, by year. */
    public List<Period> periods() {
        List<Period> all = new ArrayList<>();
        byYear.keySet().forEach(y -> period(y).ifPresent(all::add));
        return all;
    }
}
