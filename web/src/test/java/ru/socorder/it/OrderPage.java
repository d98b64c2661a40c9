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
        browser.driver().findElement(By.linkText("Объёмы по способам")).click();
        browser.waitForAjax();
        return this;
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
