package ru.socorder.service.order;

import static ru.socorder.service.order.OrderFormText.DASH;
import static ru.socorder.service.order.OrderFormText.NONE_SET;
import static ru.socorder.service.order.OrderFormText.NO_ACTUALS;
import static ru.socorder.service.order.OrderFormText.NO_QUALITY;
import static ru.socorder.service.order.OrderFormText.deviation;
import static ru.socorder.service.order.OrderFormText.indicators;
import static ru.socorder.service.order.OrderFormText.periodText;
import static ru.socorder.service.order.OrderFormText.volume;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.socorder.model.catalog.OrderFormOptions;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.order.Method;
import ru.socorder.service.order.OrderSheet.Line;
import ru.socorder.service.order.OrderSheet.Period;
import ru.socorder.service.order.OrderSheet.Quality;
import ru.socorder.service.order.OrderSheet.Volume;
import ru.socorder.service.reporting.ReportEngine.Part;

/**
 * The social order as the form of decree 1613 prints it (domain.md §5.1): the header with «УТВЕРЖДАЮ» and the codes
 * box, then section I (general data, one table per period), II (volume per service and period), III (quality
 * indicators) and IV (actual volume and quality per executor, blank until the order's execution is reported). The
 * words follow the order's level («муниципальной услуги» or «государственной услуги»); anything not approved prints
 * as a draft («ПРОЕКТ» on every page, no «УТВЕРЖДАЮ» block, no date of signing). {@link #form} lays the PDF out as parts for the
 * report engine (templates {@code reports/order/*.jrxml}, one per section so that each table repeats its column header
 * on every page): their parameters and rows. The same tables as a workbook are {@link OrderWorkbook}'s; what both say
 * is {@link OrderFormText}'s. Plain class, no container.
 */
public final class OrderPrinter {
    private OrderPrinter() {
    }

    /** The parts of the printed form, in order: header with section I, sections II–IV (landscape A4, pages numbered over the whole document). */
    public static List<Part> form(OrderSheet s) {
        Map<String, String> words = OrderFormText.Level.of(s).words();
        List<Part> parts = new ArrayList<>();
        Map<String, Object> first = header(s);
        first.put("ORDER_TITLE", first.get("TITLE"));
        first.put("TITLE", OrderFormText.sectionI(s));
        parts.add(new Part("order/general", first, general(s), words));
        OrderFormOptions form = s.form();
        Set<String> omitII = new HashSet<>();
        if (!form.authorityColumn()) {
            omitII.add("authority");
        }
        if (!form.termColumn()) {
            omitII.add("term");
        }
        parts.add(new Part("order/volumes", params(s, OrderFormText.sectionII(s)), volumes(s), words, omitII));
        parts.add(new Part("order/quality", params(s, OrderFormText.sectionIII(s)), quality(s), words));
        Map<String, Object> actuals = params(s, OrderFormText.sectionIV(s));
        actuals.put("AS_OF_BLANK", "на «___» ____________ 20___ года");
        parts.add(new Part("order/actuals", actuals, List.of(Map.of("note", NO_ACTUALS)), words,
                form.actualVolumeColumns() ? Set.of() : Set.of("actualVolume")));
        return parts;
    }

    /** A file name such as {@code social-order-2024-v1.pdf}. */
    public static String fileName(OrderSheet s, String extension) {
        String ext = extension == null ? "" : extension.startsWith(".") ? extension.substring(1) : extension;
        return "social-order-" + s.fiscalYear() + "-v" + s.versionNumber() + (ext.isEmpty() ? "" : "." + ext);
    }

    private static Map<String, Object> header(OrderSheet s) {
        Map<String, Object> p = params(s, OrderFormText.title(s));
        OrderSheet.Approval a = s.approval();
        p.put("APPROVAL_POSITION", a == null ? null : a.position());
        p.put("APPROVAL_NAME", a == null ? null : a.name());
        p.put("APPROVAL_DATE", a == null ? null : RussianText.date(a.date()));
        p.put("AS_OF", OrderFormText.asOf(s.asOfDate()));
        p.put("APPROVAL_BLOCK", s.form().approvalBlock());
        List<Map.Entry<String, String>> codes = s.codes(); // the date: the day it was signed; a draft has none
        for (int i = 0; i < codes.size(); i++) {
            p.put("CODE_" + (i + 1) + "_CAPTION", codes.get(i).getKey());
            p.put("CODE_" + (i + 1), codes.get(i).getValue());
        }
        OrderSheet.Authority au = s.authority();
        p.put("AUTHORITY", au == null ? null : au.fullName());
        p.put("BUDGET", s.budgetName());
        p.put("STATUS", OrderFormText.status(s));
        p.put("DIRECTION", s.direction());
        return p;
    }

    private static Map<String, Object> params(OrderSheet s, String title) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("TITLE", title);
        p.put("FOOTER", footer(s));
        p.put("DRAFT", !s.approved());
        return p;
    }

    /** Section I: a table per period; lines × periods, with the period's number and title and, if the units agree, its totals. */
    private static List<Map<String, ?>> general(OrderSheet s) {
        List<Map<String, ?>> rows = new ArrayList<>();
        OrderTotals totals = OrderTotals.of(s.lines());
        Map<Integer, String> names = OrderFormText.serviceNames(s);
        int n = 0;
        for (Period period : s.periods()) {
            n++;
            String title = OrderFormText.periodTitle(s, n, period);
            OrderTotals.Period sums = totals.period(period.year()).orElse(null);
            for (Line l : s.lines()) {
                Volume v = volume(l, period.year());
                Map<String, Object> r = new HashMap<>();
                r.put("periodNo", n);
                r.put("periodTitle", title);
                r.put("service", names.get(l.no()));
                r.put("determinationYear", year(l.determinationYear()));
                r.put("place", l.place());
                r.put("indicator", l.volumeIndicator());
                r.put("unitName", l.unitName());
                r.put("unitCode", l.unitCode());
                putVolumes(r, v);
                if (sums != null && sums.isAddedUp()) {
                    r.put("sumUnitName", sums.unitName());
                    r.put("sumUnitCode", sums.unitCode());
                    r.put("sumTotal", RussianText.number(sums.volumes().total()));
                    for (Method m : Method.values()) {
                        r.put(sumField(m), RussianText.number(sums.volumes().get(m)));
                    }
                } else if (sums != null) {
                    r.put("sumNote", sums.note());
                }
                rows.add(r);
            }
        }
        return rows;
    }

    /** Section II: a row per line and period; the line's own columns only on its first row (the printed cells span the rows). */
    private static List<Map<String, ?>> volumes(OrderSheet s) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Line l : s.lines()) {
            List<Period> periods = s.periods();
            for (int i = 0; i < periods.size(); i++) {
                Map<String, Object> r = new HashMap<>();
                r.put("line", l.no());
                r.put("first", i == 0);
                r.put("last", i == periods.size() - 1);
                if (i == 0) {
                    describe(r, l);
                    r.put("authority", OrderFormText.authorityColumn(s));
                    r.put("term", OrderFormText.term(l));
                    r.put("determinationYear", year(l.determinationYear()));
                    r.put("place", l.place());
                    r.put("indicator", l.volumeIndicator());
                    r.put("unitName", l.unitName());
                    r.put("unitCode", l.unitCode());
                }
                r.put("period", periodText(s, periods.get(i)));
                putVolumes(r, volume(l, periods.get(i).year()));
                rows.add(r);
            }
        }
        return rows;
    }

    /**
     * Section III: a row per line, quality indicator and year; a line without indicators keeps its row («не
     * установлены»); an order without lines has the single row «Показатели качества не установлены».
     */
    private static List<Map<String, ?>> quality(OrderSheet s) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Line l : s.lines()) {
            List<List<Quality>> indicators = indicators(l);
            if (indicators.isEmpty()) {
                Map<String, Object> r = new HashMap<>();
                r.put("none", false);
                r.put("line", l.no());
                r.put("first", true);
                r.put("last", true);
                r.put("qFirst", true);
                r.put("qLast", true);
                describe(r, l);
                r.put("indicator", NONE_SET);
                r.put("value", DASH);
                r.put("deviation", DASH);
                rows.add(r);
                continue;
            }
            int lineRows = indicators.stream().mapToInt(List::size).sum();
            int k = 0;
            for (List<Quality> years : indicators) {
                for (int j = 0; j < years.size(); j++, k++) {
                    Quality q = years.get(j);
                    Map<String, Object> r = new HashMap<>();
                    r.put("none", false);
                    r.put("line", l.no());
                    r.put("first", k == 0);
                    r.put("last", k == lineRows - 1);
                    r.put("qFirst", j == 0);
                    r.put("qLast", j == years.size() - 1);
                    if (k == 0) {
                        describe(r, l);
                    }
                    if (j == 0) {
                        r.put("indicator", q.indicator());
                        r.put("unitName", q.unitName());
                        r.put("unitCode", q.unitCode());
                    }
                    r.put("year", String.valueOf(q.year()));
                    r.put("value", q.value() == null ? DASH : RussianText.number(q.value()));
                    r.put("deviation", deviation(q));
                    rows.add(r);
                }
            }
        }
        if (rows.isEmpty()) {
            Map<String, Object> r = new HashMap<>();
            r.put("none", true);
            r.put("line", 0);
            r.put("first", true);
            r.put("last", true);
            r.put("qFirst", true);
            r.put("qLast", true);
            r.put("service", NO_QUALITY);
            rows.add(r);
        }
        return rows;
    }

    private static void describe(Map<String, Object> r, Line l) {
        r.put("service", l.serviceName());
        r.put("registryNumber", l.registryNumber());
        r.put("content", l.content());
        r.put("conditions", l.conditions());
        r.put("consumers", l.consumerCategory());
    }

    /** The volume fields of a row: {@code total} and each method by its {@link Method#field()} name. */
    private static void putVolumes(Map<String, Object> r, Volume v) {
        r.put("total", v == null ? null : RussianText.number(v.total()));
        for (Method m : Method.values()) {
            r.put(m.field(), v == null ? null : RussianText.number(v.get(m)));
        }
    }

    /** The field of a period's sum by method: {@code sumTreasury}, {@code sumBudgetAutonomous}, … */
    private static String sumField(Method m) {
        return "sum" + Character.toUpperCase(m.field().charAt(0)) + m.field().substring(1);
    }

    private static String footer(OrderSheet s) {
        return "Социальный заказ на " + s.fiscalYear() + " год, версия " + s.versionNumber()
                + (s.authority() == null || s.authority().shortName() == null ? "" : " — " + s.authority().shortName());
    }

    private static String year(Integer y) {
        return y == null ? null : y.toString();
    }
}
