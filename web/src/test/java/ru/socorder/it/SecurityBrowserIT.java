package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * Web security in a real browser: the content security policy lets every main screen work (Chromium reports each
 * violation in its console log), the session cookie is SameSite=Lax and HttpOnly, and the login screen says when
 * an account is locked after wrong passwords.
 */
class SecurityBrowserIT extends IntegrationTest {
    private Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * The application reached at a loopback address (the rest of the suite uses the host's address that Payara Micro
     * reports), so address throttling counts this browser apart. Chromium connects from 127.0.0.1 whatever loopback
     * address it is given, so only this test may use it.
     */
    private static URL from(String loopbackAddress) {
        try {
            return new URL("http", loopbackAddress, base().getPort(), base().getPath());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void tab(String title) {
        browser.driver().findElement(By.linkText(title)).click();
        browser.waitForAjax();
    }

    @Test
    void mainScreensWorkUnderTheContentSecurityPolicy() {
        Api api = new Api(base());
        long decision = api.get("api/v1/decisions?size=1", "admin", "demo").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long order = api.get("api/v1/social-orders?size=1", "admin", "demo").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();

        browser = Browser.open(base());
        List<String> violations = new ArrayList<>();
        browser.go("login.xhtml");
        violations.addAll(browser.cspViolations());
        browser.login("admin", "demo");
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertNotNull(session, "the form login keeps a session");
        assertEquals("Lax", session.getSameSite());
        assertTrue(session.isHttpOnly());

        for (String page : List.of("index.xhtml", "admin/users.xhtml", "catalog/territories.xhtml", "catalog/directions.xhtml",
                "catalog/authorities.xhtml", "catalog/services.xhtml", "catalog/executors.xhtml", "catalog/units.xhtml",
                "decision/decisions.xhtml", "order/orders.xhtml")) {
            browser.go(page);
            assertTrue(browser.currentPath().startsWith("/" + page), browser.currentPath());
            violations.addAll(browser.cspViolations().stream().map(v -> page + ": " + v).toList());
        }

        browser.go("admin/users.xhtml");
        browser.type("#usersForm\\:search", "Намлиев"); // the demo approver; other tests add approvers of their own
        browser.waitUntil(d -> d.findElements(By.cssSelector("#usersForm\\:table_data > tr")).size() == 1);
        browser.click("#usersForm\\:table a[href*='user.xhtml']");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/admin/user.xhtml"));
        browser.waitForAjax();
        violations.addAll(browser.cspViolations().stream().map(v -> "users/user: " + v).toList());

        browser.go("decision/decision.xhtml?id=" + decision);
        for (String title : List.of("Услуги", "План апробации", "Показатели", "Рабочая группа")) {
            tabIfPresent(title);
        }
        violations.addAll(browser.cspViolations().stream().map(v -> "decision: " + v).toList());

        browser.go("order/order.xhtml?id=" + order);
        for (String title : List.of("Услуги", "Объёмы по способам", "Показатели качества", "Версии и история")) {
            tabIfPresent(title);
        }
        violations.addAll(browser.cspViolations().stream().map(v -> "order: " + v).toList());
        browser.screenshot("csp-order");

        assertEquals(List.of(), violations, "Content-Security-Policy violations");
    }

    private void tabIfPresent(String title) {
        List<WebElement> links = browser.driver().findElements(By.linkText(title));
        if (!links.isEmpty()) {
            links.get(0).click();
            browser.waitForAjax();
        }
    }

    @Test
    void theLoginScreenSaysWhenAnAccountIsLockedAndTheAdministratorUnlocksIt() {
        Api api = new Api(base());
        String login = LoginThrottlingIT.uniqueLogin("form-");
        LoginThrottlingIT.createUser(api, login);

        browser = Browser.open(from("127.0.0.1"));
        for (int i = 1; i <= 4; i++) {
            browser.login(login, "wrong-" + i);
            assertTrue(browser.text("#loginForm\\:messages").contains("Неверное имя пользователя или пароль"),
                    browser.text("#loginForm\\:messages"));
        }
        browser.login(login, "wrong-5");
        String locked = browser.text("#loginForm\\:messages");
        assertTrue(locked.contains("Слишком много неудачных попыток входа. Повторите через 15 мин."), locked);
        browser.screenshot("login-locked");
        browser.login(login, LoginThrottlingIT.PASSWORD);
        assertTrue(browser.currentPath().startsWith("/login.xhtml"), "the right password is refused while locked");
        assertTrue(browser.text("#loginForm\\:messages").contains("Слишком много неудачных попыток входа"));

        browser.login("admin", "demo");
        browser.go("admin/users.xhtml");
        browser.type("#usersForm\\:search", login);
        browser.waitUntil(d -> d.findElements(By.cssSelector("#usersForm\\:table_data > tr")).size() == 1
                && d.findElement(By.cssSelector("#usersForm\\:table_data")).getText().contains(login));
        assertTrue(browser.text("#usersForm\\:table_data").contains("заблокирован до"), browser.text("#usersForm\\:table_data"));
        browser.click("#usersForm\\:table a[href*='user.xhtml']");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/admin/user.xhtml"));
        browser.waitForAjax();
        assertTrue(browser.text("#userForm\\:lock").contains("Вход заблокирован до"), browser.text("#userForm\\:lock"));
        browser.screenshot("user-locked");
        browser.click("#userForm\\:unlock");
        browser.waitUntil(d -> d.findElements(By.id("userForm:lock")).isEmpty());
        assertTrue(browser.text("#userForm\\:messages").contains("разблокирован"), browser.text("#userForm\\:messages"));
        assertTrue(browser.cspViolations().isEmpty());

        browser.driver().manage().deleteAllCookies();
        browser.login(login, LoginThrottlingIT.PASSWORD);
        assertTrue(browser.currentPath().startsWith("/index.xhtml"), browser.currentPath());
    }
}
