package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What happened to a record is read back: the history of a reference record and of a user account through
 * {@code GET …/{id}/history}, and the administrators' journal of actions through {@code GET /api/v1/audit}. The test
 * creates the unit and the user it reads about.
 */
class AuditIT extends IntegrationTest {
    private final Api api = new Api(base());

    @Test
    void aUnitShowsWhoCreatedAndChangedItInItsHistoryAndInTheJournal() {
        JsonObject unit = createUnit();
        long id = unit.getJsonNumber("id").longValue();
        String code = unit.getString("code");
        Api.Reply changed = api.send("PUT", "api/v1/units/" + id, "{\"code\":\"" + code + "\",\"name\":\"Проверка журнала (изменено)\","
                + "\"shortName\":\"пров.\",\"version\":" + unit.getInt("version") + "}", "admin", "demo");
        assertEquals(200, changed.status(), changed.body());

        List<JsonObject> history = items(api.clerkGet("api/v1/units/" + id + "/history"));
        assertEquals(List.of("unit_created", "unit_updated"), history.stream().map(h -> h.getString("action")).toList());
        assertEquals(List.of("создание", "изменение"), history.stream().map(h -> h.getString("actionLabel")).toList());
        assertEquals("admin", history.get(1).getString("actor"));
        assertTrue(history.get(1).getString("role").contains("ADMIN"), history.toString());
        assertTrue(history.get(1).isNull("from") && history.get(1).isNull("to"), "a change is not a lifecycle step");
        assertEquals(404, api.clerkGet("api/v1/units/999999999/history").status());

        String today = LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).toString();
        List<JsonObject> journal = items(api.get("api/v1/audit?kind=unit&size=200&from=" + today + "&to=" + today, "admin", "demo"));
        List<String> ofThisUnit = journal.stream().filter(a -> !a.isNull("recordId") && a.getJsonNumber("recordId").longValue() == id)
                .map(a -> a.getString("actionLabel")).toList();
        assertEquals(List.of("изменение", "создание"), ofThisUnit, "newest first");
        assertTrue(journal.stream().allMatch(a -> a.getString("kind").equals("unit")), journal.toString());
        List<JsonObject> yesterday = items(api.get("api/v1/audit?kind=unit&to=" + LocalDate.parse(today).minusDays(1), "admin", "demo"));
        assertTrue(yesterday.stream().noneMatch(a -> !a.isNull("recordId") && a.getJsonNumber("recordId").longValue() == id));
    }

    @Test
    void aUsersHistoryShowsItsCreationAndItsFailedLogins() {
        String login = LoginThrottlingIT.uniqueLogin("audit-");
        long id = LoginThrottlingIT.createUser(api, login);
        new LoopbackClient(base(), "127.0.0.5").get("api/v1/me", login, "wrong-password");

        List<JsonObject> history = items(api.get("api/v1/users/" + id + "/history", "admin", "demo"));
        assertEquals(List.of("создание", "неудачный вход"), history.stream().map(h -> h.getString("actionLabel")).toList());
        assertEquals("admin", history.get(0).getString("actor"));
        assertEquals(login, history.get(1).getString("actor"), "a failed login names the login tried");
    }

    @Test
    void onlyAdministratorsReadTheJournalAndBadFiltersNameTheirParameter() {
        assertEquals(403, api.clerkGet("api/v1/audit").status());
        assertEquals(403, api.get("api/v1/audit", "observer", "demo").status());
        assertField(api.get("api/v1/audit?kind=planet", "admin", "demo"), "kind");
        assertField(api.get("api/v1/audit?from=2026-02-30", "admin", "demo"), "from");
        assertField(api.get("api/v1/audit?from=2026-05-02&to=2026-05-01", "admin", "demo"), "to");
        assertField(api.get("api/v1/audit?sort=details", "admin", "demo"), "sort");
        assertEquals(200, api.get("api/v1/audit?sort=-occurredAt&q=LOGIN", "admin", "demo").status());
    }

    private JsonObject createUnit() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = String.valueOf(9000 + ThreadLocalRandom.current().nextInt(1000));
            Api.Reply r = api.send("POST", "api/v1/units", "{\"code\":\"" + code + "\",\"name\":\"Проверка журнала " + code + "\","
                    + "\"shortName\":\"пров.\"}", "admin", "demo");
            if (r.status() == 201 || r.status() == 200) {
                return r.json();
            }
            assertEquals(409, r.status(), r.body()); // the code is taken by an earlier run: another one
        }
        throw new AssertionError("no free unit code");
    }

    private static List<JsonObject> items(Api.Reply r) {
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private static void assertField(Api.Reply r, String field) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(r.body().contains("\"" + field + "\""), r.body());
    }
}
