package ru.socorder.service.order;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.socorder.service.exchange.FormulaGuard;

/** The cell styles of the order's workbook ({@link OrderWorkbook}), made once (a workbook holds at most 64 000 of them). */
final class OrderWorkbookStyles {
    /** Excel's number formats: thousands grouped (by the reader's locale), up to four decimals, no trailing zeros. */
    private static final String INTEGER = "#,##0";
    private static final String DECIMAL = "#,##0.0###";

    private final SXSSFWorkbook wb;
    private final DataFormat format;
    final CellStyle title;
    final CellStyle bold;
    final CellStyle plain;
    final CellStyle head;
    final CellStyle cell;
    final CellStyle boldCell;
    final CellStyle year;
    final CellStyle integer;
    final CellStyle decimal;
    private final Map<String, CellStyle> suffixed = new HashMap<>();
    private final FormulaGuard.Cells texts;

    OrderWorkbookStyles(SXSSFWorkbook wb) {
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
        integer.setDataFormat(format.getFormat(INTEGER));
        decimal = bordered();
        decimal.setDataFormat(format.getFormat(DECIMAL));
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
        StringBuilder f = new StringBuilder(isInteger(value) ? INTEGER : DECIMAL);
        for (char c : (" " + suffix).toCharArray()) {
            f.append('\\').append(c);
        }
        return suffixed.computeIfAbsent(f.toString(), k -> {
            CellStyle s = bordered();
            s.setDataFormat(format.getFormat(k));
            return s;
        });
    }

    /** Whether the number has no fraction (written with the integer format). */
    static boolean isInteger(BigDecimal v) {
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }
}
