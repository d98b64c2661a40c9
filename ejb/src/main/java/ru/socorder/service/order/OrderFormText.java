package ru.socorder.service.order;

import java.time.LocalDate;
import java.util.ArrayList;
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
    static final String NO_QUALITY = "Показатели качества не установлены";
    static final String DASH = "—";

    private OrderFormText() {
    }

    /**
     * The words of the order's level: a region's order is «государственный» throughout, a municipality's
     * «муниципальный» — never «государственный (муниципальный)» as the federal template writes it for both.
     */
    record Level(String stem) {
        static Level of(OrderSheet s) {
            return new Level(s.stateLevel() ? "государственн" : "муниципальн");
        }

        /** «муниципальной услуги» */
        String service() {
            return stem + "ой услуги";
        }

        /** «муниципальных услуг» */
        String services() {
            return stem + "ых услуг";
        }

        /** «муниципальном социальном заказе» */
        String order() {
            return stem + "ом социальном заказе";
        }

        /** «муниципальной услуги в социальной сфере (муниципальных услуг в социальной сфере, составляющих укрупненную муниципальную услугу)» */
        String serviceInFull() {
            return service() + " в социальной сфере (" + services() + " в социальной сфере, составляющих укрупненную " + stem + "ую услугу)";
        }

        /** The words of the templates' captions: {@code {{услуги}}}, {@code {{услуг}}}, {@code {{задания}}}. */
        java.util.Map<String, String> words() {
            return java.util.Map.of("услуги", service(), "услуг", services(), "задания", stem + "ого задания");
        }
    }

    static String sectionI(OrderSheet s) {
        Level l = Level.of(s);
        return "I. Общие сведения о " + l.order() + " на оказание " + l.services() + " в социальной сфере в очередном финансовом "
                + "году и плановом периоде, а также за пределами планового периода";
    }

    static String sectionII(OrderSheet s) {
        return "II. Сведения об объеме оказания " + Level.of(s).serviceInFull() + " в очередном финансовом году и плановом периоде, "
                + "а также за пределами планового периода";
    }

    static String sectionIII(OrderSheet s) {
        return "III. Сведения о показателях, характеризующих качество оказания " + Level.of(s).serviceInFull()
                + " в очередном финансовом году и плановом периоде, а также за пределами планового периода";
    }

    static String sectionIV(OrderSheet s) {
        return "IV. Сведения о фактических показателях, характеризующих объем и качество оказания " + Level.of(s).serviceInFull();
    }

    /** The row of section IV while no report on the order's execution has been made. */
    static final String NO_ACTUALS = "Фактические показатели вносятся по итогам исполнения социального заказа (отчёт об исполнении)";

    /** The indicator cell of a service that has no quality indicators. */
    static final String NONE_SET = "не установлены";

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

    /** The title of the {@code n}-th table of section I: «2. Общие сведения о муниципальном социальном заказе на 2025 год (на 1-й год планового периода)». */
    static String periodTitle(OrderSheet s, int n, Period period) {
        return n + ". Общие сведения о " + Level.of(s).order() + " " + period.label();
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

    /**
     * The service of each line as section I names it: the name, and where another line has the same name, its content
     * («Реализация дополнительных общеразвивающих программ (техническая направленность)») — or its registry number
     * when the content does not tell them apart either — so that no two rows read the same. Keyed by line number.
     */
    static Map<Integer, String> serviceNames(OrderSheet s) {
        Map<String, Long> byName = count(s.lines().stream().map(Line::serviceName).toList());
        Map<String, Long> byContent = count(s.lines().stream().map(l -> l.serviceName() + "\u0000" + l.content()).toList());
        Map<Integer, String> names = new LinkedHashMap<>();
        for (Line l : s.lines()) {
            String name = l.serviceName();
            if (byName.get(name) > 1) {
                boolean contentTells = !blank(l.content()) && byContent.get(name + "\u0000" + l.content()) == 1;
                name = name + " (" + (contentTells ? l.content().trim() : l.registryNumber()) + ")";
            }
            names.put(l.no(), name);
        }
        return names;
    }

    private static Map<String, Long> count(List<String> keys) {
        Map<String, Long> n = new LinkedHashMap<>();
        keys.forEach(k -> n.merge(k, 1L, Long::sum));
        return n;
    }

    /** The authorised body in the column «Уполномоченный орган» of section II: its short name (the header has the full one). */
    static String authorityColumn(OrderSheet s) {
        if (s.authority() == null) {
            return null;
        }
        String shortName = s.authority().shortName();
        return shortName == null || shortName.isBlank() ? s.authority().fullName() : shortName;
    }

    /**
     * The term of provision of a line's service (column «Срок оказания» of section II, where the territory's form has it):
     * the first and the last year with a volume, «2024–2026», or one year «2025»; a dash for a line without volumes.
     */
    static String term(Line l) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (OrderSheet.Volume v : l.volumes()) {
            if (v.total() != null && v.total().signum() > 0) {
                first = Math.min(first, v.year());
                last = Math.max(last, v.year());
            }
        }
        if (first == Integer.MAX_VALUE) {
            return DASH;
        }
        return first == last ? String.valueOf(first) : first + "–" + last;
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
