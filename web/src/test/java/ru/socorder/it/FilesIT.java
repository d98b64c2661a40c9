package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Ogrn;

/**
 * Files in and out under bad input: formula injection in the exports, hostile names of uploaded originals, malformed
 * import files, and every import/export path the README documents.
 */
class FilesIT extends IntegrationTest {
    private static int serial = (int) (System.nanoTime() % 10_000);
    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?q=1\";\"Подробнее\")";
    private final Api api = new Api(base());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A fresh, valid ИНН/ОГРН pair of a legal entity (prefix of its own, so no other test collides). */
    private static synchronized String[] newIdentifiers() {
        int n = ++serial;
        return new String[] {Inn.withCheckDigits(String.format("7802%05d", n)), Ogrn.withCheckDigit(String.format("10279%07d", n))};
    }

    /** A request as the demo clerk with a raw body; the full response with its headers. */
    private HttpResponse<byte[]> call(String method, String path, byte[] body) {
        URI base = URI.create(base().toString().endsWith("/") ? base().toString() : base() + "/");
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/octet-stream")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("clerk:demo".getBytes(StandardCharsets.UTF_8))).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static JsonObject json(HttpResponse<byte[]> r) {
        return new Api.Reply(r.statusCode(), "", text(r)).json();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A 400 problem+json whose first error names the field; returns its Russian message. */
    private static String problem(HttpResponse<byte[]> r, String field) {
        assertEquals(400, r.statusCode(), text(r));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), text(r));
        JsonObject error = json(r).getJsonArray("errors").getJsonObject(0);
        assertEquals(field, error.getString("field"), text(r));
        String message = error.getString("message");
        assertTrue(message.matches("(?s).*[А-Яа-я]{4,}.*"), "Russian: " + message);
        assertFalse(message.matches("(?s).*(Exception|java\\.|EOF|token|Invalid).*"), "no parser text: " + message);
        return message;
    }

    // ---------------------------------------------------------------- formula injection

    @Test
    void anExecutorImportedWithAFormulaForANameIsExportedAsText() throws IOException {
        String[] ids = newIdentifiers();
        String csv = "Тип;Полное наименование;ИНН;КПП;ОГРН;Телефон\r\n"
                + "НКО;\"" + HYPERLINK.replace("\"", "\"\"") + "\";" + ids[0] + ";780201001;" + ids[1] + ";+7 (812) 000-00-00\r\n";
        HttpResponse<byte[]> imported = call("POST", "api/v1/executors/import?fileName=evil.csv&confirm=true", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(202, imported.statusCode(), text(imported));
        assertEquals("COMPLETED", api.awaitJob(json(imported).getJsonObject("job").getInt("id")).getString("status"));
        assertEquals(HYPERLINK, api.clerkGet("api/v1/executors?inn=" + ids[0]).json().getJsonArray("items").getJsonObject(0)
                .getString("fullName"), "stored as given: the data is not altered, only its export");

        HttpResponse<byte[]> csvExport = call("GET", "api/v1/executors/export?format=csv&q=" + ids[0], null);
        assertEquals(200, csvExport.statusCode());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text(csvExport).substring(1))).getRecords();
        assertEquals(2, rows.size(), text(csvExport));
        int name = rows.get(0).toList().indexOf("Полное наименование");
        int phone = rows.get(0).toList().indexOf("Телефон");
        assertEquals("'" + HYPERLINK, rows.get(1).get(name), "the CSV cell starts with an apostrophe");
        assertEquals("'+7 (812) 000-00-00", rows.get(1).get(phone));
        assertTrue(text(csvExport).contains("\"'=HYPERLINK("), "and is quoted");

        HttpResponse<byte[]> xlsx = call("GET", "api/v1/executors/export?format=xlsx&q=" + ids[0], null);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            Cell cell = sheet.getRow(1).getCell(name);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals(HYPERLINK, cell.getStringCellValue(), "the visible text is unchanged");
            assertTrue(cell.getCellStyle().getQuotePrefixed(), "Excel keeps it text when edited");
            assertTrue(sheet.getRow(1).getCell(phone).getCellStyle().getQuotePrefixed());
            assertFalse(sheet.getRow(1).getCell(name + 1).getCellStyle().getQuotePrefixed(), "other cells as before");
            for (Row r : sheet) {
                for (Cell c : r) {
                    assertFalse(c.getCellType() == CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void anExecutorCreatedThroughTheApiWithAFormulaForANameIsExportedAsText() throws IOException {
        String[] ids = newIdentifiers();
        String name = "@SUM(1+1)*cmd|' /C calc'!A0";
        Api.Reply created = api.post("api/v1/executors", "{\"type\":\"NGO\",\"fullName\":\"" + name + "\",\"inn\":\"" + ids[0]
                + "\",\"kpp\":\"780201001\",\"ogrn\":\"" + ids[1] + "\"}");
        assertEquals(201, created.status(), created.body());
        String csv = text(call("GET", "api/v1/executors/export?format=csv&q=" + ids[0], null));
        assertTrue(csv.contains(";\"'" + name + "\";"), csv);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(call("GET", "api/v1/executors/export?format=xlsx&q=" + ids[0], null).body()))) {
            Cell cell = wb.getSheetAt(0).getRow(1).getCell(1);
            assertEquals(name, cell.getStringCellValue());
            assertTrue(cell.getCellStyle().getQuotePrefixed());
        }
    }

    // ---------------------------------------------------------------- names of uploaded originals

    /** A new draft decision of the clerk's territory, so that attaching does not touch the demo decisions. */
    private long newDecision() {
        return Fixtures.lugaDecision(api, "Проверка имён файлов");
    }

    private byte[] pdf() {
        return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aPathInTheNameIsDroppedAndTheDownloadCarriesTheBareName() {
        long id = newDecision();
        HttpResponse<byte[]> r = call("PUT", "api/v1/decisions/" + id + "/file?fileName=" + encode("../../../etc/passwd.pdf"), pdf());
        assertEquals(200, r.statusCode(), text(r));
        assertEquals("passwd.pdf", json(r).getString("fileName"));
        HttpResponse<byte[]> back = call("GET", "api/v1/decisions/" + id + "/file", null);
        assertEquals(200, back.statusCode());
        assertEquals("attachment; filename=\"passwd.pdf\"; filename*=UTF-8''passwd.pdf", back.headers().firstValue("Content-Disposition").orElse(""));

        HttpResponse<byte[]> windows = call("PUT", "api/v1/decisions/" + id + "/file?fileName=" + encode("C:\\Сканы\\Постановление \"417\".pdf"), pdf());
        assertEquals(200, windows.statusCode(), text(windows));
        assertEquals("Постановление _417_.pdf", json(windows).getString("fileName"));
        String disposition = call("GET", "api/v1/decisions/" + id + "/file", null).headers().firstValue("Content-Disposition").orElse("");
        assertEquals("attachment; filename=\"" + "_".repeat("Постановление".length()) + " _417_.pdf\"; filename*=UTF-8''" + encode("Постановление _417_.pdf"), disposition);
    }

    @Test
    void aNameWithLineBreaksIsRefusedNamingTheField() {
        long id = newDecision();
        String message = problem(call("PUT", "api/v1/decisions/" + id + "/file?fileName=" + encode("act.pdf\r\nX-Injected: 1"), pdf()), "fileName");
        assertTrue(message.startsWith("Имя файла содержит недопустимый символ (возврат каретки CR) в позиции 8"), message);
        problem(call("PUT", "api/v1/decisions/" + id + "/file?fileName=" + encode("act\u0000.pdf"), pdf()), "fileName");
        problem(call("PUT", "api/v1/decisions/" + id + "/file?fileName=" + encode(".."), pdf()), "fileName");
        assertEquals(404, call("GET", "api/v1/decisions/" + id + "/file", null).statusCode(), "nothing was attached");
    }

    @Test
    void aThousandCharacterNameIsShortenedToTheColumnKeepingTheExtension() {
        long id = newDecision();
        HttpResponse<byte[]> r = call("PUT", "api/v1/decisions/" + id + "/file?fileName=" + "a".repeat(996) + ".pdf", pdf());
        assertEquals(200, r.statusCode(), text(r));
        String stored = json(r).getString("fileName");
        assertEquals(300, stored.length());
        assertEquals("a".repeat(296) + ".pdf", stored);
        assertTrue(call("GET", "api/v1/decisions/" + id + "/file", null).headers().firstValue("Content-Disposition").orElse("")
                .contains("filename=\"" + "a".repeat(251) + ".pdf\""), "a download name fits the 255 characters of file systems");
    }

    // ---------------------------------------------------------------- malformed import files

    @Test
    void malformedImportFilesAreRefusedInRussianForTheFileField() {
        String header = "Тип;Полное наименование;ИНН;КПП;ОГРН\n";
        String unclosed = problem(call("POST", "api/v1/executors/import?fileName=x.csv",
                (header + "НКО;\"АНО «Кавычка;7802000010;780201001;1027900000010\n").getBytes(StandardCharsets.UTF_8)), "file");
        assertTrue(unclosed.contains("строка 2, столбец 2 («Полное наименование»)"), unclosed);
        String afterQuote = problem(call("POST", "api/v1/executors/import?fileName=x.csv",
                (header + "НКО;\"АНО \"Кавычка\"\";7802000010;780201001;1027900000010\n").getBytes(StandardCharsets.UTF_8)), "file");
        assertTrue(afterQuote.contains("строка 2, столбец 2 («Полное наименование»): после закрывающей кавычки"), afterQuote);

        byte[] garbage = new byte[2048];
        new Random(7).nextBytes(garbage);
        assertTrue(problem(call("POST", "api/v1/executors/import?fileName=x.csv", garbage), "file").contains("двоичные данные"));
        assertTrue(problem(call("POST", "api/v1/executors/import?fileName=x.xlsx", header.getBytes(StandardCharsets.UTF_8)), "file")
                .contains("не является книгой Excel"));
        assertTrue(problem(call("POST", "api/v1/executors/import?fileName=x.xlsx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1)), "file")
                .startsWith("Книгу Excel не удалось прочитать"));
        assertEquals("Файл пустой", problem(call("POST", "api/v1/executors/import?fileName=x.csv", new byte[0]), "file"));
        assertTrue(problem(call("POST", "api/v1/executors/import?fileName=x.csv",
                "НКО;АНО «Без заголовка»;7802000010;780201001;1027900000010\n".getBytes(StandardCharsets.UTF_8)), "file")
                .startsWith("Строка 1: в первой строке файла нужны заголовки столбцов"));
        assertTrue(problem(call("POST", "api/v1/services/import?fileName=x.csv",
                "Реестровый номер;Наименование услуги\n\"804200О.99.0.ББ52АЕ04000;Услуга\n".getBytes(StandardCharsets.UTF_8)), "file")
                .contains("строка 2, столбец 1 («Реестровый номер»)"));
        assertTrue(problem(call("POST", "api/v1/executors/import?fileName=" + encode("x\r\n.csv"), header.getBytes(StandardCharsets.UTF_8)), "fileName")
                .contains("возврат каретки"));
    }

    // ---------------------------------------------------------------- the paths the README documents

    @Test
    void everyImportAndExportPathOfTheReadmeAnswers() throws IOException {
        for (String directory : List.of("executors", "services")) {
            HttpResponse<byte[]> xlsx = call("GET", "api/v1/" + directory + "/export?format=xlsx", null);
            assertEquals(200, xlsx.statusCode(), directory);
            assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains(directory + ".xlsx"));
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                assertTrue(wb.getSheetAt(0).getLastRowNum() >= 1, directory + ": the demo records");
            }
            HttpResponse<byte[]> csv = call("GET", "api/v1/" + directory + "/export?format=csv", null);
            assertEquals(200, csv.statusCode(), directory);
            assertTrue(text(csv).startsWith("\uFEFF"), directory);
        }
        assertTrue(text(call("GET", "api/v1/services/export?format=csv", null)).startsWith("\uFEFFРеестровый номер;Наименование услуги;"));

        String[] ids = newIdentifiers();
        byte[] executors = ("ИНН;Полное наименование;КПП;ОГРН;Тип\n" + ids[0] + ";АНО «Из файла README»;780201001;" + ids[1] + ";НКО\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> preview = call("POST", "api/v1/executors/import?fileName=executors.csv", executors);
        assertEquals(200, preview.statusCode(), text(preview));
        assertEquals(1, json(preview).getInt("valid"));
        assertEquals(0, api.clerkGet("api/v1/executors?inn=" + ids[0]).json().getInt("total"), "a preview writes nothing");
        HttpResponse<byte[]> started = call("POST", "api/v1/executors/import?fileName=executors.csv&confirm=true", executors);
        assertEquals(202, started.statusCode(), text(started));
        assertTrue(started.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/jobs/" + json(started).getJsonObject("job").getInt("id")));
        assertEquals(1, api.awaitJob(json(started).getJsonObject("job").getInt("id")).getInt("written"));
        assertEquals(1, api.clerkGet("api/v1/executors?inn=" + ids[0]).json().getInt("total"));

        String number = String.format("804200О.99.0.ЯЯ%09d", System.nanoTime() % 1_000_000_000L);
        byte[] services = ("Реестровый номер;Наименование услуги\n" + number + ";Услуга из файла README\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> servicePreview = call("POST", "api/v1/services/import?fileName=services.csv", services);
        assertEquals(200, servicePreview.statusCode(), text(servicePreview));
        assertTrue(json(servicePreview).getBoolean("importable"), text(servicePreview));
        HttpResponse<byte[]> written = call("POST", "api/v1/services/import?fileName=services.csv&confirm=true", services);
        assertEquals(202, written.statusCode(), text(written));
        assertEquals(1, api.awaitJob(json(written).getJsonObject("job").getInt("id")).getInt("written"));
        assertEquals("Услуга из файла README", api.clerkGet("api/v1/services?q=" + encode(number)).json().getJsonArray("items")
                .getJsonObject(0).getString("name"));
        HttpResponse<byte[]> again = call("POST", "api/v1/services/import?fileName=services.csv&confirm=true", services);
        assertEquals(400, again.statusCode(), "the same number again is rejected and nothing is written");
    }
}
