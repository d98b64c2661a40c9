package ru.socorder.service.order;

import static ru.socorder.service.order.OrderFormText.NO_QUALITY;
import static ru.socorder.service.order.OrderFormText.SECTION_I;
import static ru.socorder.service.order.OrderFormText.SECTION_II;
import static ru.socorder.service.order.OrderFormText.SECTION_III;
import static ru.socorder.service.order.OrderFormText.SECTION_IV;
import static ru.socorder.service.order.OrderFormText.deviationSuffix;
import static ru.socorder.service.order.OrderFormText.indicators;
import static ru.socorder.service.order.OrderFormText.join;
import static ru.socorder.service.order.OrderFormText.periodText;
import static ru.socorder.service.order.OrderFormText.standardRows;
import static ru.socorder.service.order.OrderFormText.unit;
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
        widths(sh, 48, 14, 24, 28, 18, 14, 16, 16, 16, 16);
        int r = 0;
        Row t = sh.createRow(r++);
        st.text(t, 0, OrderFormText.title(s), st.title);
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 9));
        t.setHeightInPoints(32);
        r = field(sh, r, st, "Дата", RussianText.date(s.asOfDate()));
        r = field(sh, r, st, "Уполномоченный орган", s.authority() == null ? null : s.authority().fullName());
        r = field(sh, r, st, "Наименование бюджета", s.budgetName());
        r = field(sh, r, st, "Статус", OrderFormText.status(s));
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
                    RussianText.date(s.approval().date())));
        }
        r++;
        st.text(sh.createRow(r++), 0, SECTION_I, st.bold);
        OrderTotals totals = OrderTotals.of(s.lines());
        int n = 0;
        for (Period period : s.periods()) {
            n++;
            r++;
            st.text(sh.createRow(r++), 0, OrderFormText.periodTitle(n, period), st.bold);
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
    private static void serviceCells(Row row, Line l, OrderWorkbookStyles st) {
        st.text(row, 0, l.serviceName(), st.cell);
        st.text(row, 1, l.registryNumber(), st.cell);
        st.text(row, 2, l.content(), st.cell);
        st.text(row, 3, l.conditions(), st.cell);
        st.text(row, 4, l.consumerCategory(), st.cell);
    }

    private static void sheetII(Sheet sh, OrderWorkbookStyles st, OrderSheet s) {
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

    private static void sheetIII(Sheet sh, OrderWorkbookStyles st, OrderSheet s) {
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

    private static void sheetIV(Sheet sh, OrderWorkbookStyles st, OrderSheet s) {
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
