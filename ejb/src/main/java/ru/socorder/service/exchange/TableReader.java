package ru.socorder.service.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.socorder.service.common.ValidationFailed;

/**
 * Reads the first table of a CSV or XLSX file: a header row and data rows as text, the way the clerk sees them in
 * Excel (numbers such as ИНН are not turned into 4.71E9). CSV may be UTF-8 (with or without BOM), UTF-16 with BOM
 * (Excel's «Текст в Юникоде») or Windows-1251, separated by semicolons, commas or tabs. A file that cannot be read is
 * refused with a Russian message for the field {@code file} that names the line and column where possible; the
 * parsers' own (English) messages are never shown.
 */
public final class TableReader {
    public static final int MAX_BYTES = 30 * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;

    /** Header cells and data rows; {@code rows.get(i)} came from line {@code i + 2} of the file. */
    public record Table(List<String> headers, List<List<String>> rows) {
    }

    private TableReader() {
    }

    public static Table read(String fileName, byte[] content) {
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
        if (zip || name.endsWith(".xlsx")) {
            if (!zip) {
                throw new ValidationFailed("file", "Файл не является книгой Excel (XLSX): сохраните его в Excel как XLSX или CSV");
            }
            return xlsx(content);
        }
        String text = decode(content);
        binary(text);
        return csv(text);
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1251"));
        }
    }

    /**
     * Refuses binary content (a PDF, an image, a UTF-16 file without BOM) that happens to decode: text tables hold no
     * control characters other than tab and line breaks.
     */
    private static void binary(String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c < 0x20 && c != '\t' && c != '\r' && c != '\f' || c == 0x7F) {
                throw new ValidationFailed("file", "Строка " + line + ": в файле двоичные данные, это не таблица CSV. "
                        + "Загрузите CSV (UTF-8 или Windows-1251) или книгу Excel (XLSX)");
            }
        }
    }

    private static Table csv(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = mostFrequent(firstLine);
        List<List<String>> all = new ArrayList<>();
        long line = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(true).get()
                .parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> row = new ArrayList<>(record.size());
                record.forEach(row::add);
                all.add(row);
                line = parser.getCurrentLineNumber();
                if (all.size() > MAX_ROWS + 1) {
                    throw tooMany();
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            String where = CsvProblem.find(text, delimiter, all.isEmpty() ? List.of() : all.get(0));
            throw new ValidationFailed("file", "Файл CSV не удалось прочитать: " + (where != null ? where
                    : "после строки " + line + " нарушена структура (проверьте кавычки и разделители)"));
        }
        return split(all);
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

    private static Table xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("ru"));
            List<List<String>> all = new ArrayList<>();
            for (Row row : sheet) {
                if (all.size() > MAX_ROWS + 1) {
                    throw tooMany();
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : text(cell, formatter));
                }
                if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                    while (all.size() < row.getRowNum() && !all.isEmpty()) {
                        all.add(List.of());
                    }
                    all.add(cells);
                }
            }
            return split(all);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationFailed v) {
                throw v;
            }
            throw new ValidationFailed("file", "Книгу Excel не удалось прочитать: файл повреждён или это не книга XLSX "
                    + "(например, ODS или архив). Откройте его в Excel и сохраните как XLSX или CSV");
        }
    }

    /**
     * The cell as text. Whole numbers (ИНН, ОГРН, ОКТМО typed into Excel as numbers) are written out in full, never
     * in the scientific notation of the General format.
     */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            double v = cell.getNumericCellValue();
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return java.math.BigDecimal.valueOf(v).toBigInteger().toString();
            }
        }
        return formatter.formatCellValue(cell).trim();
    }

    private static Table split(List<List<String>> all) {
        if (all.isEmpty()) {
            throw new ValidationFailed("file", "В файле нет ни одной строки");
        }
        List<String> headers = all.get(0).stream().map(String::trim).toList();
        return new Table(headers, all.subList(1, all.size()));
    }

    private static ValidationFailed tooMany() {
        return new ValidationFailed("file", "В файле больше " + MAX_ROWS + " строк: разделите его на части");
    }
}
