package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Ogrn;

/** Reference data through the API: identifier rules, duplicates (also concurrent), optimistic locking, lookups. */
class CatalogApiIT extends IntegrationTest {
    private static int serial = (int) (System.nanoTime() % 1000);

    private final Api api = new Api(base());

    /** A fresh, valid legal-entity ИНН/ОГРН pair for each call, so tests do not collide with each other. */
    private static String[] newLegalIdentifiers() {
        int n = ++serial;
        String inn = Inn.withCheckDigits(String.format("7801%05d", n));
        String ogrn = Ogrn.withCheckDigit(String.format("10278%07d", n));
        return new String[] {inn, ogrn};
    }

    private static String ngo(String inn, String ogrn, String name) {
        return "{\"type\":\"NGO\",\"fullName\":\"" + name + "\",\"inn\":\"" + inn + "\",\"kpp\":\"780101001\",\"ogrn\":\"" + ogrn + "\"}";
    }

    @Test
    void invalidIdentifiersAreRefusedWithEveryFieldNamedInRussian() {
        Api.Reply r = api.post("api/v1/executors",
                "{\"type\":\"INDIVIDUAL_ENTREPRENEUR\",\"fullName\":\"ИП Тестов\",\"inn\":\"7707083894\",\"kpp\":\"770701001\",\"ogrn\":\"1027700132195\"}");
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        List<String> fields = r.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(List.of("inn", "kpp", "ogrn"), fields);
        assertTrue(r.body().contains("неверное контрольное число"), r.body());
        assertTrue(r.body().contains("КПП указывается только для организаций"), r.body());
        assertTrue(r.body().contains("ОГРНИП: должен содержать 15 цифр") || r.body().contains("ОГРНИП должен содержать 15 цифр"), r.body());
    }

    @Test
    void duplicateInnAndKppIsAConflict() {
        String[] ids = newLegalIdentifiers();
        assertEquals(201, api.post("api/v1/executors", ngo(ids[0], ids[1], "АНО «Первая»")).status());
        Api.Reply again = api.post("api/v1/executors", ngo(ids[0], ids[1], "АНО «Вторая»"));
        assertEquals(409, again.status(), again.body());
        assertTrue(again.json().getString("detail").startsWith("Исполнитель с такими ИНН и КПП уже есть в справочнике"));
    }

    @Test
    void concurrentCreationOfTheSameExecutorGivesOneRecordAndOneConflict() throws Exception {
        String[] ids = newLegalIdentifiers();
        int parallel = 4;
        CountDownLatch start = new CountDownLatch(1);
        // a pool of its own: the common pool has one thread on a two-core machine, and the race would never happen
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
        long[] sent = new long[parallel];
        long[] answered = new long[parallel];
        List<java.util.concurrent.Future<Api.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            String body = ngo(ids[0], ids[1], "АНО «Гонка " + i + "»");
            int n = i;
            calls.add(pool.submit(() -> {
                start.await();
                sent[n] = System.nanoTime();
                Api.Reply r = new Api(base()).post("api/v1/executors", body);
                answered[n] = System.nanoTime();
                return r;
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (java.util.concurrent.Future<Api.Reply> call : calls) {
            statuses.add(call.get(60, java.util.concurrent.TimeUnit.SECONDS).status());
        }
        pool.shutdown();
        java.util.Collections.sort(statuses);
        assertTrue(java.util.Arrays.stream(sent).max().getAsLong() < java.util.Arrays.stream(answered).min().getAsLong(),
                "every request was sent before the first answer came: the requests were in flight together");
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(parallel - 1, statuses.stream().filter(s -> s == 409).count(), "no 500s: " + statuses);
        JsonObject list = api.clerkGet("api/v1/executors?inn=" + ids[0]).json();
        assertEquals(1, list.getInt("total"));
    }

    @Test
    void staleVersionOnUpdateIsAConflictAndNothingIsOverwritten() {
        String[] ids = newLegalIdentifiers();
        JsonObject created = api.post("api/v1/executors", ngo(ids[0], ids[1], "АНО «Версия»")).json();
        long id = created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();
        String first = ngo(ids[0], ids[1], "АНО «Версия — правка Марии»").replace("{", "{\"version\":" + version + ",");
        String second = ngo(ids[0], ids[1], "АНО «Версия — правка Ольги»").replace("{", "{\"version\":" + version + ",");
        assertEquals(200, api.put("api/v1/executors/" + id, first).status());
        Api.Reply stale = api.put("api/v1/executors/" + id, second);
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.json().getString("detail").contains("изменена другим пользователем"));
        assertEquals("АНО «Версия — правка Марии»", api.clerkGet("api/v1/executors/" + id).json().getString("fullName"));
    }

    @Test
    void serviceIsFoundByAnyLookalikeSpellingOfItsRegistryNumber() {
        String typed = "8042000 99 0 ББ52AE52000"; // digit 0 for «О», Latin A and E, spaces instead of dots
        Api.Reply r = api.clerkGet("api/v1/services/by-registry-number/" + URLEncoder.encode(typed, StandardCharsets.UTF_8).replace("+", "%20"));
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains("\"registryNumber\":\"804200О.99.0.ББ52АЕ52000\""), r.body());
    }

    @Test
    void theServiceListFindsAnyPartOfARegistryNumberInAnyLookalikeSpelling() {
        // the database answers (PagedQuery with RegistryNumber.searchPatterns): a part from the start, from the middle,
        // from the end; a digit 0 for the list flag «О», a Latin O for it, Latin A and E in the tail, lower case
        Map<String, String> found = Map.of("ББ52АЕ04000", "ББ52АЕ04000", "804200", "804200", "804200О.99", "804200О.99",
                "8042000.99.0.ББ52", "804200О.99.0.ББ52", "804200O.99", "804200О.99", "ББ52AE04000", "ББ52АЕ04000",
                "бб52ае04", "ББ52АЕ04", "0.ББ52АЕ04", "0.ББ52АЕ04"); // typed → the part every number found has
        found.forEach((typed, part) -> {
            Api.Reply r = api.clerkGet("api/v1/services?size=100&q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
            assertEquals(200, r.status(), r.body());
            List<String> numbers = r.json().getJsonArray("items").stream()
                    .map(v -> v.asJsonObject().getString("registryNumber")).toList();
            assertTrue(numbers.contains("804200О.99.0.ББ52АЕ04000"), typed + " → " + numbers);
            assertTrue(numbers.stream().allMatch(n -> n.contains(part)), typed + " finds only numbers with «" + part + "»: " + numbers);
        });
        Api.Reply none = api.clerkGet("api/v1/services?q=" + URLEncoder.encode("ББ52АЕ04001", StandardCharsets.UTF_8));
        assertEquals(0, none.json().getInt("total"), none.body());
        Api.Reply regional = api.clerkGet("api/v1/services?q=" + URLEncoder.encode("804200Р", StandardCharsets.UTF_8));
        assertEquals(0, regional.json().getInt("total"), "the regional flag is not the basic one: " + regional.body());
    }

    @Test
    void identifierEndpointExplainsCorrectionsAndErrors() {
        JsonObject fixed = api.clerkGet("api/v1/identifiers/registry-number/"
                + URLEncoder.encode("8042000.99.0.ББ52АЕ52000", StandardCharsets.UTF_8)).json();
        assertTrue(fixed.getBoolean("valid"));
        assertEquals("804200О.99.0.ББ52АЕ52000", fixed.getString("canonical"));
        assertEquals(1, fixed.getJsonArray("corrections").size());

        JsonObject snils = api.clerkGet("api/v1/identifiers/snils/11223344596").json();
        assertEquals(false, snils.getBoolean("valid"));
        assertEquals("СНИЛС: неверное контрольное число — ожидается 95, указано 96", snils.getString("message"));
    }

    @Test
    void duplicateServiceNumberWithinATerritoryIsAConflict() {
        JsonObject existing = api.clerkGet("api/v1/services?q=" + URLEncoder.encode("804200О.99.0.ББ52АН24000", StandardCharsets.UTF_8)).json()
                .getJsonArray("items").getJsonObject(0);
        String body = "{\"registryNumber\":\"804200O.99.0.ББ52АН24000\",\"territoryId\":" + existing.getInt("territoryId")
                + ",\"name\":\"Повтор\"}";
        Api.Reply r = api.post("api/v1/services", body);
        assertEquals(409, r.status(), r.body());
        assertTrue(r.json().getString("detail").contains("804200О.99.0.ББ52АН24000"));
    }

    @Test
    void observerReadsButCannotChangeReferenceData() {
        assertEquals(200, api.get("api/v1/executors", "observer", "demo").status());
        String[] ids = newLegalIdentifiers();
        Api.Reply r = api.send("POST", "api/v1/executors", ngo(ids[0], ids[1], "АНО «Наблюдатель»"), "observer", "demo");
        assertEquals(403, r.status(), r.body());
    }

    @Test
    void administratorCreatesAndUpdatesATerritoryWithOktmoRulesAndVersions() {
        String oktmo = String.format("41%06d", (int) (System.nanoTime() % 1_000_000));
        JsonObject region = api.get("api/v1/territories?q=" + URLEncoder.encode("Ленинградская", StandardCharsets.UTF_8), "admin", "demo")
                .json().getJsonArray("items").getJsonObject(0);
        Api.Reply bad = api.send("POST", "api/v1/territories", "{\"level\":\"MUNICIPALITY\",\"name\":\"Гатчинский район\",\"oktmo\":\"4161\"}",
                "admin", "demo");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("ОКТМО должен содержать 8 или 11 цифр"), bad.body());
        assertTrue(bad.body().contains("должно входить в субъект РФ"), bad.body());

        Api.Reply created = api.send("POST", "api/v1/territories", "{\"level\":\"MUNICIPALITY\",\"name\":\"Гатчинский район\",\"oktmo\":\""
                + oktmo + "\",\"parentId\":" + region.getInt("id") + "}", "admin", "demo");
        assertEquals(201, created.status(), created.body());
        assertEquals("01.01", created.json().getString("orderDeadline"), "orders are approved «ежегодно до 1 января» by default");
        long id = created.json().getJsonNumber("id").longValue();
        long version = created.json().getJsonNumber("version").longValue();
        String update = "{\"version\":" + version + ",\"level\":\"MUNICIPALITY\",\"name\":\"Гатчинский муниципальный округ\",\"oktmo\":\""
                + oktmo + "\",\"parentId\":" + region.getInt("id") + ",\"orderDeadline\":\"31.12\"}";
        Api.Reply wrongDeadline = api.send("PUT", "api/v1/territories/" + id, update.replace("31.12", "31.02"), "admin", "demo");
        assertEquals(400, wrongDeadline.status(), wrongDeadline.body());
        assertTrue(wrongDeadline.body().contains("\"field\":\"orderDeadline\""), wrongDeadline.body());
        Api.Reply updated = api.send("PUT", "api/v1/territories/" + id, update, "admin", "demo");
        assertEquals(200, updated.status(), updated.body());
        assertEquals("31.12", updated.json().getString("orderDeadline"));
        assertEquals(409, api.send("PUT", "api/v1/territories/" + id, update, "admin", "demo").status(), "second update with the old version");
        assertEquals(403, api.send("POST", "api/v1/territories", update, "clerk", "demo").status(), "clerks do not edit territories");

        JsonObject form = updated.json().getJsonObject("orderForm");
        assertTrue(form.getBoolean("approvalBlock") && !form.getBoolean("authorityColumn") && form.getBoolean("actualVolumeColumns"),
                "the printed form as so far by default: " + form);
        assertEquals("[\"DATE\",\"OKPO\",\"BUDGET_CHAPTER\",\"OKTMO\"]", form.getJsonArray("codes").toString());
        String withForm = update.replace("\"version\":" + version, "\"version\":" + updated.json().getJsonNumber("version").longValue())
                .replace("}", ",\"orderForm\":{\"approvalBlock\":false,\"codes\":[\"OKTMO\",\"OKUD\",\"DATE\"],\"okud\":\"050660\","
                        + "\"authorityColumn\":true,\"termColumn\":true,\"actualVolumeColumns\":false}}");
        Api.Reply shortOkud = api.send("PUT", "api/v1/territories/" + id, withForm, "admin", "demo");
        assertEquals(400, shortOkud.status(), shortOkud.body());
        assertTrue(shortOkud.body().contains("\"field\":\"orderForm.okud\"") && shortOkud.body().contains("7 цифр"), shortOkud.body());
        Api.Reply unknownLine = api.send("PUT", "api/v1/territories/" + id, withForm.replace("\"OKUD\"", "\"SVR\""), "admin", "demo");
        assertEquals(400, unknownLine.status(), unknownLine.body());
        assertTrue(unknownLine.body().contains("\"field\":\"orderForm.codes\""), unknownLine.body());
        Api.Reply set = api.send("PUT", "api/v1/territories/" + id, withForm.replace("050660", "0506601"), "admin", "demo");
        assertEquals(200, set.status(), set.body());
        form = set.json().getJsonObject("orderForm");
        assertEquals("[\"OKUD\",\"DATE\",\"OKTMO\"]", form.getJsonArray("codes").toString(), "the codes box in its print order");
        assertEquals("0506601", form.getString("okud"));
        assertTrue(!form.getBoolean("approvalBlock") && form.getBoolean("authorityColumn") && form.getBoolean("termColumn")
                && !form.getBoolean("actualVolumeColumns"), form.toString());
        String renamed = update.replace("\"version\":" + version, "\"version\":" + set.json().getJsonNumber("version").longValue())
                .replace("Гатчинский муниципальный округ", "Гатчинский округ");
        Api.Reply kept = api.send("PUT", "api/v1/territories/" + id, renamed, "admin", "demo");
        assertEquals(200, kept.status(), kept.body());
        assertEquals(form, kept.json().getJsonObject("orderForm"), "an update without orderForm leaves it as it was");
    }

    @Test
    void executorsAreExportedAsXlsxAndAsCsvWithBom() {
        Api.Reply csv = api.clerkGet("api/v1/executors/export?format=csv&q=" + URLEncoder.encode("Компьютерный", StandardCharsets.UTF_8));
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("\uFEFFТип;Полное наименование;Краткое наименование;ИНН;КПП"), csv.body());
        assertTrue(csv.body().contains(";4710003035;471001001;"), csv.body());
        Api.Reply xlsx = api.clerkGet("api/v1/executors/export?format=xlsx");
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertTrue(xlsx.body().startsWith("PK"), "an XLSX is a zip");
    }
}
