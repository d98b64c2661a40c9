package ru.socorder.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The list of social orders and its «Новый заказ» dialog as a clerk starts an order. */
final class OrdersPage {
    private final Browser browser;

    OrdersPage(Browser browser) {
        this.browser = browser;
    }

    OrdersPage open() {
        browser.go("order/orders.xhtml");
        return this;
    }

    /** Opens the «Новый заказ» dialog. */
    OrdersPage startNew() {
        browser.click("#listForm\\:new");
        browser.waitUntil(d -> d.findElement(By.id("newDialog")).isDisplayed());
        return this;
    }

    String year() {
        return browser.find("#newForm\\:fiscalYear_input").getAttribute("value");
    }

    /** Types the financial year and leaves the field. */
    OrdersPage year(String year) {
        browser.find("#newForm\\:fiscalYear_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), year, Keys.TAB);
        browser.waitForAjax();
        return this;
    }

    String title() {
        return browser.find("#newForm\\:header").getAttribute("value");
    }

    /** Writes an own title and leaves the field. */
    OrdersPage title(String title) {
        browser.find("#newForm\\:header").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, title, Keys.TAB);
        browser.waitForAjax();
        return this;
    }

    /** Creates the order; the order's page opens. */
    OrderPage create() {
        browser.find("#newForm\\:create").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/order/order.xhtml"));
        browser.waitForAjax();
        return new OrderPage(browser);
    }
}
