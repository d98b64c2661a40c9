package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the browser keeps: pages and API answers (personal and order data) are not stored — after «Выйти» the Back
 * button does not show the last order with the clerk's name —, static resources may be cached; the icon is there; the
 * demo login page names every demo user.
 */
class BrowserCacheIT extends IntegrationTest {
    private final Api api = new Api(base());

    @Test
    void pagesAndApiAnswersAreNoStoreStaticResourcesAreNot() {
        for (Api.Reply r : List.of(api.get("login.xhtml"), api.get("index.xhtml"), api.clerkGet("api/v1/me"),
                api.clerkGet("api/v1/decisions?size=1"), api.get("api/v1/me"))) {
            assertEquals("no-store", r.header("Cache-Control"), r.status() + " " + r.headers().map());
        }
        Api.Reply css = api.get("jakarta.faces.resource/css/app.css.xhtml");
        assertEquals(200, css.status());
        assertNotEquals("no-store", css.header("Cache-Control"), "static resources may be cached");
    }

    @Test
    void theIconIsServedToEveryone() {
        Api.Reply icon = api.get("favicon.ico");
        assertEquals(200, icon.status(), icon.body());
        assertTrue(icon.contentType().startsWith("image/"), icon.contentType());
        assertFalse("no-store".equals(icon.header("Cache-Control")));
    }

    @Test
    void theDemoLoginPageNamesEveryDemoUserWithTheApprover() {
        String login = api.get("login.xhtml").body();
        assertTrue(login.contains("admin, clerk, approver, executor, observer"), login);
        assertTrue(login.contains("favicon.ico"), "the page links its icon");
    }

    @Test
    void afterLogoutTheBackButtonDoesNotShowTheOrderWithTheClerksName() {
        long order = api.clerkGet("api/v1/social-orders?size=1").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        try (Browser browser = Browser.open(base())) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
            browser.login("clerk", "demo");
            new OrderPage(browser).open(order);
            assertTrue(browser.text("body").contains("Иванова Мария Петровна"), "the order page names the clerk");
            browser.logout();
            assertTrue(browser.currentPath().startsWith("/login.xhtml"), browser.currentPath());
            browser.driver().navigate().back();
            browser.waitForAjax();
            browser.screenshot("back-after-logout");
            assertFalse(browser.text("body").contains("Иванова Мария Петровна"), "the order page is not shown again: " + browser.currentPath());
            assertTrue(browser.currentPath().startsWith("/login.xhtml"), "the page is asked for again, and needs a login: " + browser.currentPath());
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("expiredNote")).isEmpty(),
                    "a user who logged out is not told the session expired");
        }
    }
}
