package ru.socorder.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The home page as a user reads it: own counters, own deadlines, the territories' summary, the catalogue's counters. */
final class HomePage {
    private final Browser browser;

    HomePage(Browser browser) {
        this.browser = browser;
    }

    HomePage open() {
        browser.go("index.xhtml");
        return this;
    }

    private boolean shown(String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    /** Whether the «own work» part (orders of the own authority, decisions and deadlines of the own territory) is there. */
    boolean ownWorkShown() {
        return shown("myOrdersCard") && shown("ownWork");
    }

    /** The counters of a card (id of its table) as «label → count». */
    java.util.Map<String, Long> counters(String table) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#" + table + " tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            counts.put(cells.get(0).getText().strip(), Long.parseLong(cells.get(1).getText().strip()));
        }
        return counts;
    }

    /** The rows of the own territory's deadlines shown on the page. */
    List<String> planAlerts() {
        return browser.driver().findElements(By.cssSelector("#planAlerts tr")).stream().map(WebElement::getText).toList();
    }

    /** The territories of the administrator's summary. */
    List<String> territories() {
        return browser.driver().findElements(By.cssSelector("#territories tbody tr td:first-child")).stream().map(WebElement::getText).toList();
    }

    boolean territorySummaryShown() {
        return shown("territorySummary");
    }

    /** Follows «Весь список (N)» under the deadlines. */
    void openAllDeadlines() {
        browser.click("#allDeadlines");
    }

    /** The height of the home page's own content (the cards, not the menu beside them, which grows with the user's rights) in CSS pixels. */
    long height() {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector('main.app-content').scrollHeight;")).longValue();
    }

    /** Scrolls to the end of the page (for a screenshot of what follows the counters). */
    void scrollToEnd() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, document.documentElement.scrollHeight);");
    }

    String text() {
        return browser.text("body");
    }
}
