package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * The documents of the approved Luga order as a clerk downloads them: the printed form (PDF text as the reader sees
 * it), the XLSX tables, and the publication export that validates against the published XSD and is stable.
 */
class SocialOrderDocumentsIT extends IntegrationTest {
    private static final String REGISTRY_NUMBER = "804200О.99.0.ББ52АЕ04000";
    private final Api api = new Api(base());

    private long luga2024() {
        return api.clerkGet("api/v1/social-orders?year=2024&status=approved").json().getJsonArray("items").stream()
                .map(j -> j.asJsonObject()).filter(o -> o.getInt("versionNumber") == 1).findFirst()
                .orElseThrow(() -> new AssertionError("the demo Luga 2024 order")).getJsonNumber("id").longValue();
    }

    @Test
    void printedFormHasTheSectionsOfTheDecree1613FormAndTheRegistryNumbers() throws Exception {
        long id = luga2024();
        Api.Reply head = api.clerkGet("api/v1/social-orders/" + id + "/form.pdf");
        assertEquals(200, head.status());
        assertTrue(head.contentType().startsWith("application/pdf"), head.contentType());
        String text = Pdf.text(api.bytes("api/v1/social-orders/" + id + "/form.pdf"));
        assertTrue(text.contains("УТВЕРЖДАЮ"), text);
        assertTrue(text.contains("I. Общие сведения о"), "section I");
        assertTrue(text.contains("II. Сведения об объеме оказания"), "section II");
        assertTrue(text.contains("III. Сведения о показателях, характеризующих качество"), "section III");
        assertTrue(text.contains("IV. Сведения о фактических показателях"), "section IV");
        assertTrue(text.contains("муниципальной услуги") && !text.contains("государственной услуги"), "the words of a municipal order");
        assertTrue(text.contains(REGISTRY_NUMBER), "a registry number of the order's services");
        assertTrue(text.contains("Бюджет Лужского муниципального района"), "the budget name of the header");
        assertTrue(text.matches(".*стр\\. 1 из \\d+.*"), "page numbers «стр. X из Y»");

        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(api.bytes("api/v1/social-orders/" + id + "/form.xlsx")))) {
            assertEquals(4, book.getNumberOfSheets());
            assertTrue(book.getSheetAt(1).toString() != null);
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(1)) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    found |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && REGISTRY_NUMBER.equals(cell.getStringCellValue());
                }
            }
            assertTrue(found, "section II of the workbook lists the registry number");
        }
    }

    @Test
    void publicationExportValidatesAgainstThePublishedSchemaAndIsStable() throws Exception {
        long id = luga2024();
        byte[] xml = api.bytes("api/v1/social-orders/" + id + "/export.xml");
        assertArrayEquals(xml, api.bytes("api/v1/social-orders/" + id + "/export.xml"), "the same order gives the same bytes");
        byte[] xsd = api.bytes("api/v1/social-orders/schemas/social-order-1.0.xsd");
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(new ByteArrayInputStream(xsd)));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        String xmlText = new String(xml, StandardCharsets.UTF_8);
        assertTrue(xmlText.contains(REGISTRY_NUMBER));

        byte[] json = api.bytes("api/v1/social-orders/" + id + "/export.json");
        assertArrayEquals(json, api.bytes("api/v1/social-orders/" + id + "/export.json"));
        JsonObject doc = Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8))).readObject();
        assertEquals(9, doc.getJsonArray("lines").size(), "the nine services of the Luga resolution");
        assertEquals(9, xmlText.split("<line>|<line ", -1).length - 1, "XML and JSON carry the same lines");
        assertEquals(200, api.clerkGet("api/v1/social-orders/schemas/social-order-1.0.schema.json").status());
        assertEquals(404, api.clerkGet("api/v1/social-orders/schemas/other.xsd").status());
    }

    @Test
    void aDraftIsNotExportedForPublication() {
        long id = luga2024();
        // its own draft (Luga orders by year: see IntegrationTest), not a copy of the demo order other tests copy
        JsonObject copy = api.post("api/v1/social-orders", "{\"directionCode\":\"04\",\"fiscalYear\":2020,\"title\":"
                + "\"Проект заказа на 2020 год\"}").json();
        Api.Reply export = api.clerkGet("api/v1/social-orders/" + copy.getJsonNumber("id").longValue() + "/export.xml");
        assertEquals(409, export.status(), export.body());
        assertEquals("Выгрузить для публикации можно только утверждённый или опубликованный заказ", export.json().getString("detail"));
        Api.Reply print = api.clerkGet("api/v1/social-orders/" + copy.getJsonNumber("id").longValue() + "/form.pdf");
        assertEquals(200, print.status(), "a draft is printed (for approval), only not exported");
        assertEquals(403, api.get("api/v1/social-orders/" + id + "/form.pdf", "executor", "demo").status(),
                "an executor's user does not print an authority's order");
    }
}
