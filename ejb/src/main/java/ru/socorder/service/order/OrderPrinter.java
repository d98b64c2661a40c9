package ru.socorder.service.order;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.socorder.service.exchange.FormulaGuard;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.PlanningPeriod;
import ru.socorder.model.order.Volumes;
import ru.socorder.service.order.OrderSheet.Line;
import ru.socorder.service.order.OrderSheet.Period;
import ru.socorder.service.order.OrderSheet.Quality;
import ru.socorder.service.order.OrderSheet.Volume;
import ru.socorder.service.reporting.ReportEngine.Part;

/**
 * The social order as the form of decree 1613 prints it (domain.md §5.1): the header with «УТВЕРЖДАЮ» and the codes
 * box, then section I (general data, one table per period), II (volume per service and period), III (quality
 * indicators) and IV (the act that sets the standard of each service). {@link #form} lays the PDF out as parts for the
 * report engine (templates {@code reports/order/*.jrxml}, one per section so that each table repeats its column header
 * on every page); {@link #xlsx} writes the same tables as a workbook clerks edit in Excel. Plain class, no container.
 */
public final class OrderPrinter {
    static final String SECTION_I = "I. Общие сведения о социальном заказе на оказание государственных (муниципальных) услуг "
            + "в социальной сфере в очередном финансовом году и плановом периоде, а также за пределами планового периода";
    static final String SECTION_II = "II. Сведения об объеме оказания государственных (муниципальных) услуг в социальной сфере "
            + "(укрупненной услуги) в очередном финансовом году и плановом периоде, а также за пределами планового периода";
    static final String SECTION_III = "III. Сведения о показателях, характеризующих качество оказания государственных "
            + "(муниципальных) услуг в социальной сфере (укрупненной услуги) в очередном финансовом году и плановом периоде, "
            + "а также за пределами планового периода";
    static final String SECTION_IV = "IV. Сведения о порядке оказания государственных (муниципальных) услуг в социальной сфере";
    static final String NO_QUALITY = "Показатели качества не установлены";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String[] MONTHS = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря"};
    /** Thousands separator of printed numbers: a no-break space, so «1 200 000» never breaks inside a narrow cell. */
    private static final char GROUP = '\u00A0';
    private static final String DASH = "—";

    private OrderPrinter() {
    }

    // ---------------------------------------------------------------- PDF

    /** The parts of the printed form, in order: header with section I, sections II–IV (landscape A4, pages numbered over the whole document). */
    public static List<Part> form(OrderSheet s) {
        List<Part> parts = new ArrayList<>();
        Map<String, Object> first = header(s);
        first.put("ORDER_TITLE", first.get("TITLE"));
        first.put("TITLE", SECTION_I);
        parts.add(new Part("order/general", first, general(s)));
        parts.add(new Part("order/volumes", params(s, SECTION_II), volumes(s)));
        parts.add(new Part("order/quality", params(s, SECTION_III), quality(s)));
        parts.add(new Part("order/standards", params(s, SECTION_IV), standards(s)));
        return parts;
    }

    /** A file name such as {@code social-order-2024-v1.pdf}. */
    public static String fileName(OrderSheet s, String extension) {
        String ext = extension == null ? "" : extension.startsWith(".") ? extension.substring(1) : extension;
        return "social-order-" + s.fiscalYear() + "-v" + s.versionNumber() + (ext.isEmpty() ? "" : "." + ext);
    }

    private static Map<String, Object> header(OrderSheet s) {
        Map<String, Object> p = params(s, title(s));
        OrderSheet.Approval a = s.approval();
        p.put("APPROVAL_POSITION", a == null ? null : a.position());
        p.put("APPROVAL_NAME", a == null ? null : a.name());
        p.put("APPROVAL_DATE", a == null || a.date() == null ? null : DATE.format(a.date()));
        p.put("AS_OF", asOf(s.asOfDate()));
        p.put("DATE", s.asOfDate() == null ? null : DATE.format(s.asOfDate()));
        OrderSheet.Authority au = s.authority();
        p.put("OKPO", au == null ? null : au.okpo());
        p.put("BUDGET_CHAPTER", au == null ? null : au.budgetChapter());
        p.put("OKTMO", au == null ? null : au.oktmo());
        p.put("AUTHORITY", au == null ? null : au.fullName());
        p.put("BUDGET", s.budgetName());
        p.put("STATUS", status(s));
        p.put("DIRECTION", s.direction());
        return p;
    }

    private static Map<String, Object> params(OrderSheet s, String title) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("TITLE", title);
        p.put("FOOTER", footer(s));
        return p;
    }

    /** Section I: a table per period; lines × periods, with the period's number and title and, if the units agree, its totals. */
    private static List<Map<String, ?>> general(OrderSheet s) {
        List<Map<String, ?>> rows = new ArrayList<>();
        OrderTotals totals = OrderTotals.of(s.lines());
        int n = 0;
        for (Period period : s.periods()) {
            n++;
            String title = n + ". Общие сведения о государственном (муниципальном) социальном заказе " + period.label();
            OrderTotals.Period sums = totals.period(period.year()).orElse(null);
            for (Line l : s.lines()) {
                Volume v = volume(l, period.year());
                Map<String, Object> r = new HashMap<>();
                r.put("periodNo", n);
                r.put("periodTitle", title);
                r.put("service", l.serviceName());
                r.put("determinationYear", year(l.determinationYear()));
                r.put("place", l.place());
                r.put("indicator", l.volumeIndicator());
                r.put("unit", unit(l));
                putVolumes(r, v);
                if (sums != null && sums.isAddedUp()) {
                    r.put("sumUnit", unit(sums.unitName(), sums.unitCode()));
                    r.put("sumTotal", number(sums.volumes().total()));
                    for (Method m : Method.values()) {
                        r.put(sumField(m), number(sums.volumes().get(m)));
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
                    r.put("determinationYear", year(l.determinationYear()));
                    r.put("place", l.place());
                    r.put("indicator", l.volumeIndicator());
                    r.put("unit", unit(l));
                }
                r.put("period", periodText(s, periods.get(i)));
                putVolumes(r, volume(l, periods.get(i).year()));
                rows.add(r);
            }
        }
        return rows;
    }

    /** Section III: a row per line, quality indicator and year; or the single row «Показатели качества не установлены». */
    private static List<Map<String, ?>> quality(OrderSheet s) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Line l : s.lines()) {
            List<List<Quality>> indicators = indicators(l);
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
                        r.put("unit", unit(q.unitName(), q.unitCode()));
                    }
                    r.put("year", String.valueOf(q.year()));
                    r.put("value", q.value() == null ? DASH : number(q.value()));
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

    /** Section IV: a row per service with the act that sets its standard (procedure); lines of the same service and act once. */
    private static List<Map<String, ?>> standards(OrderSheet s) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (String[] st : standardRows(s)) {
            Map<String, Object> r = new HashMap<>();
            r.put("service", st[0]);
            r.put("registryNumber", st[1]);
            r.put("act", st[2]);
            rows.add(r);
        }
        return rows;
    }

    /** Service name, registry number and act («—» if none) of each line, repeated combinations left out, in order. */
    private static List<String[]> standardRows(OrderSheet s) {
        Map<List<String>, String[]> rows = new LinkedHashMap<>();
        for (Line l : s.lines()) {
            String act = blank(l.standardAct()) ? DASH : l.standardAct().trim();
            rows.putIfAbsent(Arrays.asList(l.serviceName(), l.registryNumber(), act),
                    new String[] {l.serviceName(), l.registryNumber(), act});
        }
        return new ArrayList<>(rows.values());
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
        r.put("total", v == null ? null : number(v.total()));
        for (Method m : Method.values()) {
            r.put(m.field(), v == null ? null : number(v.get(m)));
        }
    }

    /** The field of a period's sum by method: {@code sumTreasury}, {@code sumBudgetAutonomous}, … */
    private static String sumField(Method m) {
        return "sum" + Character.toUpperCase(m.field().charAt(0)) + m.field().substring(1);
    }

    // ---------------------------------------------------------------- XLSX

    /** The same four sections as a workbook («Раздел I» … «Раздел IV»): numbers as numbers, header rows bold. */
    public static byte[] xlsx(OrderSheet s) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            sheetI(wb.createSheet("Раздел I"), st, s);
            sheetII(wb.createSheet("Раздел II"), st, s);
            sheetIII(wb.createSheet("Раздел III"), st, s);
            sheetIV(wb.createSheet("Раздел IV"), st, s);
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheetI(Sheet sh, Styles st, OrderSheet s) {
        widths(sh, 48, 14, 24, 28, 18, 14, 16, 16, 16, 16);
        int r = 0;
        Row t = sh.createRow(r++);
        st.text(t, 0, title(s), st.title);
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 9));
        t.setHeightInPoints(32);
        r = field(sh, r, st, "Дата", s.asOfDate() == null ? null : DATE.format(s.asOfDate()));
        r = field(sh, r, st, "Уполномоченный орган", s.authority() == null ? null : s.authority().fullName());
        r = field(sh, r, st, "Наименование бюджета", s.budgetName());
        r = field(sh, r, st, "Статус", status(s));
        r = field(sh, r, st, "Направление деятельности", s.direction());
        if (s.authority() != null) {
            r = field(sh, r, st, "по ОКПО", s.authority().okpo());
            r = field(sh, r, st, "Глава БК", s.authority().budgetChapter());
            r = field(sh, r, st, "по ОКТМО", s.authority().oktmo());
        }
        List<String> periods = new ArrayList<>();
        s.periods().forEach(p -> periods.add(p.label()));
        r = field(sh, r, st, "Периоды", String.join("; ", periods));
        if (s.approval() != null) {
            r = field(sh, r, st, "Утверждено", join(", ", s.approval().position(), s.approval().name(),
                    s.approval().date() == null ? null : DATE.format(s.approval().date())));
        }
        r++;
        st.text(sh.createRow(r++), 0, SECTION_I, st.bold);
        OrderTotals totals = OrderTotals.of(s.lines());
        int n = 0;
        for (Period period : s.periods()) {
            n++;
            r++;
            st.text(sh.createRow(r++), 0, n + ". Общие сведения о государственном (муниципальном) социальном заказе " + period.label(), st.bold);
            Row h1 = sh.createRow(r);
            Row h2 = sh.createRow(r + 1);
            String[] heads = {"Наименование услуги (укрупненной услуги)", "Год определения исполнителей", "Место оказания",
                    "Наименование показателя объема", "Единица измерения (наименование, код по ОКЕИ)", "Значение показателя объема — всего"};
            for (int c = 0; c < heads.length; c++) {
                st.text(h1, c, heads[c], st.head);
                st.text(h2, c, null, st.head);
                sh.addMergedRegion(new CellRangeAddress(r, r + 1, c, c));
            }
            st.text(h1, 6, "из них", st.head);
            for (int c = 7; c < 10; c++) {
                st.text(h1, c, null, st.head);
            }
            sh.addMergedRegion(new CellRangeAddress(r, r, 6, 9));
            for (Method m : Method.values()) {
                st.text(h2, 6 + m.ordinal(), m.label(), st.head);
            }
            h2.setHeightInPoints(45);
            r += 2;
            r = numbering(sh, r, st, 10);
            OrderTotals.Period sums = totals.period(period.year()).orElse(null);
            for (Line l : s.lines()) {
                Row row = sh.createRow(r++);
                st.text(row, 0, l.serviceName(), st.cell);
                integer(row, 1, l.determinationYear(), st);
                st.text(row, 2, l.place(), st.cell);
                st.text(row, 3, l.volumeIndicator(), st.cell);
                st.text(row, 4, unit(l), st.cell);
                volumes(row, 5, volume(l, period.year()), st);
            }
            if (sums != null && sums.isAddedUp()) {
                Row row = sh.createRow(r++);
                st.text(row, 0, "Итого", st.boldCell);
                for (int c = 1; c < 4; c++) {
                    st.text(row, c, null, st.boldCell);
                }
                st.text(row, 4, unit(sums.unitName(), sums.unitCode()), st.boldCell);
                volumes(row, 5, sums.volumes(), st);
            } else if (sums != null) {
                Row row = sh.createRow(r);
                st.text(row, 0, "Итого", st.boldCell);
                st.text(row, 1, sums.note(), st.cell);
                for (int c = 2; c < 10; c++) {
                    st.text(row, c, null, st.cell);
                }
                sh.addMergedRegion(new CellRangeAddress(r, r, 1, 9));
                r++;
            }
        }
    }

    /** Columns 1–5 of sections II and III: the service as the catalogue describes it. */
    private static void serviceCells(Row row, Line l, Styles st) {
        st.text(row, 0, l.serviceName(), st.cell);
        st.text(row, 1, l.registryNumber(), st.cell);
        st.text(row, 2, l.content(), st.cell);
        st.text(row, 3, l.conditions(), st.cell);
        st.text(row, 4, l.consumerCategory(), st.cell);
    }

    private static void sheetII(Sheet sh, Styles st, OrderSheet s) {
        String[] heads = {"Наименование услуги (укрупненной услуги)", "Уникальный номер реестровой записи", "Содержание услуги",
                "Условия (формы) оказания услуги", "Категории потребителей", "Год определения исполнителей", "Место оказания",
                "Период", "Наименование показателя объема", "Единица измерения (наименование, код по ОКЕИ)",
                "Значение показателя объема — всего", Method.TREASURY.label(), Method.BUDGET_AUTONOMOUS.label(),
                Method.COMPETITION.label(), Method.CERTIFICATES.label()};
        widths(sh, 40, 26, 20, 14, 22, 14, 22, 14, 26, 18, 14, 16, 16, 16, 16);
        int r = table(sh, st, SECTION_II, heads);
        for (Line l : s.lines()) {
            for (Period p : s.periods()) {
                Row row = sh.createRow(r++);
                serviceCells(row, l, st);
                integer(row, 5, l.determinationYear(), st);
                st.text(row, 6, l.place(), st.cell);
                if (p.kind() == PlanningPeriod.Kind.BEYOND) {
                    st.text(row, 7, periodText(s, p), st.cell);
                } else {
                    integer(row, 7, p.year(), st);
                }
                st.text(row, 8, l.volumeIndicator(), st.cell);
                st.text(row, 9, unit(l), st.cell);
                volumes(row, 10, volume(l, p.year()), st);
            }
        }
    }

    private static void sheetIII(Sheet sh, Styles st, OrderSheet s) {
        String[] heads = {"Наименование услуги (укрупненной услуги)", "Уникальный номер реестровой записи", "Содержание услуги",
                "Условия (формы) оказания услуги", "Категории потребителей", "Показатель качества — наименование",
                "Показатель качества — единица измерения (наименование, код по ОКЕИ)", "Год", "Значение показателя качества",
                "Предельные допустимые возможные отклонения от показателя качества"};
        widths(sh, 40, 26, 20, 14, 22, 48, 20, 8, 14, 18);
        int r = table(sh, st, SECTION_III, heads);
        int first = r;
        for (Line l : s.lines()) {
            for (List<Quality> years : indicators(l)) {
                for (Quality q : years) {
                    Row row = sh.createRow(r++);
                    serviceCells(row, l, st);
                    st.text(row, 5, q.indicator(), st.cell);
                    st.text(row, 6, unit(q.unitName(), q.unitCode()), st.cell);
                    integer(row, 7, q.year(), st);
                    number(row, 8, q.value(), st);
                    if (q.deviation() == null) {
                        st.text(row, 9, null, st.cell);
                    } else {
                        Cell c = row.createCell(9);
                        c.setCellValue(q.deviation().doubleValue());
                        c.setCellStyle(st.suffixed(q.deviation(), deviationSuffix(q)));
                    }
                }
            }
        }
        if (r == first) {
            Row row = sh.createRow(r);
            st.text(row, 0, NO_QUALITY, st.cell);
            for (int c = 1; c < heads.length; c++) {
                st.text(row, c, null, st.cell);
            }
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, heads.length - 1));
        }
    }

    private static void sheetIV(Sheet sh, Styles st, OrderSheet s) {
        String[] heads = {"Наименование услуги (укрупненной услуги)", "Уникальный номер реестровой записи",
                "Нормативный правовой акт, устанавливающий стандарт (порядок) оказания услуги"};
        widths(sh, 48, 26, 80);
        int r = table(sh, st, SECTION_IV, heads);
        for (String[] standard : standardRows(s)) {
            Row row = sh.createRow(r++);
            st.text(row, 0, standard[0], st.cell);
            st.text(row, 1, standard[1], st.cell);
            st.text(row, 2, standard[2], st.cell);
        }
    }

    /** Section title, one header row, the numbering row; frozen below the header. Returns the first data row. */
    private static int table(Sheet sh, Styles st, String title, String[] heads) {
        Row t = sh.createRow(0);
        st.text(t, 0, title, st.title);
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, heads.length - 1));
        t.setHeightInPoints(32);
        Row h = sh.createRow(1);
        for (int c = 0; c < heads.length; c++) {
            st.text(h, c, heads[c], st.head);
        }
        h.setHeightInPoints(60);
        int r = numbering(sh, 2, st, heads.length);
        sh.createFreezePane(0, r);
        return r;
    }

    private static int numbering(Sheet sh, int r, Styles st, int columns) {
        Row row = sh.createRow(r);
        for (int c = 0; c < columns; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(String.valueOf(c + 1));
            cell.setCellStyle(st.head);
        }
        return r + 1;
    }

    private static int field(Sheet sh, int r, Styles st, String label, String value) {
        Row row = sh.createRow(r);
        st.text(row, 0, label, st.bold);
        st.text(row, 1, value, st.plain);
        sh.addMergedRegion(new CellRangeAddress(r, r, 1, 9));
        return r + 1;
    }

    /** Total and the methods in five cells from column {@code c}; empty cells without a volume. */
    private static void volumes(Row row, int c, Volume v, Styles st) {
        volumes(row, c, v == null ? null : v.volumes(), st);
    }

    private static void volumes(Row row, int c, Volumes v, Styles st) {
        number(row, c, v == null ? null : v.total(), st);
        for (Method m : Method.values()) {
            number(row, c + 1 + m.ordinal(), v == null ? null : v.get(m), st);
        }
    }

    private static void integer(Row row, int c, Integer value, Styles st) {
        Cell cell = row.createCell(c);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(st.year);
    }

    private static void number(Row row, int c, BigDecimal value, Styles st) {
        Cell cell = row.createCell(c);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(value != null && isInteger(value) ? st.integer : st.decimal);
    }

    private static void widths(Sheet sh, int... chars) {
        for (int c = 0; c < chars.length; c++) {
            sh.setColumnWidth(c, chars[c] * 256);
        }
    }

    /** The cell styles of the workbook, made once (a workbook holds at most 64 000 of them). */
    private static final class Styles {
        final SXSSFWorkbook wb;
        final DataFormat format;
        final CellStyle title;
        final CellStyle bold;
        final CellStyle plain;
        final CellStyle head;
        final CellStyle cell;
        final CellStyle boldCell;
        final CellStyle year;
        final CellStyle integer;
        final CellStyle decimal;
        final Map<String, CellStyle> suffixed = new HashMap<>();
        final FormulaGuard.Cells texts;

        Styles(SXSSFWorkbook wb) {
            this.wb = wb;
            texts = FormulaGuard.cells(wb);
            format = wb.createDataFormat();
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 12);
            title = wb.createCellStyle();
            title.setFont(titleFont);
            title.setWrapText(true);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            plain = wb.createCellStyle();
            plain.setWrapText(true);
            head = bordered();
            head.setFont(boldFont);
            head.setAlignment(HorizontalAlignment.CENTER);
            head.setVerticalAlignment(VerticalAlignment.CENTER);
            cell = bordered();
            boldCell = bordered();
            boldCell.setFont(boldFont);
            year = bordered();
            year.setAlignment(HorizontalAlignment.CENTER);
            year.setDataFormat(format.getFormat("0"));
            integer = bordered();
            integer.setDataFormat(format.getFormat("#,##0"));
            decimal = bordered();
            decimal.setDataFormat(format.getFormat("#,##0.0###"));
        }

        /** A text cell (empty when null); text a spreadsheet could take for a formula stays text ({@link FormulaGuard}). */
        void text(Row row, int c, String value, CellStyle style) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(style);
            texts.text(cell, value);
        }

        private CellStyle bordered() {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(true);
            return s;
        }

        /** A number shown with its unit, e.g. 10 as «10 %»: the cell stays numeric; the suffix is escaped, not quoted. */
        CellStyle suffixed(BigDecimal value, String suffix) {
            StringBuilder f = new StringBuilder(isInteger(value) ? "#,##0" : "#,##0.0###");
            for (char c : (" " + suffix).toCharArray()) {
                f.append('\\').append(c);
            }
            return suffixed.computeIfAbsent(f.toString(), k -> {
                CellStyle s = bordered();
                s.setDataFormat(format.getFormat(k));
                return s;
            });
        }
    }

    // ---------------------------------------------------------------- shared

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
        return "на «" + String.format("%02d", d.getDayOfMonth()) + "» " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear() + " г.";
    }

    static String status(OrderSheet s) {
        return join(", ", s.kind(), "версия " + s.versionNumber());
    }

    private static String footer(OrderSheet s) {
        return "Социальный заказ на " + s.fiscalYear() + " год, версия " + s.versionNumber()
                + (s.authority() == null || s.authority().shortName() == null ? "" : " — " + s.authority().shortName());
    }

    private static String periodText(OrderSheet s, Period p) {
        return p.kind() == PlanningPeriod.Kind.BEYOND ? s.planningPeriod().yearsText(p.year()) : String.valueOf(p.year());
    }

    private static Volume volume(Line l, int year) {
        for (Volume v : l.volumes()) {
            if (v.year() == year) {
                return v;
            }
        }
        return null;
    }

    /** The quality indicators of a line, each with its years in order (the sheet lists them by year). */
    private static List<List<Quality>> indicators(Line l) {
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

    private static String unit(Line l) {
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
        return number(q.deviation()) + "\u00A0" + deviationSuffix(q);
    }

    private static String deviationSuffix(Quality q) {
        if (q.deviationInPercent()) {
            return "%";
        }
        String code = q.unitCode() == null ? "" : q.unitCode();
        return switch (code) {
            case "792" -> "чел.";
            case "539" -> "чел.-ч";
            case "540" -> "чел.-дн.";
            case "744" -> "%";
            case "642" -> "ед.";
            case "356" -> "ч";
            case "359" -> "сут.";
            case "366" -> "лет";
            case "698" -> "мест";
            case "383" -> "руб.";
            case "384" -> "тыс. руб.";
            case "5451" -> "посещ.";
            case "9642" -> "балл.";
            default -> q.unitName() == null ? "" : q.unitName().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** «12 000», «12,5», «0»: no trailing zeros, thousands grouped, decimal comma. */
    static String number(BigDecimal v) {
        if (v == null) {
            return null;
        }
        String plain = v.stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder sb = new StringBuilder(plain.length() + 4);
        if (negative) {
            sb.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(GROUP);
            }
            sb.append(whole.charAt(i));
        }
        if (dot >= 0) {
            sb.append(',').append(plain, dot + 1, plain.length());
        }
        return sb.toString();
    }

    private static String year(Integer y) {
        return y == null ? null : y.toString();
    }

    private static boolean isInteger(BigDecimal v) {
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String join(String sep, String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (!blank(p)) {
                present.add(p);
            }
        }
        return String.join(sep, present);
    }
}
