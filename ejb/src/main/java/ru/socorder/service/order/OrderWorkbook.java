package ru.socorder.service.order;

import static ru.socorder.service.order.OrderFormText.NONE_SET;
import static ru.socorder.service.order.OrderFormText.NO_ACTUALS;
import static ru.socorder.service.order.OrderFormText.NO_QUALITY;
import static ru.socorder.service.order.OrderFormText.deviationSuffix;
import static ru.socorder.service.order.OrderFormText.indicators;
import static ru.socorder.service.order.OrderFormText.join;
import static ru.socorder.service.order.OrderFormText.periodText;
import static ru.socorder.service.order.OrderFormText.volume;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.socorder.model.catalog.OrderFormOptions;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.PlanningPeriod;
import ru.socorder.model.order.Volumes;
import ru.socorder.service.order.OrderSheet.Line;
import ru.socorder.service.order.OrderSheet.Period;
import ru.socorder.service.order.OrderSheet.Quality;
import ru.socorder.service.order.OrderSheet.Volume;

/**
 * The social order's form of decree 1613 as a workbook clerks edit in Excel: the same four sections as the printed form
 * ({@link OrderPrinter}), one sheet each, with numbers as numbers (grouped by the cell format), header rows bold and
 * frozen, text that looks like a formula kept as text ({@link ru.socorder.service.exchange.FormulaGuard}). Its look is
 * {@link OrderWorkbookStyles}'; what it says is {@link OrderFormText}'s. Plain class, no container.
 */
public final class OrderWorkbook {
    private OrderWorkbook() {
    }

    /** The four sections as a workbook («Раздел I» … «Раздел IV»): numbers as numbers, header rows bold. */
    public static byte[] xlsx(OrderSheet s) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OrderWorkbookStyles st = new OrderWorkbookStyles(wb);
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

    private static void sheetI(Sheet sh, OrderWorkbookStyles st, OrderSheet s) {
        widths(sh, 48, 14, 24, 28, 16, 8, 14, 16, 16, 16, 16);
        OrderFormText.Level lv = OrderFormText.Level.of(s);
        int r = 0;
        Row t = sh.createRow(r++);
        st.text(t, 0, OrderFormText.title(s), st.title);
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 9));
        t.setHeightInPoints(32);
        if (!s.approved()) {
            st.text(sh.createRow(r++), 0, "ПРОЕКТ", st.title);
        }
        r = field(sh, r, st, "По состоянию", OrderFormText.asOf(s.asOfDate()));
        r = field(sh, r, st, "Уполномоченный орган", s.authority() == null ? null : s.authority().fullName());
        r = field(sh, r, st, "Наименование бюджета", s.budgetName());
        r = field(sh, r, st, "Статус", OrderFormText.status(s));
        r = field(sh, r, st, "Направление деятельности", s.direction());
        for (java.util.Map.Entry<String, String> code : s.codes()) {
            r = field(sh, r, st, code.getKey(), code.getValue());
        }
        List<String> periods = new ArrayList<>();
        s.periods().forEach(p -> periods.add(p.label()));
        r = field(sh, r, st, "Периоды", String.join("; ", periods));
        if (s.approval() != null && s.form().approvalBlock()) {
            r = field(sh, r, st, "Утверждено", join(", ", s.approval().position(), s.approval().name(),
                    RussianText.date(s.approval().date())));
        }
        r++;
        st.text(sh.createRow(r++), 0, OrderFormText.sectionI(s), st.bold);
        java.util.Map<Integer, String> names = OrderFormText.serviceNames(s);
        OrderTotals totals = OrderTotals.of(s.lines());
        int n = 0;
        for (Period period : s.periods()) {
            n++;
            r++;
            st.text(sh.createRow(r++), 0, OrderFormText.periodTitle(s, n, period), st.bold);
            Row h1 = sh.createRow(r);
            Row h2 = sh.createRow(r + 1);
            String[] heads = {"Наименование " + lv.service() + " (укрупненной " + lv.service() + ")",
                    "Год определения исполнителей " + lv.service(), "Место оказания " + lv.service(),
                    "Наименование показателя, характеризующего объем оказания " + lv.service(), null, null,
                    "Значение показателя объема — всего"};
            for (int c = 0; c < heads.length; c++) {
                if (heads[c] != null) {
                    st.text(h1, c, heads[c], st.head);
                    st.text(h2, c, null, st.head);
                    sh.addMergedRegion(new CellRangeAddress(r, r + 1, c, c));
                }
            }
            st.text(h1, 4, "Единица измерения", st.head);
            st.text(h1, 5, null, st.head);
            sh.addMergedRegion(new CellRangeAddress(r, r, 4, 5));
            st.text(h2, 4, "наименование", st.head);
            st.text(h2, 5, "код по ОКЕИ", st.head);
            st.text(h1, 7, "из них", st.head);
            for (int c = 8; c < 11; c++) {
                st.text(h1, c, null, st.head);
            }
            sh.addMergedRegion(new CellRangeAddress(r, r, 7, 10));
            for (Method m : Method.values()) {
                st.text(h2, 7 + m.ordinal(), m.label(), st.head);
            }
            h2.setHeightInPoints(45);
            r += 2;
            r = numbering(sh, r, st, 11);
            OrderTotals.Period sums = totals.period(period.year()).orElse(null);
            for (Line l : s.lines()) {
                Row row = sh.createRow(r++);
                st.text(row, 0, names.get(l.no()), st.cell);
                integer(row, 1, l.determinationYear(), st);
                st.text(row, 2, l.place(), st.cell);
                st.text(row, 3, l.volumeIndicator(), st.cell);
                st.text(row, 4, l.unitName(), st.cell);
                st.text(row, 5, l.unitCode(), st.cell);
                volumes(row, 6, volume(l, period.year()), st);
            }
            if (sums != null && sums.isAddedUp()) {
                Row row = sh.createRow(r++);
                st.text(row, 0, "Итого", st.boldCell);
                for (int c = 1; c < 4; c++) {
                    st.text(row, c, null, st.boldCell);
                }
                st.text(row, 4, sums.unitName(), st.boldCell);
                st.text(row, 5, sums.unitCode(), st.boldCell);
                volumes(row, 6, sums.volumes(), st);
            } else if (sums != null) {
                Row row = sh.createRow(r);
                st.text(row, 0, "Итого", st.boldCell);
                st.text(row, 1, sums.note(), st.cell);
                for (int c = 2; c < 11; c++) {
                    st.text(row, c, null, st.cell);
                }
                sh.addMergedRegion(new CellRangeAddress(r, r, 1, 10));
                r++;
            }
        }
    }

    /** Columns 1–5 of sections II and III: the service as the catalogue describes it. */
    private static void serviceCells(Row row, Line l, OrderWorkbookStyles st) {
        st.text(row, 0, l.serviceName(), st.cell);
        st.text(row, 1, l.registryNumber(), st.cell);
        st.text(row, 2, l.content(), st.cell);
        st.text(row, 3, l.conditions(), st.cell);
        st.text(row, 4, l.consumerCategory(), st.cell);
    }

    /** The captions of columns 1–5 of sections II and III at the order's level. */
    private static String[] serviceHeads(OrderFormText.Level lv) {
        return new String[] {"Наименование " + lv.service() + " (укрупненной " + lv.service() + ")", "Уникальный номер реестровой записи",
                "Содержание " + lv.service(), "Условия (формы) оказания " + lv.service(), "Категории потребителей " + lv.services()};
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Section II; the columns «Уполномоченный орган» and «Срок оказания» where the territory's form has them. */
    private static void sheetII(Sheet sh, OrderWorkbookStyles st, OrderSheet s) {
        OrderFormText.Level lv = OrderFormText.Level.of(s);
        OrderFormOptions form = s.form();
        List<String> heads = new ArrayList<>(List.of(serviceHeads(lv)));
        List<Integer> widths = new ArrayList<>(List.of(40, 26, 20, 14, 22));
        if (form.authorityColumn()) {
            heads.add("Уполномоченный орган");
            widths.add(30);
        }
        if (form.termColumn()) {
            heads.add("Срок оказания " + lv.service());
            widths.add(14);
        }
        heads.addAll(List.of("Год определения исполнителей " + lv.services(), "Место оказания " + lv.service(),
                "Период", "Наименование показателя, характеризующего объем", "Единица измерения — наименование",
                "Единица измерения — код по ОКЕИ", "Значение показателя объема — всего", Method.TREASURY.label(),
                Method.BUDGET_AUTONOMOUS.label(), Method.COMPETITION.label(), Method.CERTIFICATES.label()));
        widths.addAll(List.of(14, 22, 14, 26, 16, 8, 14, 16, 16, 16, 16));
        widths(sh, widths.stream().mapToInt(Integer::intValue).toArray());
        int r = table(sh, st, OrderFormText.sectionII(s), heads.toArray(String[]::new));
        for (Line l : s.lines()) {
            for (Period p : s.periods()) {
                Row row = sh.createRow(r++);
                serviceCells(row, l, st);
                int c = 5;
                if (form.authorityColumn()) {
                    st.text(row, c++, OrderFormText.authorityColumn(s), st.cell);
                }
                if (form.termColumn()) {
                    st.text(row, c++, OrderFormText.term(l), st.cell);
                }
                integer(row, c++, l.determinationYear(), st);
                st.text(row, c++, l.place(), st.cell);
                if (p.kind() == PlanningPeriod.Kind.BEYOND) {
                    st.text(row, c++, periodText(s, p), st.cell);
                } else {
                    integer(row, c++, p.year(), st);
                }
                st.text(row, c++, l.volumeIndicator(), st.cell);
                st.text(row, c++, l.unitName(), st.cell);
                st.text(row, c++, l.unitCode(), st.cell);
                volumes(row, c, volume(l, p.year()), st);
            }
        }
    }

    private static void sheetIII(Sheet sh, OrderWorkbookStyles st, OrderSheet s) {
        OrderFormText.Level lv = OrderFormText.Level.of(s);
        String[] heads = concat(serviceHeads(lv), "Показатель, характеризующий качество оказания " + lv.service() + " — наименование",
                "Единица измерения — наименование", "Единица измерения — код по ОКЕИ", "Год", "Значение показателя качества",
                "Предельные допустимые возможные отклонения от показателя качества");
        widths(sh, 40, 26, 20, 14, 22, 48, 16, 8, 8, 14, 18);
        int r = table(sh, st, OrderFormText.sectionIII(s), heads);
        int first = r;
        for (Line l : s.lines()) {
            if (indicators(l).isEmpty()) {
                Row row = sh.createRow(r++);
                serviceCells(row, l, st);
                st.text(row, 5, NONE_SET, st.cell);
                for (int c = 6; c < heads.length; c++) {
                    st.text(row, c, null, st.cell);
                }
            }
            for (List<Quality> years : indicators(l)) {
                for (Quality q : years) {
                    Row row = sh.createRow(r++);
                    serviceCells(row, l, st);
                    st.text(row, 5, q.indicator(), st.cell);
                    st.text(row, 6, q.unitName(), st.cell);
                    st.text(row, 7, q.unitCode(), st.cell);
                    integer(row, 8, q.year(), st);
                    number(row, 9, q.value(), st);
                    if (q.deviation() == null) {
                        st.text(row, 10, null, st.cell);
                    } else {
                        Cell c = row.createCell(10);
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

    /** Section IV: the actual volume and quality per executor; blank until the execution of the order is reported. */
    private static void sheetIV(Sheet sh, OrderWorkbookStyles st, OrderSheet s) {
        OrderFormText.Level lv = OrderFormText.Level.of(s);
        String[] heads = {"Исполнитель " + lv.service(), "Уникальный номер реестровой записи", "Наименование " + lv.service(),
                "Условия (формы) оказания " + lv.service(), "Категории потребителей " + lv.services(),
                "Год определения исполнителей " + lv.services(), "Место оказания " + lv.service(),
                "Показатель, характеризующий качество оказания " + lv.service(), "Значение фактического показателя качества",
                "Фактическое отклонение от показателя качества", "Показатель, характеризующий объем оказания " + lv.service(),
                "Значение фактического показателя объема", "Фактическое отклонение от показателя объема"};
        if (!s.form().actualVolumeColumns()) {
            heads = java.util.Arrays.copyOf(heads, heads.length - 3);
        }
        widths(sh, 30, 26, 30, 14, 22, 14, 22, 30, 16, 16, 30, 16, 16);
        int r = table(sh, st, OrderFormText.sectionIV(s), heads);
        Row row = sh.createRow(r);
        st.text(row, 0, NO_ACTUALS, st.cell);
        for (int c = 1; c < heads.length; c++) {
            st.text(row, c, null, st.cell);
        }
        sh.addMergedRegion(new CellRangeAddress(r, r, 0, heads.length - 1));
    }

    /** Section title, one header row, the numbering row; frozen below the header. Returns the first data row. */
    private static int table(Sheet sh, OrderWorkbookStyles st, String title, String[] heads) {
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

    private static int numbering(Sheet sh, int r, OrderWorkbookStyles st, int columns) {
        Row row = sh.createRow(r);
        for (int c = 0; c < columns; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(String.valueOf(c + 1));
            cell.setCellStyle(st.head);
        }
        return r + 1;
    }

    private static int field(Sheet sh, int r, OrderWorkbookStyles st, String label, String value) {
        Row row = sh.createRow(r);
        st.text(row, 0, label, st.bold);
        st.text(row, 1, value, st.plain);
        sh.addMergedRegion(new CellRangeAddress(r, r, 1, 9));
        return r + 1;
    }

    /** Total and the methods in five cells from column {@code c}; empty cells without a volume. */
    private static void volumes(Row row, int c, Volume v, OrderWorkbookStyles st) {
        volumes(row, c, v == null ? null : v.volumes(), st);
    }

    private static void volumes(Row row, int c, Volumes v, OrderWorkbookStyles st) {
        number(row, c, v == null ? null : v.total(), st);
        for (Method m : Method.values()) {
            number(row, c + 1 + m.ordinal(), v == null ? null : v.get(m), st);
        }
    }

    private static void integer(Row row, int c, Integer value, OrderWorkbookStyles st) {
        Cell cell = row.createCell(c);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(st.year);
    }

    private static void number(Row row, int c, BigDecimal value, OrderWorkbookStyles st) {
        Cell cell = row.createCell(c);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(value != null && OrderWorkbookStyles.isInteger(value) ? st.integer : st.decimal);
    }

    private static void widths(Sheet sh, int... chars) {
        for (int c = 0; c < chars.length; c++) {
            sh.setColumnWidth(c, chars[c] * 256);
        }
    }
}
