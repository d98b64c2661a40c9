package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The home page per role at 1366 px: the clerk sees the own authority's and territory's work first (counters, at most
 * ten deadlines and a link to all); executor and observer see no list of other regions' deadlines; the administrator
 * sees the territories as counts. No home page is a long list.
 */
class HomeBrowserIT extends IntegrationTest {
    /** A page bounded by its lists: ten rows of deadlines and ten territories at most fit in this. */
    private static final long BOUNDED = 2600;

    private Browser browser;

    @BeforeEach
    void open() {
        browser = Browser.open(base());
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theClerkSeesTheOwnOrdersDecisionsAndDeadlinesFirst() {
        browser.login("clerk", "demo");
        HomePage home = new HomePage(browser).open();
        browser.screenshot("home-clerk-own-work");
        assertTrue(home.ownWorkShown());
        Map<String, Long> orders = home.counters("myOrders");
        assertEquals(List.of("проект", "на утверждении", "утверждён", "опубликован"), List.copyOf(orders.keySet()));
        assertTrue(orders.values().stream().mapToLong(Long::longValue).sum() >= 1, "the demo Luga order: " + orders);
        Map<String, Long> decisions = home.counters("myDecisions");
        assertTrue(decisions.get("принято") >= 1, "resolution № 417 is adopted: " + decisions);
        List<String> alerts = home.planAlerts();
        assertTrue(alerts.size() <= 10, "at most ten deadlines on the home page: " + alerts.size());
        assertTrue(alerts.stream().noneMatch(a -> a.contains("№ 677") || a.contains("№ 3230") || a.contains("№ 13876-П")),
                "only the own territory's, not Kaluga's, Pyatigorsk's or Magnitogorsk's: " + alerts);
        assertEquals(decisions.get("Мероприятий плана просрочено") + decisions.get("Срок в ближайшие 30 дней"),
                Long.valueOf(browser.text("#allDeadlines").replaceAll("\\D", "")), "the link counts the whole list");
        assertFalse(home.territorySummaryShown(), "a clerk gets no summary of other territories");
        assertTrue(home.height() < BOUNDED, "the page is bounded: " + home.height());
        home.scrollToEnd();
        browser.screenshot("home-clerk-deadlines");

        home.openAllDeadlines();
        assertEquals("Сроки плана апробации", browser.text("h1"));
        String list = browser.text("#listForm\\:table");
        assertFalse(list.contains("Калужская область"), "the clerk's full list is the own territory's too");
        browser.screenshot("deadlines-clerk");
    }

    @Test
    void executorAndObserverSeeNoListOfOtherRegions() {
        for (String user : List.of("executor", "observer")) {
            browser.login(user, "demo");
            HomePage home = new HomePage(browser).open();
            browser.screenshot("home-" + user);
            assertFalse(home.ownWorkShown(), user + " works for no authority");
            assertTrue(home.planAlerts().isEmpty(), user + " sees no deadlines of other regions");
            assertFalse(home.territorySummaryShown(), user);
            assertFalse(home.text().contains("Калужская область") || home.text().contains("Пятигорск"), user);
            assertTrue(home.height() < 1600, user + ": " + home.height()); // the executor's registry and enrolment cards
            assertTrue(!browser.driver().findElements(By.id("countServices")).isEmpty(), "the catalogue's counters stay");
            browser.logout();
        }
    }

    @Test
    void theAdministratorSeesTheTerritoriesAsCounts() {
        browser.login("admin", "demo");
        HomePage home = new HomePage(browser).open();
        browser.screenshot("home-admin");
        assertFalse(home.ownWorkShown(), "the administrator works for no authority");
        assertTrue(home.planAlerts().isEmpty(), "no list of deadlines, counts instead");
        assertTrue(home.territorySummaryShown());
        List<String> territories = home.territories();
        assertTrue(!territories.isEmpty() && territories.size() <= 10, territories.toString());
        assertTrue(territories.stream().anyMatch(t -> t.contains("Калужская")), territories.toString());
        assertTrue(home.height() < BOUNDED, "the page is bounded: " + home.height());
    }
}
