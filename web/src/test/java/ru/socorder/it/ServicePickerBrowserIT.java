package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The service picker of the order's and the decision's «Услуги» tabs at 1366 × 768: it opens with a mouse click and
 * stays open within the window, typing a part of a registry number (Latin lookalikes too) or a name narrows it, and
 * the service chosen with the mouse or the keyboard is added.
 */
class ServicePickerBrowserIT extends BrowserTest {
    private final Api api = new Api(base());

    @Test
    void theOrdersPickerOpensWithTheMouseNarrowsAsTheClerkTypesAndAddsTheChosenService() {
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "выбор услуги");
        long id = Fixtures.lugaDraftOrder(api, clerk);
        browser.login(clerk.login(), clerk.password());
        OrderPage page = new OrderPage(browser).open(id).tab("Услуги");

        ServicePicker picker = new ServicePicker(browser, "main:tabs:newService").openWithMouse();
        browser.screenshot("order-service-picker-open");
        assertTrue(picker.listFitsTheWindow(), "the list fits the 1366 px window: " + picker.listPlace());
        List<String> offered = picker.offered();
        assertFalse(offered.isEmpty(), "a click opens the territory's services (other tests add services of their own to it)");
        assertFalse(offered.stream().anyMatch(s -> s.startsWith("804200О.99.0.ББ52АЕ04000")), "the order's own service is not offered again");

        picker.type("AE76", s -> s.contains("ББ52АЕ76000")).choose("804200О.99.0.ББ52АЕ76000");
        assertTrue(picker.chosen().startsWith("804200О.99.0.ББ52АЕ76000 — "), picker.chosen());
        page.addLine();
        assertTrue(page.linesText().contains("804200О.99.0.ББ52АЕ76000"), page.linesText());

        picker.type("художеств", s -> s.toLowerCase().contains("художеств"));
        browser.screenshot("order-service-picker-typed");
        String first = picker.offered().get(0);
        picker.chooseFirstWithKeyboard();
        assertEquals(first, picker.chosen());
        page.addLine();
        assertTrue(page.linesText().contains(first.substring(0, 24)), page.linesText());
    }

    @Test
    void theDecisionsPickerIsTheSamePicker() {
        long id = Fixtures.lugaDecision(api, "Проверка выбора услуги");
        browser.login("clerk", "demo");
        browser.go("decision/decision.xhtml?id=" + id);
        browser.driver().findElement(By.id("main:tabs")).findElement(By.linkText("Услуги")).click();
        browser.waitForAjax();

        ServicePicker picker = new ServicePicker(browser, "main:tabs:scopeService").openWithMouse();
        assertTrue(picker.listFitsTheWindow(), "the list fits the 1366 px window: " + picker.listPlace());
        picker.type("804200O.99", s -> s.startsWith("804200О.99")); // a Latin O where the list flag stands
        String[] shown = new String[1]; // the list may be re-rendered by a late answer: read its first item once it shows
        browser.waitUntil(d -> {
            List<String> offered = picker.offered();
            shown[0] = offered.isEmpty() ? "" : offered.get(0);
            return shown[0].length() >= 24;
        });
        String first = shown[0];
        picker.chooseFirstWithKeyboard();
        assertEquals(first, picker.chosen());
        browser.click("[id$='addService']");
        browser.waitUntil(d -> d.findElement(By.cssSelector("[id$='serviceTable']")).getText().contains(first.substring(0, 24)));
        browser.screenshot("decision-service-added");
    }

    @Test
    void theServiceCardsSelectsFitTheirPlaceOpenWithTheMouseAndFilterByTyping() {
        browser.login("admin", "demo");
        browser.go("catalog/service.xhtml");
        SelectMenu direction = new SelectMenu(browser, "serviceForm:directionId").openWithMouse();
        browser.screenshot("service-card-directions-open");
        assertTrue(direction.listFitsTheWindow(), "the directions' list fits the window: " + direction.listPlace());
        String longest = direction.shown().stream().max(java.util.Comparator.comparing(String::length)).orElseThrow();
        direction.choose(longest);
        assertEquals(longest, direction.chosen());
        assertEquals(List.of(), browser.layoutProblems("service-card-long-direction"), "the chosen direction stays in its place");

        SelectMenu territory = new SelectMenu(browser, "serviceForm:territoryId").openWithMouse().filter("лужск");
        assertTrue(territory.listFitsTheWindow());
        territory.choose("Лужский муниципальный район");
        assertEquals("Лужский муниципальный район", territory.chosen());
    }
}
