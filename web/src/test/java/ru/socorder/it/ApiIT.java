package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The API on Payara Micro with the real WAR: health, authentication, the caller, problem bodies, data scope. */
class ApiIT extends IntegrationTest {

    private Api api() {
        return new Api(base());
    }

    @Test
    void healthIsPublicAndReportsTheDatabase() {
        Api.Reply r = api().get("api/v1/health");
        assertEquals(200, r.status());
        JsonObject body = r.json();
        assertEquals("UP", body.getString("status"));
        assertTrue(body.getJsonObject("database").getBoolean("reachable"));
        assertEquals(System.getProperty("it.db.kind", "H2"), body.getJsonObject("database").getString("kind"));
        assertTrue(body.getBoolean("demoMode"));
    }

    @Test
    void theOpenApiDescriptionIsPublicAndDescribesTheApi() {
        Api.Reply r = api().get("api/v1/openapi.json");
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        JsonObject doc = r.json();
        assertEquals("3.1.0", doc.getString("openapi"));
        assertEquals("/api/v1", doc.getJsonArray("servers").getJsonObject(0).getString("url"));
        assertTrue(doc.getJsonObject("paths").containsKey("/social-orders/{id}/form.pdf"));
    }

    @Test
    void apiNeedsCredentialsAndAnswersWithAProblemBody() {
        Api.Reply r = api().get("api/v1/me");
        assertEquals(401, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals("Требуется вход в систему", r.json().getString("title"));

        Api.Reply wrong = api().get("api/v1/me", "clerk", "not-the-password");
        assertEquals(401, wrong.status());
        assertEquals("Неверное имя пользователя или пароль", wrong.json().getString("detail"));
    }

    @Test
    void meTellsTheClerkItsAuthority() {
        Api.Reply r = api().get("api/v1/me", "clerk", "demo");
        assertEquals(200, r.status(), r.body());
        JsonObject me = r.json();
        assertEquals("clerk", me.getString("login"));
        assertEquals("AUTHORITY_CLERK", me.getJsonArray("roles").getString(0));
        assertEquals("AUTHORITY", me.getJsonObject("organisation").getString("type"));
        assertEquals("Администрация Лужского муниципального района", me.getJsonObject("organisation").getString("name"));
    }

    @Test
    void meTellsTheExecutorUserItsOrganisation() {
        JsonObject me = api().get("api/v1/me", "executor", "demo").json();
        assertEquals("EXECUTOR", me.getJsonObject("organisation").getString("type"));
        assertEquals("МАОУ ДО «Компьютерный центр»", me.getJsonObject("organisation").getString("name"));
    }

    @Test
    void onlyAdministratorsListUsersAndTheRuleLivesInTheService() {
        Api.Reply admin = api().get("api/v1/users?size=10", "admin", "demo");
        assertEquals(200, admin.status(), admin.body());
        assertTrue(admin.json().getInt("total") >= 4, admin.body());
        // other tests add users whose logins sort before «clerk» (cclerk-…, capprover-…): look the demo clerk up by name
        Api.Reply clerks = api().get("api/v1/users?q=clerk&size=500", "admin", "demo");
        assertTrue(clerks.json().getJsonArray("items").stream().anyMatch(u -> u.asJsonObject().getString("login").equals("clerk")), clerks.body());

        Api.Reply clerk = api().get("api/v1/users", "clerk", "demo");
        assertEquals(403, clerk.status());
        assertEquals("Пользователей ведёт только администратор", clerk.json().getString("detail"));

        Api.Reply badPage = api().get("api/v1/users?size=100000", "admin", "demo");
        assertEquals(400, badPage.status());
        assertEquals("size", badPage.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void unknownApiPathIsA404ProblemNotAnHtmlPage() {
        Api.Reply r = api().get("api/v1/no-such-thing", "observer", "demo");
        assertEquals(404, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals("Не найдено", r.json().getString("title"));
    }

    @Test
    void pagesRedirectAnonymousUsersToTheLoginPage() {
        Api.Reply r = api().get("index.xhtml");
        assertEquals(302, r.status());
    }
}
