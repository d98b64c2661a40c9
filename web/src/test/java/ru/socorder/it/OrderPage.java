package ru.socorder.it;

import org.openqa.selenium.By;

/** The social order screen as a clerk works with it: open, type volumes, save, take a workflow step. */
final class OrderPage {
    private final Browser browser;

    OrderPage(Browser browser) {
        this.browser = browser;
    }

    OrderPage open(long id) {
        browser.go("order/order.xhtml?id=" + id);
        return this;
    }

    OrderPage volumesTab() {
        return tab("Объёмы по способам");
    }

    /** Opens a tab of the order card by its title (among the card's tabs: «Услуги» is a menu item too). */
    OrderPage tab(String title) {
        browser.driver().findElement(By.id("main:tabs")).findElement(By.linkText(title)).click();
        browser.waitForAjax();
        return this;
    }

    /** The titles of the card's tabs. */
    java.util.List<String> tabs() {
        return browser.driver().findElements(By.cssSelector("#main\\:tabs > .ui-tabs-nav a")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }

    /** Adds the service chosen in the picker of the «Услуги» tab as a line. */
    OrderPage addLine() {
        browser.click("#main\\:tabs\\:addLine");
        return this;
    }

    /** The «Услуги» tab's lines as shown. */
    String linesText() {
        return browser.text("#main\\:tabs\\:lines");
    }

    /** Types a volume into a row (0-based, line × period) and a column: total, treasury, budget, competition, certificates. */
    OrderPage volume(int row, String column, String value) {
        browser.replaceAndLeave("#main\\:tabs\\:rows\\:" + row + "\\:" + column, value);
        return this;
    }

    String volume(int row, String column) {
        return browser.find("#main\\:tabs\\:rows\\:" + row + "\\:" + column).getAttribute("value");
    }

    OrderPage save() {
        browser.click("#main\\:save");
        return this;
    }

    OrderPage submit() {
        browser.click("#main\\:submit");
        return this;
    }

    String messages() {
        return browser.text("#main\\:messages");
    }

    String status() {
        return browser.text("#orderStatus");
    }

    boolean staleNoteShown() {
        return !browser.driver().findElements(By.id("main:staleNote")).isEmpty();
    }
}
