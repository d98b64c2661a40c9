package ru.socorder.service.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list as XLSX (streaming, any length) or CSV (UTF-8 with BOM, semicolons: what Russian Excel opens). Text
 * that a spreadsheet could take for a formula is neutralised by {@link FormulaGuard}.
 */
public final class TableWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A column: its Russian header and how to get the cell value from a row. */
    public record Column<T>(String header, Function<T, Object> value) {
    }

    /** A file ready to be sent: name, content type, bytes. */
    public record ExportFile(String fileName, String contentType, byte[] content) {
    }

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv;charset=UTF-8";

    private TableWriter() {
    }

    /** {@code format}: xlsx (also when not given) or csv; anything else is refused naming the parameter. */
    public static <T> ExportFile write(String format, String baseName, List<Column<T>> columns, Iterable<T> rows) {
        requireFormat(format);
        return "csv".equalsIgnoreCase(format)
                ? new ExportFile(baseName + ".csv", CSV, csv(columns, rows))
                : new ExportFile(baseName + ".xlsx", XLSX, xlsx(baseName, columns, rows));
    }

    /** Checks the requested export format before anything is read: xlsx or csv. */
    public static void requireFormat(String format) {
        if (format != null && !format.isBlank() && !"csv".equalsIgnoreCase(format.strip()) && !"xlsx".equalsIgnoreCase(format.strip())) {
            throw new ru.socorder.service.common.ValidationFailed("format", "Формат выгрузки «" + format
                    + "» не поддерживается: укажите xlsx или csv");
        }
    }

    public static <T> byte[] csv(List<Column<T>> columns, Iterable<T> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, columns.stream().map(Column::header).map(h -> (Object) h).toList());
        for (T row : rows) {
            line(sb, columns.stream().map(c -> c.value().apply(row)).toList());
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(';');
            }
            Object value = cells.get(i);
            // a number such as -12,5 is a number to Excel, not text to neutralise
            sb.append(value instanceof Number ? text(value) : FormulaGuard.csvField(text(value)));
        }
        sb.append("\r\n");
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (value instanceof Boolean b) {
            return b ? "да" : "нет";
        }
        return value.toString();
    }

    public static <T> byte[] xlsx(String sheetName, List<Column<T>> columns, Iterable<T> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            FormulaGuard.Cells texts = FormulaGuard.cells(wb);
            Sheet sheet = wb.createSheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellStyle(bold);
                texts.text(header.getCell(c), columns.get(c).header());
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, columns.get(c).header().length() + 2)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (T row : rows) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Object v = columns.get(c).value().apply(row);
                    if (v instanceof BigDecimal b) {
                        line.createCell(c).setCellValue(b.doubleValue());
                    } else if (v instanceof Number n && !(v instanceof Long && columns.get(c).header().contains("ИНН"))) {
                        line.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        texts.text(line.createCell(c), text(v));
                    }
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
