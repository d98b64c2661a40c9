package ru.socorder.it;

import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The service picker of the order's and the decision's «Услуги» tabs as a clerk uses it: opens its list with the
 * mouse, types a part of a registry number or a name to narrow the list, chooses a service with the mouse or the
 * keyboard.
 */
final class ServicePicker {
    private final Browser browser;
    private final String id;

    /** @param id the picker's client id, e.g. {@code main:tabs:newService} */
    ServicePicker(Browser browser, String id) {
        this.browser = browser;
        this.id = id;
    }

    /** Clicks the picker's button, as the mouse does, and waits for the list to show services. */
    ServicePicker openWithMouse() {
        browser.driver().findElement(By.id(id)).findElement(By.cssSelector(".ui-autocomplete-dropdown")).click();
        browser.waitForAjax();
        browser.waitUntil(d -> panel().isDisplayed() && !items().isEmpty());
        return this;
    }

    /** Types into the picker (what was there is replaced) and waits until every service offered satisfies the check. */
    ServicePicker type(String text, Predicate<String> offeredWhenDone) {
        WebElement input = input();
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
        browser.waitUntil(d -> {
            browser.waitForAjax();
            List<String> offered = offered();
            return panel().isDisplayed() && !offered.isEmpty() && offered.stream().allMatch(offeredWhenDone);
        });
        return this;
    }

    /** The services the open list offers, as shown. */
    List<String> offered() {
        return items().stream().map(WebElement::getText).toList();
    }

    /** Clicks the offered service whose text starts with the given one. */
    ServicePicker choose(String start) {
        items().stream().filter(e -> e.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("«" + start + "» is not offered: " + offered())).click();
        browser.waitForAjax();
        browser.waitUntil(d -> !panel().isDisplayed());
        return this;
    }

    /** Chooses the highlighted service (the first offered) with the keyboard: Enter. */
    ServicePicker chooseFirstWithKeyboard() {
        input().sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitForAjax();
        browser.waitUntil(d -> !panel().isDisplayed());
        return this;
    }

    /** What the picker shows as chosen. */
    String chosen() {
        return input().getAttribute("value");
    }

    /** Where the open list lies, as «left–right of the window's width» in pixels. */
    String listPlace() {
        return browser.horizontalPlace(panel());
    }

    /** Whether the open list lies within the window (neither wider nor further right than the screen). */
    boolean listFitsTheWindow() {
        return browser.withinWindowWidth(panel());
    }

    private WebElement input() {
        return browser.driver().findElement(By.id(id + "_input"));
    }

    private WebElement panel() {
        return browser.driver().findElement(By.id(id + "_panel"));
    }

    private List<WebElement> items() {
        return panel().findElements(By.cssSelector(".ui-autocomplete-item"));
    }
}
