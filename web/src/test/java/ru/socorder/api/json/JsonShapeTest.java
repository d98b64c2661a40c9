package ru.socorder.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.service.catalog.ExecutorDraft;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.order.OrderForm;

class JsonShapeTest {

    private static List<FieldError> errors(String json, Class<?> type) {
        List<FieldError> errors = new ArrayList<>();
        JsonShape.check(Json.createReader(new StringReader(json)).readValue(), type, errors);
        return errors;
    }

    private static List<String> fields(String json, Class<?> type) {
        return errors(json, type).stream().map(FieldError::field).toList();
    }

    @Test
    void aValidOrderBodyPasses() {
        assertEquals(List.of(), errors("{\"version\":3,\"title\":\"Заказ\",\"asOfDate\":\"2025-01-01\",\"lines\":[{\"serviceId\":1,"
                + "\"years\":[{\"year\":2025,\"total\":10.5,\"treasury\":0,\"budgetAutonomous\":0,\"competition\":0,\"certificates\":10.5}],"
                + "\"quality\":[]}],\"unknownProperty\":[1,2]}", OrderForm.class));
    }

    @Test
    void aFractionalVersionIsRefusedNotTruncated() {
        List<FieldError> e = errors("{\"version\": 29.5}", OrderForm.class);
        assertEquals("version", e.get(0).field());
        assertEquals("Поле «version»: ожидается целое число, передано 29.5", e.get(0).message());
        assertEquals(List.of("version"), fields("{\"version\": 29.5, \"fullName\": \"x\"}", ExecutorDraft.class));
        assertEquals(List.of(), fields("{\"version\": 29.0}", OrderForm.class), "29.0 is the whole number 29");
    }

    @Test
    void wrongTypesAreNamedByTheirPath() {
        assertEquals(List.of("lines[0].years[1].total", "lines[0].serviceId", "fiscalYear"),
                fields("{\"lines\":[{\"years\":[{\"year\":2025},{\"year\":2026,\"total\":\"десять\"}],\"serviceId\":\"7\"}],"
                        + "\"fiscalYear\":1e20}", OrderForm.class));
        assertEquals(List.of("inn", "type"), fields("{\"inn\": 7707083893, \"type\": [\"NGO\"]}", ExecutorDraft.class));
    }

    @Test
    void nullOrAnObjectWhereAListIsExpected() {
        assertEquals("Поле «lines»: ожидается список (JSON-массив, можно пустой []), передано null",
                errors("{\"lines\": null}", OrderForm.class).get(0).message());
        assertEquals(List.of("lines"), fields("{\"lines\": {}}", OrderForm.class));
        assertEquals(List.of("lines[0]"), fields("{\"lines\": [null]}", OrderForm.class));
    }

    @Test
    void anArrayWhereTheBodyObjectIsExpected() {
        assertEquals("Поле «body»: ожидается JSON-объект {…}, передано список", errors("[{\"title\":\"x\"}]", OrderForm.class).get(0).message());
    }

    @Test
    void impossibleDatesAreRefused() {
        assertEquals(List.of("asOfDate"), fields("{\"asOfDate\": \"2025-02-30\"}", OrderForm.class));
        assertEquals(List.of("asOfDate"), fields("{\"asOfDate\": 20250101}", OrderForm.class));
    }

    @Test
    void primitivesCannotBeNull() {
        assertEquals(List.of("lines[0].years[0].year"), fields("{\"lines\":[{\"years\":[{\"year\":null}]}]}", OrderForm.class));
    }

    @Test
    void invisibleCharactersAreRemovedAndControlCharactersRefused() {
        List<FieldError> e = new ArrayList<>();
        JsonValue clean = JsonShape.check(Json.createObjectBuilder().add("title", "\u200B\u200B\uFEFF").add("budgetName", "Бюджет\u00ADы").build(),
                OrderForm.class, e);
        assertEquals(List.of(), e);
        assertEquals("", ((JsonObject) clean).getString("title"), "a name of zero-width spaces is empty, so it is refused as missing");
        assertEquals("Бюджеты", ((JsonObject) clean).getString("budgetName"));
        assertTrue(fields("{\"title\": \"a\\u0000b\"}", OrderForm.class).contains("title"));
        assertEquals(List.of(), fields("{\"title\": \"строка 1\\nстрока 2\"}", OrderForm.class), "line breaks are text");
    }

    @Test
    void wholeNumbersAreWrittenAsIntegersForTheBinder() {
        List<FieldError> e = new ArrayList<>();
        JsonObject clean = (JsonObject) JsonShape.check(Json.createReader(new StringReader("{\"version\": 3.00}")).readValue(), OrderForm.class, e);
        assertEquals("3", clean.get("version").toString());
    }
}
