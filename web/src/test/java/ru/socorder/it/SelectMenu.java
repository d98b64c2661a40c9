package ru.socorder.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A select (PrimeFaces selectOneMenu) as the clerk uses it: open with the mouse, filter by typing, choose. */
final class SelectMenu {
    private final Browser browser;
    private final String id;

    /** @param id the select's client id, e.g. {@code serviceForm:directionId} */
    SelectMenu(Browser browser, String id) {
        this.browser = browser;
        this.id = id;
    }

    /** Clicks the select and waits until its list is open and stands still (an option clicked while it slides can miss). */
    SelectMenu openWithMouse() {
        browser.driver().findElement(By.id(id)).click();
        browser.waitUntil(d -> panel().isDisplayed() && Boolean.FALSE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return typeof jQuery !== 'undefined' && jQuery(arguments[0]).is(':animated');", panel())));
        browser.waitForAjax();
        return this;
    }

    /** Types into the list's filter box; waits until the options shown (but «— не выбрано —») all contain the text, case aside. */
    SelectMenu filter(String text) {
        // chromedriver's Cyrillic keys carry no key code PrimeFaces takes for printable, so the filter would not run;
        // a space taken back with Backspace (a key it does act on) makes it filter what was typed, as a keyboard does
        browser.driver().findElement(By.id(id + "_filter")).sendKeys(text, " ", org.openqa.selenium.Keys.BACK_SPACE);
        try {
            browser.waitUntil(d -> {
                List<String> options = shown().stream().filter(o -> !o.startsWith("—")).toList();
                return !options.isEmpty() && options.stream().allMatch(o -> o.toLowerCase().contains(text.toLowerCase()));
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("typing «" + text + "» left " + shown(), e);
        }
        return this;
    }

    /** The options the open list shows. */
    List<String> shown() {
        return panel().findElements(By.cssSelector("li.ui-selectonemenu-item")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
    }

    /** Clicks the shown option with this label. */
    SelectMenu choose(String label) {
        panel().findElements(By.cssSelector("li.ui-selectonemenu-item")).stream().filter(e -> e.isDisplayed() && e.getText().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("«" + label + "» is not shown: " + shown())).click();
        browser.waitUntil(d -> !panel().isDisplayed() && chosen().strip().equals(label));
        browser.waitForAjax();
        return this;
    }

    /** The label the select shows. */
    String chosen() {
        return browser.driver().findElement(By.id(id + "_label")).getText();
    }

    /** Where the open list lies, as «left–right of the window's width» in pixels. */
    String listPlace() {
        return browser.horizontalPlace(panel());
    }

    /** Whether the open list lies within the window (neither wider nor further right than the screen). */
    boolean listFitsTheWindow() {
        return browser.withinWindowWidth(panel());
    }

    private WebElement panel() {
        return browser.driver().findElement(By.id(id + "_panel"));
    }
}
