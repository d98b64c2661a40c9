package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The registry of executors through the API, as an executor and a clerk use it: an executor's user files and submits
 * an application, the clerk reviews it with the automatic checks and includes it — the executor gets an entry numbered
 * in the authority's registry —, a programme with a group is certified at the year's normative; a refusal names its
 * reason and text; another executor sees nothing of the application; entries are suspended and excluded with a basis;
 * the extracts print what the registry holds.
 */
class ExecutorRegistryIT extends IntegrationTest {
    private final Api api = new Api(base());

    private Api.Reply as(RegistryFixtures.ExecutorUser x, String method, String path, String json) {
        return api.send(method, path, json, x.login(), RegistryFixtures.PASSWORD);
    }

    private Api.Reply as(Fixtures.Clerk c, String method, String path, String json) {
        return api.send(method, path, json, c.login(), c.password());
    }

    @Test
    void anExecutorFilesTheClerkIncludesItAndItsProgrammeIsCertifiedAtTheNormative() {
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "реестр исполнителей");
        RegistryFixtures.ExecutorUser x = RegistryFixtures.executor(api, "Робототехника");
        JsonObject a = RegistryFixtures.submittedApplication(api, x, clerk.authorityId());
        assertEquals("SUBMITTED", a.getString("status"));
        assertFalse(a.getBoolean("filedOnPaper"));
        assertEquals(RegistryFixtures.DOP, a.getJsonArray("services").getJsonObject(0).getString("registryNumber"));
        String path = "api/v1/executor-registry/applications/" + a.getJsonNumber("id");

        assertEquals(List.of("take"), as(clerk, "GET", path, null).json().getJsonArray("actions").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(List.of("withdraw"), as(x, "GET", path, null).json().getJsonArray("actions").getValuesAs(jakarta.json.JsonString::getString));
        Api.Reply checks = as(clerk, "GET", path + "/checks", null);
        assertEquals(200, checks.status(), checks.body());
        JsonObject byCode = checks.json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .collect(jakarta.json.stream.JsonCollectors.toJsonObject(c -> c.asJsonObject().getString("code"), c -> c));
        assertTrue(byCode.getJsonObject("IDENTIFIERS").getBoolean("passed"), checks.body());
        assertTrue(byCode.getJsonObject("LICENCE").getBoolean("passed"), checks.body());
        assertTrue(byCode.getJsonObject("SPECIAL_NAME").getBoolean("passed"), checks.body());
        JsonObject inOrder = byCode.getJsonObject("SERVICE_IN_ORDER");
        assertFalse(inOrder.getBoolean("passed"), "the test's own authority has no approved order: " + checks.body());
        assertEquals("SERVICE_NOT_IN_ORDER", inOrder.getString("refusalReason"));
        assertEquals(403, as(x, "GET", path + "/checks", null).status(), "the checks are the reviewer's");

        JsonObject included = RegistryFixtures.include(api, clerk, a);
        assertEquals("INCLUDED", included.getString("status"));
        JsonObject entries = api.clerkGet("api/v1/executor-registry/entries?executorId=" + x.executorId()).json();
        assertEquals(1, entries.getInt("total"), entries.toString());
        JsonObject entry = entries.getJsonArray("items").getJsonObject(0);
        assertEquals(clerk.authorityId(), entry.getJsonNumber("authorityId").longValue());
        assertEquals(1, entry.getInt("number"), "the first entry of the authority's registry");
        assertEquals("ACTIVE", entry.getString("status"));
        assertEquals(RegistryFixtures.DOP, entry.getJsonArray("services").getJsonObject(0).getString("registryNumber"));
        assertEquals(409, as(clerk, "POST", path + "/include", "{\"version\":" + included.getJsonNumber("version") + "}").status(),
                "an included application is not included twice");

        long service = RegistryFixtures.lugaService(api);
        JsonObject normative = RegistryFixtures.normative(api, service, java.time.LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE).getYear());
        JsonObject programme = RegistryFixtures.certifiedProgramme(api, clerk, x, service, "Робототехника для начинающих");
        assertEquals("CERTIFIED", programme.getString("status"));
        BigDecimal expected = normative.getJsonNumber("unitCost").bigDecimalValue().multiply(new BigDecimal(72)).setScale(6, RoundingMode.HALF_UP);
        assertEquals(0, expected.compareTo(programme.getJsonNumber("price").bigDecimalValue()), programme.toString());
        JsonObject group = programme.getJsonArray("groups").getJsonObject(0);
        assertEquals(15, group.getInt("freePlaces"));
        assertEquals(0, group.getInt("taken"));
        String history = api.clerkGet("api/v1/programmes/" + programme.getJsonNumber("id") + "/history").body();
        assertTrue(history.contains("\"action\":\"certify\"") && history.contains("цена"), history);
    }

    @Test
    void aRefusalNamesItsReasonFromTheListAndAText() {
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "отказ во включении");
        RegistryFixtures.ExecutorUser x = RegistryFixtures.executor(api, "Отказ");
        JsonObject a = RegistryFixtures.submittedApplication(api, x, clerk.authorityId());
        String path = "api/v1/executor-registry/applications/" + a.getJsonNumber("id");
        Api.Reply taken = as(clerk, "POST", path + "/take", "{\"version\":" + a.getJsonNumber("version") + "}");
        assertEquals(200, taken.status(), taken.body());
        long version = taken.json().getJsonNumber("version").longValue();

        Api.Reply noReason = as(clerk, "POST", path + "/refuse", "{\"version\":" + version + ",\"comment\":\"Нет документов\"}");
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.contentType().startsWith("application/problem+json"), noReason.contentType());
        assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply noText = as(clerk, "POST", path + "/refuse", "{\"version\":" + version + ",\"reason\":\"DOCUMENTS_INCOMPLETE\"}");
        assertEquals(400, noText.status(), noText.body());
        assertEquals("comment", noText.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply unknown = as(clerk, "POST", path + "/refuse", "{\"version\":" + version + ",\"reason\":\"BECAUSE\",\"comment\":\"x\"}");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("reason", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply refused = as(clerk, "POST", path + "/refuse", "{\"version\":" + version
                + ",\"reason\":\"DOCUMENTS_INCOMPLETE\",\"comment\":\"Не приложена копия лицензии\"}");
        assertEquals(200, refused.status(), refused.body());
        assertEquals("REFUSED", refused.json().getString("status"));
        assertEquals("DOCUMENTS_INCOMPLETE", refused.json().getString("refusalReason"));
        assertEquals("Не приложена копия лицензии", refused.json().getString("decisionComment"));
        String history = as(x, "GET", path + "/history", null).body();
        assertTrue(history.contains("представлены не все документы: Не приложена копия лицензии"), history);
        assertEquals(0, api.clerkGet("api/v1/executor-registry/entries?executorId=" + x.executorId()).json().getInt("total"));
    }

    @Test
    void anotherExecutorSeesNothingOfTheApplicationAndCannotActOnIt() {
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "область видимости заявок");
        RegistryFixtures.ExecutorUser a = RegistryFixtures.executor(api, "Исполнитель А");
        RegistryFixtures.ExecutorUser b = RegistryFixtures.executor(api, "Исполнитель Б");
        JsonObject app = RegistryFixtures.submittedApplication(api, a, clerk.authorityId());
        String path = "api/v1/executor-registry/applications/" + app.getJsonNumber("id");

        Api.Reply read = as(b, "GET", path, null);
        assertEquals(403, read.status(), read.body());
        assertTrue(read.body().contains("Данные другого исполнителя недоступны"), read.body());
        assertEquals(403, as(b, "GET", path + "/history", null).status());
        assertEquals(403, as(b, "POST", path + "/withdraw", "{\"version\":" + app.getJsonNumber("version") + "}").status());
        assertEquals(0, as(b, "GET", "api/v1/executor-registry/applications", null).json().getInt("total"), "B's list is its own");
        assertEquals(1, as(a, "GET", "api/v1/executor-registry/applications", null).json().getInt("total"), "A's list is its own");
        assertEquals(403, as(a, "POST", path + "/take", "{\"version\":" + app.getJsonNumber("version") + "}").status(),
                "an applicant does not review its own application");
        Api.Reply otherClerk = api.clerkGet(path);
        assertEquals(403, otherClerk.status(), "the demo clerk works for another authority: " + otherClerk.body());
    }

    @Test
    void aClerkFilesAPaperApplicationOnTheExecutorsBehalf() {
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "заявка с бумажного носителя");
        RegistryFixtures.ExecutorUser x = RegistryFixtures.executor(api, "Бумажная");
        Api.Reply noExecutor = as(clerk, "POST", "api/v1/executor-registry/applications", "{\"registryNumbers\":[\"" + RegistryFixtures.DOP + "\"]}");
        assertEquals(400, noExecutor.status(), noExecutor.body());
        assertEquals("executorId", noExecutor.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply created = as(clerk, "POST", "api/v1/executor-registry/applications", "{\"executorId\":" + x.executorId()
                + ",\"registryNumbers\":[\"" + RegistryFixtures.DOP + "\"]}");
        assertEquals(201, created.status(), created.body());
        assertTrue(created.json().getBoolean("filedOnPaper"));
        assertEquals(clerk.authorityId(), created.json().getJsonNumber("authorityId").longValue());
        Api.Reply seen = as(x, "GET", "api/v1/executor-registry/applications/" + created.json().getJsonNumber("id"), null);
        assertEquals(200, seen.status(), "the executor sees the application filed on its behalf");
        Api.Reply badNumber = as(clerk, "PUT", "api/v1/executor-registry/applications/" + created.json().getJsonNumber("id") + "?version="
                + created.json().getJsonNumber("version"), "{\"registryNumbers\":[\"000000\"]}");
        assertEquals(400, badNumber.status(), badNumber.body());
        assertEquals("registryNumbers[0]", badNumber.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void anEntryIsSuspendedAndExcludedWithItsBasisAndTheExtractsPrintIt() throws Exception {
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "выписка из реестра");
        RegistryFixtures.ExecutorUser x = RegistryFixtures.executor(api, "Выписка");
        RegistryFixtures.include(api, clerk, RegistryFixtures.submittedApplication(api, x, clerk.authorityId()));
        long service = RegistryFixtures.lugaService(api);
        RegistryFixtures.certifiedProgramme(api, clerk, x, service, "Шахматы для всех");
        JsonObject entry = api.clerkGet("api/v1/executor-registry/entries?executorId=" + x.executorId()).json().getJsonArray("items").getJsonObject(0);
        String path = "api/v1/executor-registry/entries/" + entry.getJsonNumber("id");

        String one = Pdf.text(api.bytes(path + "/extract.pdf"));
        assertTrue(one.contains("Выписка из реестра исполнителей"), one);
        assertTrue(one.contains(x.name()), one);
        assertTrue(one.contains("Номер реестровой записи 1"), one);
        assertTrue(one.contains(RegistryFixtures.DOP), one);
        assertTrue(one.contains("Шахматы для всех"), one);
        assertTrue(one.contains("действует"), one);

        Api.Reply noBasis = as(clerk, "POST", path + "/suspend", "{\"version\":" + entry.getJsonNumber("version") + "}");
        assertEquals(400, noBasis.status(), noBasis.body());
        assertEquals("comment", noBasis.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, as(x, "POST", path + "/suspend", "{\"version\":" + entry.getJsonNumber("version") + ",\"comment\":\"x\"}").status());
        Api.Reply suspended = as(clerk, "POST", path + "/suspend", "{\"version\":" + entry.getJsonNumber("version")
                + ",\"comment\":\"Предписание надзорного органа\"}");
        assertEquals(200, suspended.status(), suspended.body());
        assertEquals("SUSPENDED", suspended.json().getString("status"));
        Api.Reply excluded = as(clerk, "POST", path + "/exclude", "{\"version\":" + suspended.json().getJsonNumber("version")
                + ",\"comment\":\"Лицензия аннулирована\"}");
        assertEquals("EXCLUDED", excluded.json().getString("status"), excluded.body());
        assertEquals("Лицензия аннулирована", excluded.json().getString("reason"));
        String history = api.clerkGet(path + "/history").body();
        assertTrue(history.contains("Предписание надзорного органа") && history.contains("Лицензия аннулирована"), history);

        String all = Pdf.text(api.bytes("api/v1/executor-registry/entries/extract.pdf?authorityId=" + clerk.authorityId()));
        assertTrue(all.contains("Реестр исполнителей услуг"), all);
        assertTrue(all.contains(x.name()), all);
        assertTrue(all.contains("исключён из реестра"), all);
        assertEquals(400, api.clerkGet("api/v1/executor-registry/entries/extract.pdf").status(), "the authority is named");
    }
}
