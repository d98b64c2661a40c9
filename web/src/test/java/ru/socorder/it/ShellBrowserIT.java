package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** What a clerk and an administrator see in a real browser: login, the Russian shell, logout, expiry, users. */
class ShellBrowserIT extends IntegrationTest {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(base());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void clerkLogsInAndSeesTheRussianShellWithItsAuthority() {
        browser.go("index.xhtml");
        assertTrue(browser.currentPath().startsWith("/login.xhtml"), browser.currentPath());
        assertEquals("Вход в систему", browser.text("h2"));

        browser.login("clerk", "demo");
        browser.screenshot("home-clerk");
        assertTrue(browser.currentPath().startsWith("/index.xhtml"), browser.currentPath());
        assertEquals("Иванова Мария Петровна", browser.text("#currentUser"));
        assertEquals("Администрация Лужского муниципального района", browser.text("#currentOrganisation"));
        assertEquals("Администрация Лужского муниципального района", browser.text("[id$='organisationName']"));
        String menu = browser.text("#menuForm\\:menu");
        for (String area : new String[] {"Справочники", "Решения об организации", "Социальный заказ", "Отбор исполнителей",
                "Сертификаты", "Отчёты"}) {
            assertTrue(menu.contains(area), "menu lacks " + area + ": " + menu);
        }
        assertTrue(!menu.contains("Администрирование"), "a clerk must not see administration");
        assertTrue(Integer.parseInt(browser.text("#countServices")) >= 24, "demo services are loaded");

        browser.logout();
        assertTrue(browser.currentPath().startsWith("/login.xhtml"), browser.currentPath());
        assertTrue(browser.text("#logoutNote").contains("Вы вышли из системы"));
        browser.go("index.xhtml");
        assertTrue(browser.currentPath().startsWith("/login.xhtml"), "after logout pages need a new login");
    }

    @Test
    void wrongPasswordIsRefusedInRussian() {
        browser.login("clerk", "wrong-password");
        assertTrue(browser.currentPath().startsWith("/login.xhtml"));
        assertTrue(browser.text("#loginForm\\:messages").contains("Неверное имя пользователя или пароль"));
    }

    @Test
    void afterLoginTheUserLandsWhereHeWasGoing() {
        browser.go("admin/users.xhtml");
        browser.login("admin", "demo");
        assertTrue(browser.currentPath().startsWith("/admin/users.xhtml"), browser.currentPath());
    }

    @Test
    void administratorReadsTheApiReferenceFromTheMenu() {
        browser.login("admin", "demo");
        browser.click("#menuForm\\:menuApi");
        assertEquals("Описание API", browser.text("h1"));
        String page = browser.text(".app-content");
        assertTrue(page.contains("/api/v1/social-orders/{id}/form.pdf"), page);
        assertTrue(page.contains("Печатная форма заказа (PDF"), page);
        assertTrue(page.contains("id (в пути, обязательный"), page);
        browser.screenshot("api-reference");
        browser.click("#document");
        assertTrue(browser.driver().getPageSource().contains("\"openapi\""), "the link opens the document");
    }

    @Test
    void anExpiredSessionLeadsToTheLoginPageWithAFriendlyNote() {
        browser.login("observer", "demo");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", "expired-session-id"));
        browser.go("index.xhtml");
        assertTrue(browser.currentPath().startsWith("/login.xhtml"), browser.currentPath());
        assertTrue(browser.text("#expiredNote").contains("Сеанс работы истёк"));
    }

    @Test
    void administratorCreatesAUserAndSeesFieldErrorsInRussianFirst() {
        browser.login("admin", "demo");
        browser.click("#menuForm\\:menuUsers");
        assertEquals("Пользователи", browser.text("h1"));
        browser.click("[id$='create']");
        assertTrue(browser.currentPath().startsWith("/admin/user.xhtml"), browser.currentPath());

        browser.type("#userForm\\:login", "clerk2");
        browser.type("#userForm\\:fullName", "Смирнова Ольга Николаевна");
        browser.click("label[for='userForm:roles:1']");
        browser.type("#userForm\\:password", "short");
        browser.click("#userForm\\:save");
        String messages = browser.text("#userForm\\:messages");
        assertTrue(messages.contains("должен быть привязан к уполномоченному органу"), messages);
        assertTrue(messages.contains("не менее 8 символов"), messages);
        browser.screenshot("user-validation");

        browser.selectOneMenu("userForm:authorityId", "Администрация Лужского муниципального района");
        browser.type("#userForm\\:password", "long-enough-password");
        browser.click("#userForm\\:save");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/admin/users.xhtml"));
        browser.waitForAjax();
        browser.type("#usersForm\\:search", "clerk2");
        browser.waitUntil(d -> d.findElement(org.openqa.selenium.By.cssSelector("#usersForm\\:table")).getText().contains("Смирнова"));
        assertTrue(browser.text("#usersForm\\:table").contains("Специалист уполномоченного органа"));
    }
}
