package ru.socorder.service.exchange;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.socorder.model.common.RussianText;

/**
 * Writes a list as XLSX or CSV (UTF-8 with BOM, semicolons: what Russian Excel opens), streaming: the file is written
 * straight to the response while the rows are read page by page ({@link #paged}), so the heap holds one page of rows
 * and a window of {@value #WINDOW} spreadsheet rows (POI SXSSF; the rest goes to a compressed temporary file), however
 * long the list. Text that a spreadsheet could take for a formula is neutralised by {@link FormulaGuard}.
 */
public final class TableWriter {

    /** A column: its Russian header and how to get the cell value from a row. */
    public record Column<T>(String header, Function<T, Object> value) {
    }

    /** Spreadsheet rows kept in memory while an XLSX is written. */
    static final int WINDOW = 100;

    /** Writes the file's bytes to a stream (the response) when it is sent. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A file to be sent: name, content type, and its body, written when the response is. */
    public record ExportFile(String fileName, String contentType, Body body) {
        /** The whole file in memory (tests, small files). */
        public byte[] content() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                body.writeTo(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }

    /** One page of rows: {@code size} rows from {@code first} (fewer on the last page). */
    @FunctionalInterface
    public interface Pages<T> {
        List<T> read(int first, int size);
    }

    /** The rows of all pages, read one page at a time as the writer goes; each iteration reads them again. */
    public static <T> Iterable<T> paged(Pages<T> pages, int size) {
        return () -> new Iterator<T>() {
            private List<T> page = List.of();
            private int index;
            private int first;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                page = pages.read(first, size);
                first += size;
                index = 0;
                last = page.size() < size;
                return !page.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(index++);
            }
        };
    }

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv;charset=UTF-8";

    private TableWriter() {
    }

    /** {@code format}: xlsx (also when not given) or csv; anything else is refused naming the parameter. */
    public static <T> ExportFile write(String format, String baseName, List<Column<T>> columns, Iterable<T> rows) {
        requireFormat(format);
        return "csv".equalsIgnoreCase(format == null ? null : format.strip())
                ? new ExportFile(baseName + ".csv", CSV, out -> csv(columns, rows, out))
                : new ExportFile(baseName + ".xlsx", XLSX, out -> xlsx(baseName, columns, rows, out));
    }

    /** Checks the requested export format before anything is read: xlsx or csv. */
    public static void requireFormat(String format) {
        if (format != null && !format.isBlank() && !"csv".equalsIgnoreCase(format.strip()) && !"xlsx".equalsIgnoreCase(format.strip())) {
            throw new ru.socorder.service.common.ValidationFailed("format", "Формат выгрузки «" + format
                    + "» не поддерживается: укажите xlsx или csv");
        }
    }

    public static <T> byte[] csv(List<Column<T>> columns, Iterable<T> rows) {
        return new ExportFile("x.csv", CSV, out -> csv(columns, rows, out)).content();
    }

    /** Writes the CSV row by row to the stream (which stays open). */
    public static <T> void csv(List<Column<T>> columns, Iterable<T> rows, OutputStream out) throws IOException {
        CsvLines csv = csvLines(out);
        csv.line(columns.stream().map(Column::header).map(h -> (Object) h).toList());
        for (T row : rows) {
            csv.line(columns.stream().map(c -> c.value().apply(row)).toList());
        }
        csv.flush();
    }

    /** A CSV written a line at a time as the rows come (UTF-8 with BOM, semicolons, texts formula-safe). */
    public static CsvLines csvLines(OutputStream out) throws IOException {
        return new CsvLines(out);
    }

    /** See {@link #csvLines}; the stream stays open, {@link #flush} at the end. */
    public static final class CsvLines {
        private final Writer w;

        private CsvLines(OutputStream out) throws IOException {
            w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            w.write('\uFEFF');
        }

        public void line(List<?> cells) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    w.write(';');
                }
                Object value = cells.get(i);
                // a number such as -12,5 is a number to Excel, not text to neutralise
                w.write(value instanceof Number ? text(value) : FormulaGuard.csvField(text(value)));
            }
            w.write("\r\n");
        }

        public void flush() throws IOException {
            w.flush();
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return RussianText.date(d);
        }
        if (value instanceof BigDecimal b) {
            return RussianText.ungrouped(b);
        }
        if (value instanceof Boolean b) {
            return b ? "да" : "нет";
        }
        return value.toString();
    }

    public static <T> byte[] xlsx(String sheetName, List<Column<T>> columns, Iterable<T> rows) {
        return new ExportFile("x.xlsx", XLSX, out -> xlsx(sheetName, columns, rows, out)).content();
    }

    /** Writes the workbook to the stream (which stays open), keeping {@value #WINDOW} rows in memory. */
    public static <T> void xlsx(String sheetName, List<Column<T>> columns, Iterable<T> rows, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        wb.setCompressTempFiles(true);
        try {
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
        } finally {
            wb.dispose();
            wb.close();
        }
    }
}
