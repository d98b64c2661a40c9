package ru.socorder.service.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderLineYear;
import ru.socorder.model.order.OrderQuality;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.model.order.Volumes;

/**
 * What changed between two versions of an order, line by line (by registry number) and year by year. {@link Change}
 * and the {@code compare} helpers are the differences of every versioned record (agreements: {@code AgreementDiff}).
 */
public final class VersionDiff {

    /** One difference: the line, the year (null for the line as a whole), what changed, before and after. */
    public record Change(String line, Integer year, String what, String before, String after) implements Serializable {
    }

    private VersionDiff() {
    }

    public static List<Change> between(SocialOrder a, SocialOrder b) {
        Map<String, OrderLine> left = index(a);
        Map<String, OrderLine> right = index(b);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, OrderLine> e : left.entrySet()) {
            if (!right.containsKey(e.getKey())) {
                changes.add(new Change(e.getKey(), null, "строка", "есть", "удалена"));
            }
        }
        for (Map.Entry<String, OrderLine> e : right.entrySet()) {
            OrderLine before = left.get(e.getKey());
            if (before == null) {
                changes.add(new Change(e.getKey(), null, "строка", "нет", "добавлена"));
                continue;
            }
            Map<Integer, OrderLineYear> ly = years(before);
            Map<Integer, OrderLineYear> ry = years(e.getValue());
            for (Integer year : union(ly, ry)) {
                OrderLineYear x = ly.get(year);
                OrderLineYear y = ry.get(year);
                Volumes vx = x == null ? null : x.getVolumes();
                Volumes vy = y == null ? null : y.getVolumes();
                compare(changes, e.getKey(), year, "всего", vx == null ? null : vx.total(), vy == null ? null : vy.total());
                for (Method m : Method.values()) {
                    compare(changes, e.getKey(), year, m.shortLabel(), vx == null ? null : vx.get(m), vy == null ? null : vy.get(m));
                }
            }
            Map<String, OrderQuality> lq = quality(before);
            Map<String, OrderQuality> rq = quality(e.getValue());
            for (String key : union(lq, rq)) {
                OrderQuality x = lq.get(key);
                OrderQuality y = rq.get(key);
                int year = (x != null ? x : y).getYear();
                String what = "качество: " + (x != null ? x : y).getIndicator();
                if (x == null || y == null) {
                    changes.add(new Change(e.getKey(), year, what, x == null ? "нет" : "есть", y == null ? "удалён" : "добавлен"));
                    continue;
                }
                compare(changes, e.getKey(), year, what, x.getValue(), y.getValue());
                String dx = new QualityRule(x.getIndicator(), x.getValue(), x.getDeviation(), x.isDeviationInPercent()).deviationText();
                String dy = new QualityRule(y.getIndicator(), y.getValue(), y.getDeviation(), y.isDeviationInPercent()).deviationText();
                if (!dx.equals(dy)) {
                    changes.add(new Change(e.getKey(), year, what + " (допустимое отклонение)", dx, dy));
                }
            }
        }
        return changes;
    }

    /**
     * Adds a change when two numbers differ (numerically: 1.0 equals 1.00) — shared by the versions of every kind of
     * record that has them (orders, agreements).
     */
    public static void compare(List<Change> changes, String line, Integer year, String what, BigDecimal before, BigDecimal after) {
        boolean same = before == null ? after == null : after != null && before.compareTo(after) == 0;
        if (!same) {
            changes.add(new Change(line, year, what, text(before), text(after)));
        }
    }

    /** Adds a change when two texts differ («—» for none). */
    public static void compare(List<Change> changes, String line, Integer year, String what, String before, String after) {
        if (!java.util.Objects.equals(before, after)) {
            changes.add(new Change(line, year, what, before == null ? "—" : before, after == null ? "—" : after));
        }
    }

    private static String text(BigDecimal v) {
        return v == null ? "—" : VolumeSplit.plain(v);
    }

    private static Map<String, OrderLine> index(SocialOrder o) {
        Map<String, OrderLine> m = new LinkedHashMap<>();
        o.getLines().forEach(l -> m.put(l.getService().getRegistryNumber().formatted(), l));
        return m;
    }

    private static Map<Integer, OrderLineYear> years(OrderLine l) {
        Map<Integer, OrderLineYear> m = new LinkedHashMap<>();
        l.getYears().forEach(y -> m.put(y.getYear(), y));
        return m;
    }

    private static Map<String, OrderQuality> quality(OrderLine l) {
        Map<String, OrderQuality> m = new TreeMap<>();
        l.getQuality().forEach(q -> m.put(q.getYear() + "|" + q.getIndicator(), q));
        return m;
    }

    private static <K extends Comparable<K>> List<K> union(Map<K, ?> a, Map<K, ?> b) {
        List<K> all = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !all.contains(k)).forEach(all::add);
        all.sort(Comparable::compareTo);
        return all;
    }
}
