package ru.socorder.service.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.exchange.TableReader;
import ru.socorder.service.exchange.ImportRow;
import ru.socorder.service.exchange.ImportPreview;

/** A clerk's mixed file: valid rows, a wrong ИНН, a duplicate inside the file, one already in the directory. */
class ExecutorImportTest {
    static final String HEADER = "Тип;Полное наименование;ИНН;КПП;ОГРН;ОКТМО";
    static final List<String> ROWS = List.of(
            "Бюджетное учреждение;МБУ ДО «Спортивная школа»;4710001013;471001001;1024700001017;41633000",
            "НКО;АНО «Успех»;7707083894;770701001;1027700132195;",
            "ИП;ИП Соколова Анна Викторовна;471012345649;;324470000000120;",
            "Бюджетное учреждение;МБУ ДО «Спортивная школа» (повтор);4710001013;471001001;1024700001017;",
            "Автономное учреждение;МАОУ ДО «Компьютерный центр»;4710003035;471001001;1024700003030;",
            "Казённое учреждение;МКУ «Неизвестная территория»;4710004046;471001001;1024700004042;99999999");

    private static ImportPreview<ExecutorDraft> preview(String fileName, byte[] content) {
        return ExecutorImport.preview(TableReader.read(fileName, content),
                oktmo -> oktmo.equals("41633000") ? 959L : null,
                keys -> keys.contains("4710003035/471001001") ? Set.of("4710003035/471001001") : Set.of());
    }

    private static void assertMixedResult(ImportPreview<ExecutorDraft> p) {
        assertEquals(6, p.rows().size());
        assertEquals(List.of(ImportRow.Status.VALID, ImportRow.Status.REJECTED, ImportRow.Status.VALID,
                ImportRow.Status.REJECTED, ImportRow.Status.REJECTED, ImportRow.Status.REJECTED),
                p.rows().stream().map(ImportRow::status).toList());
        assertEquals(2, p.rows().get(0).line());
        assertTrue(p.rows().get(1).messageText().contains("неверное контрольное число"), p.rows().get(1).messageText());
        assertTrue(p.rows().get(3).messageText().contains("уже встречаются выше в этом файле"));
        assertTrue(p.rows().get(4).messageText().contains("уже есть в справочнике"));
        assertTrue(p.rows().get(5).messageText().contains("ОКТМО 99999999 не найдена"));
        assertEquals(2, p.drafts().size());
        assertEquals(959L, p.drafts().get(0).getTerritoryId());
        assertEquals("INDIVIDUAL_ENTREPRENEUR", p.drafts().get(1).getType());
        assertFalse(p.importable(), "a file with rejected rows is not imported at all");
    }

    @Test
    void mixedCsvInUtf8WithBom() {
        String csv = "\uFEFF" + HEADER + "\r\n" + String.join("\r\n", ROWS) + "\r\n";
        assertMixedResult(preview("executors.csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void mixedCsvInWindows1251AsOldExcelSavesIt() {
        String csv = HEADER + "\n" + String.join("\n", ROWS);
        assertMixedResult(preview("executors.csv", csv.getBytes(Charset.forName("windows-1251"))));
    }

    @Test
    void mixedXlsxWithNumericInnCells() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Исполнители");
            String[] header = HEADER.split(";");
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < ROWS.size(); r++) {
                String[] cells = ROWS.get(r).split(";", -1);
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < cells.length; c++) {
                    if (c == 2 && !cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c])); // Excel keeps ИНН as a number
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            wb.write(out);
            assertMixedResult(preview("executors.xlsx", out.toByteArray()));
        }
    }

    @Test
    void aCleanFileIsImportable() {
        String csv = HEADER + "\n" + ROWS.get(0) + "\n" + ROWS.get(2);
        ImportPreview<ExecutorDraft> p = preview("ok.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertTrue(p.importable());
        assertEquals(2, p.count(ImportRow.Status.VALID));
    }

    @Test
    void aFileWithoutTheRequiredHeadersIsRefusedWithAnExplanation() {
        ValidationFailed e = assertThrows(ValidationFailed.class,
                () -> preview("x.csv", "a;b\n1;2".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("«ИНН» и «Полное наименование»"));
        assertThrows(ValidationFailed.class, () -> preview("x.xls", new byte[] {1, 2, 3}));
    }

    @Test
    void aFileWithoutItsHeaderRowOrInAnotherEncodingShowsWhatTheFirstRowHolds() {
        ValidationFailed noHeader = assertThrows(ValidationFailed.class,
                () -> preview("x.csv", String.join("\n", ROWS).getBytes(StandardCharsets.UTF_8)));
        assertEquals("file", noHeader.errors().get(0).field());
        assertTrue(noHeader.getMessage().startsWith("Строка 1: в первой строке файла нужны заголовки столбцов, как минимум "
                + "«ИНН» и «Полное наименование»; в файле первая строка: «Бюджетное учреждение; МБУ ДО «Спортивная школа»; 4710001013;"),
                noHeader.getMessage());
        byte[] koi8 = (HEADER + "\n" + ROWS.get(0)).getBytes(Charset.forName("KOI8-R"));
        ValidationFailed wrongEncoding = assertThrows(ValidationFailed.class, () -> preview("x.csv", koi8));
        assertTrue(wrongEncoding.getMessage().endsWith("Если вместо букв непонятные символы, сохраните файл в кодировке UTF-8 или Windows-1251"),
                wrongEncoding.getMessage());
    }

    @Test
    void russianTypeNamesAreRecognised() {
        assertEquals("NGO", ExecutorImport.type("Автономная некоммерческая организация"));
        assertEquals("STATE_AUTONOMOUS_INSTITUTION", ExecutorImport.type("автономное учреждение"));
        assertEquals("STATE_TREASURY_INSTITUTION", ExecutorImport.type("Казенное учреждение"));
        assertEquals("COMMERCIAL", ExecutorImport.type("ООО"));
        assertEquals("NATURAL_PERSON", ExecutorImport.type("Физическое лицо"));
        assertEquals(null, ExecutorImport.type("неведомое"));
    }
}
