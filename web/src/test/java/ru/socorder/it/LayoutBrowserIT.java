package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every main screen at 1366 × 768, the commonest office screen ({@link Browser#layoutProblems}): the page does not
 * scroll sideways, no field, button or label overlaps another, no table column is narrower than its longest word.
 * Each test walks a role's screens and reports every problem it met (screenshots «layout-…» in target/screenshots).
 */
class LayoutBrowserIT extends BrowserTest {
    private static final List<String> CATALOGUE = List.of("menuTerritories", "menuDirections", "menuAuthorities", "menuServices",
            "menuExecutors", "menuUnits");
    private final List<String> problems = new ArrayList<>();

    @Test
    void theCatalogueImportAndAdministrationScreensFit() {
        browser.login("admin", "demo");
        check("home");
        for (String list : CATALOGUE) {
            ListPage page = new ListPage(browser).openFromMenu(list);
            check(list);
            page.openFirst();
            check(list + "-card");
            browser.go(browser.currentPath().substring(1).replaceAll("\\?.*", ""));
            check(list + "-new");
        }
        browser.go("catalog/service-import.xhtml");
        check("service-import");
        browser.go("catalog/executor-import.xhtml");
        check("executor-import");
        new ListPage(browser, "usersForm").openFromMenu("menuUsers");
        check("users");
        browser.click("#usersForm\\:table tbody tr[data-ri] a");
        check("user");
        browser.go("admin/user.xhtml");
        check("user-new");
        browser.click("#menuForm\\:menuAudit");
        check("audit");
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void theClerksDecisionAndOrderScreensFit() {
        browser.login("clerk", "demo");
        ListPage services = new ListPage(browser).openFromMenu("menuServices");
        services.search("ББ52АЕ04000");
        services.waitForRows(r -> !r.isEmpty() && r.stream().allMatch(t -> t.contains("ББ52АЕ04000")));
        services.openFirst();
        check("clerk-service-card");
        new ListPage(browser).openFromMenu("menuExecutors").openFirst();
        check("clerk-executor-card");

        ListPage decisions = new ListPage(browser).openFromMenu("menuDecisions");
        check("decisions");
        decisions.search("417");
        decisions.waitForRows(r -> r.size() == 1 && r.get(0).contains("417"));
        decisions.openFirst();
        eachTab("decision-417");
        browser.driver().findElement(By.id("main:tabs")).findElement(By.linkText("Рабочая группа")).click();
        browser.waitForAjax();
        browser.click("[id$='newMeeting']");
        browser.waitUntil(d -> d.findElement(By.id("meetingDialog")).isDisplayed());
        check("decision-417-meeting-dialog");
        browser.go("decision/decision-new.xhtml");
        check("decision-new");

        browser.click("#menuForm\\:menuOrders");
        check("orders");
        browser.click("#listForm\\:table tbody tr[data-ri] a");
        eachTab("demo-order");
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void aDraftOrderBeingEditedFits() {
        Api api = new Api(base());
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "вёрстка заказа");
        long id = Fixtures.lugaDraftOrder(api, clerk);
        browser.login(clerk.login(), clerk.password());
        new OrderPage(browser).open(id);
        eachTab("draft-order");
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** Opens every tab of the card in turn and checks it. */
    private void eachTab(String name) {
        List<WebElement> tabs = browser.driver().findElements(By.cssSelector("#main\\:tabs > .ui-tabs-nav a"));
        for (int i = 0; i < tabs.size(); i++) {
            browser.driver().findElements(By.cssSelector("#main\\:tabs > .ui-tabs-nav a")).get(i).click();
            browser.waitForAjax();
            check(name + "-tab" + (i + 1));
        }
    }

    private void check(String name) {
        problems.addAll(browser.layoutProblems(name));
    }
}
