package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Login throttling through the API (HTTP Basic): five wrong passwords lock the account for 15 minutes, the right
 * password is refused too until an administrator unlocks it; too many failures from one address refuse that
 * address. Each test creates its own user and talks from its own loopback source address (127.0.0.2 …), so the
 * demo users and the address the rest of the suite uses are never locked, whatever the order of the tests.
 */
class LoginThrottlingIT extends IntegrationTest {
    static final String PASSWORD = "right-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Api api = new Api(base());

    /** A fresh observer account created by the administrator; returns its id. */
    static long createUser(Api api, String login) {
        Api.Reply r = api.send("POST", "api/v1/users", "{\"login\":\"" + login + "\",\"fullName\":\"Проверка блокировки\","
                + "\"password\":\"" + PASSWORD + "\",\"roles\":[\"OBSERVER\"],\"active\":true}", "admin", "demo");
        assertEquals(201, r.status(), r.body());
        assertFalse(r.json().getBoolean("locked"));
        return r.json().getJsonNumber("id").longValue();
    }

    static String uniqueLogin(String prefix) {
        return prefix + System.currentTimeMillis() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    private JsonObject userAsAdmin(String login) {
        Api.Reply r = api.get("api/v1/users?q=" + login, "admin", "demo");
        assertEquals(200, r.status(), r.body());
        assertEquals(1, r.json().getInt("total"), r.body());
        return r.json().getJsonArray("items").getJsonObject(0);
    }

    private List<String> history(long id) {
        Api.Reply r = api.get("api/v1/users/" + id + "/history", "admin", "demo");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).map(o -> o.getString("action")).toList();
    }

    private static void assertLockedProblem(Api.Reply r) {
        assertEquals(429, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals("Слишком много попыток входа", r.json().getString("title"));
        assertEquals(429, r.json().getInt("status"));
        assertTrue(r.json().getString("detail").matches("Слишком много неудачных попыток входа\\. Повторите через 1?[0-9] мин\\."),
                r.json().getString("detail"));
        long retryAfter = Long.parseLong(r.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertNotNull(r.header("Content-Security-Policy"), "security headers on the mechanism's own answers too");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
        String login = uniqueLogin("locked-");
        long id = createUser(api, login);
        LoopbackClient client = new LoopbackClient(base(), "127.0.0.2");

        for (int i = 1; i <= 4; i++) {
            Api.Reply wrong = client.get("api/v1/me", login, "wrong-" + i);
            assertEquals(401, wrong.status(), "attempt " + i + ": " + wrong.body());
            assertEquals("Неверное имя пользователя или пароль", wrong.json().getString("detail"));
        }
        assertLockedProblem(client.get("api/v1/me", login, "wrong-5"));
        assertLockedProblem(client.get("api/v1/me", login, "wrong-6"));
        assertLockedProblem(client.get("api/v1/me", login, PASSWORD));
        assertLockedProblem(api.get("api/v1/me", login, PASSWORD));

        JsonObject listed = userAsAdmin(login);
        assertTrue(listed.getBoolean("locked"), listed.toString());
        assertFalse(listed.isNull("lockedUntil"));
        List<String> events = history(id);
        assertEquals(5, events.stream().filter("login_failed"::equals).count(), events.toString());
        assertEquals(1, events.stream().filter("login_locked"::equals).count(), events.toString());
        assertEquals(3, events.stream().filter("login_refused_locked"::equals).count(), events.toString());

        Api.Reply byClerk = api.send("POST", "api/v1/users/" + id + "/unlock", null, "clerk", "demo");
        assertEquals(403, byClerk.status(), byClerk.body());
        assertTrue(byClerk.contentType().startsWith("application/problem+json"), byClerk.contentType());
        assertEquals(429, client.get("api/v1/me", login, PASSWORD).status(), "still locked after the clerk's try");

        Api.Reply unlocked = api.send("POST", "api/v1/users/" + id + "/unlock", null, "admin", "demo");
        assertEquals(200, unlocked.status(), unlocked.body());
        assertFalse(unlocked.json().getBoolean("locked"));
        assertTrue(unlocked.json().isNull("lockedUntil"));
        assertEquals(1, history(id).stream().filter("user_unlocked"::equals).count());

        Api.Reply me = client.get("api/v1/me", login, PASSWORD);
        assertEquals(200, me.status(), me.body());
        assertEquals(login, me.json().getString("login"));
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        String login = uniqueLogin("reset-");
        long id = createUser(api, login);
        LoopbackClient client = new LoopbackClient(base(), "127.0.0.3");
        for (int i = 0; i < 4; i++) {
            assertEquals(401, client.get("api/v1/me", login, "wrong").status());
        }
        assertEquals(200, client.get("api/v1/me", login, PASSWORD).status());
        for (int i = 0; i < 4; i++) {
            assertEquals(401, client.get("api/v1/me", login, "wrong").status(), "the count started again after the success");
        }
        assertEquals(200, client.get("api/v1/me", login, PASSWORD).status());
        assertFalse(userAsAdmin(login).getBoolean("locked"));
        assertTrue(history(id).stream().noneMatch("LOGIN_LOCKED"::equals));
    }

    @Test
    void tooManyFailuresFromOneAddressRefuseThatAddressForEveryAccount() {
        LoopbackClient client = new LoopbackClient(base(), "127.0.0.4");
        String prefix = uniqueLogin("nobody-");
        for (int i = 1; i <= 19; i++) {
            Api.Reply r = client.get("api/v1/me", prefix + "-" + i, "guess");
            assertEquals(401, r.status(), "attempt " + i + ": " + r.body());
        }
        assertLockedProblem(client.get("api/v1/me", prefix + "-20", "guess"));
        assertLockedProblem(client.get("api/v1/me", "observer", "demo"));
        assertEquals(200, api.get("api/v1/me", "observer", "demo").status(), "other addresses are not affected");
        assertFalse(userAsAdmin("observer").getBoolean("locked"), "the address lock does not lock the accounts");
    }

    @Test
    void unlockIsForAdministratorsAndNamesUnknownUsers() {
        Api.Reply observer = api.send("POST", "api/v1/users/1/unlock", null, "observer", "demo");
        assertEquals(403, observer.status(), observer.body());
        Api.Reply unknown = api.send("POST", "api/v1/users/999999999/unlock", null, "admin", "demo");
        assertEquals(404, unknown.status(), unknown.body());
        assertEquals("Пользователь не найден", unknown.json().getString("detail"));
        Api.Reply history = api.get("api/v1/users/1/history", "clerk", "demo");
        assertEquals(403, history.status(), history.body());
    }

    @Test
    void basicApiCallsAreStatelessAndCarryTheSecurityHeaders() {
        for (Api.Reply r : List.of(api.get("api/v1/me", "clerk", "demo"), api.get("api/v1/users?size=1", "admin", "demo"),
                api.get("api/v1/health"), api.get("api/v1/me"), api.get("api/v1/no-such-thing", "observer", "demo"))) {
            assertNull(r.header("Set-Cookie"), "no session for a Basic API call: " + r.headers().map());
            assertSecurityHeaders(r);
        }
        assertEquals(200, api.get("api/v1/me", "clerk", "demo").status());
    }

    @Test
    void pagesAndResourcesCarryTheSecurityHeaders() {
        Api.Reply login = api.get("login.xhtml");
        assertEquals(200, login.status());
        assertSecurityHeaders(login);
        assertSecurityHeaders(api.get("jakarta.faces.resource/css/app.css.xhtml"));
        Api.Reply redirect = api.get("index.xhtml");
        assertEquals(302, redirect.status());
        assertSecurityHeaders(redirect);
        String cookie = redirect.header("Set-Cookie");
        assertNotNull(cookie, "the redirect to the login page remembers the target in a session");
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
    }

    static void assertSecurityHeaders(Api.Reply r) {
        String csp = r.header("Content-Security-Policy");
        assertNotNull(csp, "CSP on " + r.status() + " " + r.headers().map());
        for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                "frame-ancestors 'none'")) {
            assertTrue(csp.contains(directive), directive + " in " + csp);
        }
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("DENY", r.header("X-Frame-Options"));
        assertEquals("same-origin", r.header("Referrer-Policy"));
        assertNull(r.header("Strict-Transport-Security"), "HSTS only over TLS");
    }
}
