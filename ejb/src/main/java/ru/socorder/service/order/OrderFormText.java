package ru.socorder.service.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.order.PlanningPeriod;
import ru.socorder.service.order.OrderSheet.Line;
import ru.socorder.service.order.OrderSheet.Period;
import ru.socorder.service.order.OrderSheet.Quality;
import ru.socorder.service.order.OrderSheet.Volume;

/**
 * What the social order's form of decree 1613 says, whichever way it is written out: the section titles, the order's
 * title and status, the period titles, units «Человеко-час (539)», permitted deviations «10 %» / «5 чел.», the acts of
 * section IV; and how the read model is walked for it (a line's volume in a period, its quality indicators by year).
 * Shared by the printed form ({@link OrderPrinter}) and the workbook ({@link OrderWorkbook}); numbers and dates are
 * written by {@link RussianText}.
 */
final class OrderFormText {
    static final String SECTION_I = "I. Общие сведения о социальном заказе на оказание государственных (муниципальных) услуг "
            + "в социальной сфере в очередном финансовом году и плановом периоде, а также за пределами планового периода";
    static final String SECTION_II = "II. Сведения об объеме оказания государственных (муниципальных) услуг в социальной сфере "
            + "(укрупненной услуги) в очередном финансовом году и плановом периоде, а также за пределами планового периода";
    static final String SECTION_III = "III. Сведения о показателях, характеризующих качество оказания государственных "
            + "(муниципальных) услуг в социальной сфере (укрупненной услуги) в очередном финансовом году и плановом периоде, "
            + "а также за пределами планового периода";
    static final String SECTION_IV = "IV. Сведения о порядке оказания государственных (муниципальных) услуг в социальной сфере";
    static final String NO_QUALITY = "Показатели качества не установлены";
    static final String DASH = "—";

    private OrderFormText() {
    }

    /** The order's own title with a capital letter: «Муниципальный социальный заказ … на 2024 год …». */
    static String title(OrderSheet s) {
        String t = s.title() == null ? "" : s.title().trim();
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** «на «01» января 2024 г.»; blanks to fill by hand without a date. */
    static String asOf(LocalDate d) {
        if (d == null) {
            return "на «___» ____________ 20___ г.";
        }
        return "на " + RussianText.documentDate(d);
    }

    /** «первичный, версия 1». */
    static String status(OrderSheet s) {
        return join(", ", s.kind(), "версия " + s.versionNumber());
    }

    /** The title of the {@code n}-th table of section I: «2. Общие сведения … на 2025 год (на 1-й год планового периода)». */
    static String periodTitle(int n, Period period) {
        return n + ". Общие сведения о государственном (муниципальном) социальном заказе " + period.label();
    }

    /** The period of a row of section II: its year, or the years beyond the plan «2027–2030». */
    static String periodText(OrderSheet s, Period p) {
        return p.kind() == PlanningPeriod.Kind.BEYOND ? s.planningPeriod().yearsText(p.year()) : String.valueOf(p.year());
    }

    /** The volume of the line in the period, or null when it has none. */
    static Volume volume(Line l, int year) {
        for (Volume v : l.volumes()) {
            if (v.year() == year) {
                return v;
            }
        }
        return null;
    }

    /** The quality indicators of a line, each with its years in order (the sheet lists them by year). */
    static List<List<Quality>> indicators(Line l) {
        Map<String, List<Quality>> by = new LinkedHashMap<>();
        for (Quality q : l.quality()) {
            by.computeIfAbsent(q.indicator() + "\u0000" + q.unitCode(), k -> new ArrayList<>()).add(q);
        }
        List<List<Quality>> result = new ArrayList<>();
        for (List<Quality> years : by.values()) {
            List<Quality> sorted = new ArrayList<>(years);
            sorted.sort((a, b) -> Integer.compare(a.year(), b.year()));
            result.add(sorted);
        }
        return result;
    }

    /** Service name, registry number and act («—» if none) of each line, repeated combinations left out, in order. */
    static List<String[]> standardRows(OrderSheet s) {
        Map<List<String>, String[]> rows = new LinkedHashMap<>();
        for (Line l : s.lines()) {
            String act = blank(l.standardAct()) ? DASH : l.standardAct().trim();
            rows.putIfAbsent(Arrays.asList(l.serviceName(), l.registryNumber(), act),
                    new String[] {l.serviceName(), l.registryNumber(), act});
        }
        return new ArrayList<>(rows.values());
    }

    static String unit(Line l) {
        return l == null ? null : unit(l.unitName(), l.unitCode());
    }

    /** «Человеко-час (539)»: the name and the ОКЕИ code. */
    static String unit(String name, String code) {
        if (blank(name)) {
            return blank(code) ? null : code;
        }
        return blank(code) ? name : name + " (" + code + ")";
    }

    /** «10 %» for a deviation in per cent, otherwise the number with the unit's short name: «5 чел.». */
    static String deviation(Quality q) {
        if (q.deviation() == null) {
            return DASH;
        }
        return RussianText.number(q.deviation()) + RussianText.NO_BREAK_SPACE + deviationSuffix(q);
    }

    /**
     * «%» for a deviation in per cent, otherwise the short name of the indicator's unit from the catalogue (ОКЕИ's
     * symbol: «чел.», «чел.-ч»), or its name in lower case when the unit has no short name.
     */
    static String deviationSuffix(Quality q) {
        if (q.deviationInPercent()) {
            return "%";
        }
        if (!blank(q.unitShortName())) {
            return q.unitShortName();
        }
        return q.unitName() == null ? "" : q.unitName().toLowerCase(Locale.ROOT);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The parts that are not blank, joined. */
    static String join(String sep, String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (!blank(p)) {
                present.add(p);
            }
        }
        return String.join(sep, present);
    }
}
