package ru.socorder.service.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import ru.socorder.service.common.ValidationFailed;

/**
 * Reads the first table of a CSV or XLSX file: a header row and data rows as text, the way the clerk sees them in
 * Excel (numbers such as ИНН are not turned into 4.71E9). CSV may be UTF-8 (with or without BOM), UTF-16 with BOM
 * (Excel's «Текст в Юникоде») or Windows-1251, separated by semicolons, commas or tabs. A file that cannot be read is
 * refused with a Russian message for the field {@code file} that names the line and column where possible; the
 * parsers' own (English) messages are never shown.
 * <p>
 * The file is read as a stream ({@link #stream}): a row at a time is handed to the caller, so a file of
 * {@link #MAX_ROWS} rows is never held as rows in memory — CSV through the parser over a reader, XLSX through POI's
 * SAX event model (only the shared strings are kept). {@link #read} collects the rows for the small reference lists.
 */
public final class TableReader {
    public static final int MAX_BYTES = 30 * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;
    private static final String BINARY = "в файле двоичные данные, это не таблица CSV. "
            + "Загрузите CSV (UTF-8 или Windows-1251) или книгу Excel (XLSX)";

    /** Header cells and data rows; {@code rows.get(i)} came from line {@code i + 2} of the file. */
    public record Table(List<String> headers, List<List<String>> rows) {
    }

    /** Receives a table a row at a time: the header first, then each data row with its line (the header is 1). */
    public interface Rows {
        void header(List<String> headers);

        void row(int line, List<String> cells);
    }

    private TableReader() {
    }

    public static Table read(String fileName, byte[] content) {
        List<String> headers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        stream(fileName, content, new Rows() {
            @Override
            public void header(List<String> h) {
                headers.addAll(h);
            }

            @Override
            public void row(int line, List<String> cells) {
                rows.add(cells);
            }
        });
        return new Table(List.copyOf(headers), rows);
    }

    /**
     * Reads the file a row at a time. Data rows are numbered from 2 in the order they are handed over (blank rows
     * between XLSX rows are handed over empty, so a number is the sheet's row); a file without a header row, with
     * more than {@link #MAX_ROWS} rows or that cannot be read is refused ({@link ValidationFailed} for {@code file}).
     */
    public static void stream(String fileName, byte[] content, Rows rows) {
        String name = fileName == null || fileName.isBlank() ? "" : FileNames.clean("fileName", fileName, 255).toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw new ValidationFailed("file", "Файл пустой");
        }
        if (content.length > MAX_BYTES) {
            throw new ValidationFailed("file", "Файл больше " + MAX_BYTES / 1024 / 1024 + " МБ");
        }
        boolean ole2 = content.length > 8 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0;
        if (ole2 || name.endsWith(".xls")) { // an XLSX with a password is an OLE2 file too
            throw new ValidationFailed("file", "Старый формат Excel (XLS) и книги, защищённые паролем, не поддерживаются: "
                    + "сохраните файл как XLSX без пароля или CSV");
        }
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        Numbered numbered = new Numbered(rows);
        if (zip || name.endsWith(".xlsx")) {
            if (!zip) {
                throw new ValidationFailed("file", "Файл не является книгой Excel (XLSX): сохраните его в Excel как XLSX или CSV");
            }
            xlsx(content, numbered);
        } else {
            csv(content, numbered);
        }
        if (!numbered.headerSeen) {
            throw new ValidationFailed("file", "В файле нет ни одной строки");
        }
    }

    /** Numbers the rows, keeps the limit and hands the first row over as the header. */
    private static final class Numbered {
        private final Rows target;
        private boolean headerSeen;
        private int line;

        Numbered(Rows target) {
            this.target = target;
        }

        void accept(List<String> cells) {
            if (!headerSeen) {
                headerSeen = true;
                line = 1;
                target.header(cells.stream().map(String::trim).toList());
                return;
            }
            if (++line > MAX_ROWS + 1) {
                throw new ValidationFailed("file", "В файле больше " + MAX_ROWS + " строк: разделите его на части");
            }
            target.row(line, cells);
        }
    }

    /** The charset of a CSV file and where its text starts (after a byte order mark). */
    record Encoding(Charset charset, int offset) {
    }

    static Encoding encoding(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // strict UTF-8 over the whole file through a small buffer: no copy of the text is made
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = utf8.decode(in, out, true);
            if (r.isError()) {
                return new Encoding(Charset.forName("windows-1251"), 0);
            }
            out.clear();
            if (r.isUnderflow()) {
                break;
            }
        }
        return new Encoding(StandardCharsets.UTF_8, offset);
    }

    /** The whole text (for the small tests and the rare error report), decoded as {@link #encoding} says. */
    static String decode(byte[] bytes) {
        Encoding e = encoding(bytes);
        return new String(bytes, e.offset(), bytes.length - e.offset(), e.charset());
    }

    private static Reader reader(byte[] content, Encoding e) {
        return new InputStreamReader(new ByteArrayInputStream(content, e.offset(), content.length - e.offset()),
                e.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static void csv(byte[] content, Numbered rows) {
        Encoding encoding = encoding(content);
        char delimiter = mostFrequent(firstLine(content, encoding));
        List<String> headers = new ArrayList<>();
        long line = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(true).get()
                .parse(new TextOnly(reader(content, encoding)))) {
            for (CSVRecord record : parser) {
                List<String> row = new ArrayList<>(record.size());
                record.forEach(row::add);
                if (headers.isEmpty()) {
                    headers.addAll(row);
                }
                line = parser.getCurrentLineNumber();
                rows.accept(row);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Binary b) {
                    throw new ValidationFailed("file", "Строка " + b.line + ": " + BINARY);
                }
            }
            String text = decode(content);
            String where = CsvProblem.find(text, delimiter, headers);
            throw new ValidationFailed("file", "Файл CSV не удалось прочитать: " + (where != null ? where
                    : "после строки " + line + " нарушена структура (проверьте кавычки и разделители)"));
        }
    }

    private static String firstLine(byte[] content, Encoding e) {
        try (Reader r = reader(content, e)) {
            StringBuilder line = new StringBuilder();
            for (int c = r.read(); c != -1 && c != '\n' && c != '\r' && line.length() < 100_000; c = r.read()) {
                line.append((char) c);
            }
            return line.toString();
        } catch (IOException impossible) {
            return "";
        }
    }

    /** Control characters met in the text: the line they are on. */
    private static final class Binary extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        Binary(long line) {
            super("binary content on line " + line);
            this.line = line;
        }
    }

    /**
     * Passes text through and stops at the first control character other than tab and line breaks: a PDF, an image
     * or a UTF-16 file without BOM that happens to decode is not a table.
     */
    private static final class TextOnly extends java.io.FilterReader {
        private long line = 1;

        TextOnly(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c != -1) {
                check((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                check(buffer[i]);
            }
            return n;
        }

        private void check(char c) throws Binary {
            if (c == '\n') {
                line++;
            } else if (c < 0x20 && c != '\t' && c != '\r' && c != '\f' || c == 0x7F) {
                throw new Binary(line);
            }
        }
    }

    private static char mostFrequent(String line) {
        char best = ';';
        long bestCount = -1;
        for (char c : new char[] {';', ',', '\t'}) {
            long n = line.chars().filter(ch -> ch == c).count();
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    /** The first sheet through the SAX event model: rows as they come, blank rows between them handed over empty. */
    private static void xlsx(byte[] content, Numbered rows) {
        try (InputStream in = new ByteArrayInputStream(content); OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ValidationFailed("file", "В файле нет ни одной строки");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, new SheetRows(rows),
                        new WholeNumbers(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (ValidationFailed v) {
            throw v;
        } catch (Exception e) {
            if (e.getCause() instanceof ValidationFailed v) {
                throw v;
            }
            throw new ValidationFailed("file", "Книгу Excel не удалось прочитать: файл повреждён или это не книга XLSX "
                    + "(например, ODS или архив). Откройте его в Excel и сохраните как XLSX или CSV");
        }
    }

    /** Collects the cells of a sheet row by column and hands non-blank rows over, padding the gaps. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Numbered rows;
        private final List<String> cells = new ArrayList<>();
        private int rowNum;
        private int lastHanded = -1;

        SheetRows(Numbered rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum;
            cells.clear();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int column = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.trim());
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().noneMatch(s -> !s.isEmpty())) {
                return;
            }
            if (lastHanded >= 0) {
                while (lastHanded < this.rowNum - 1) { // blank rows inside the table keep the sheet's numbering
                    rows.accept(List.of());
                    lastHanded++;
                }
            }
            rows.accept(new ArrayList<>(cells));
            lastHanded = this.rowNum;
        }
    }

    /**
     * Formats cells as Excel shows them, except that whole numbers (ИНН, ОГРН, ОКТМО typed into Excel as numbers)
     * are written out in full, never in the scientific notation of the General format.
     */
    private static final class WholeNumbers extends DataFormatter {
        WholeNumbers() {
            super(Locale.forLanguageTag("ru"));
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (!DateUtil.isADateFormat(formatIndex, formatString) && value == Math.rint(value) && Math.abs(value) < 1e15) {
                return java.math.BigDecimal.valueOf(value).toBigInteger().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
