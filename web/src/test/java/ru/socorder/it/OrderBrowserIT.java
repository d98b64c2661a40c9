package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The clerk amends the approved Luga order, breaks the sum rule, sees the cell highlighted, fixes it and submits. */
class OrderBrowserIT extends IntegrationTest {
    private Browser browser;

    @BeforeEach
    void open() {
        browser = Browser.open(base());
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void clerkBreaksTheSumRuleSeesTheCellFixesItAndSubmits() {
        browser.login("clerk", "demo");
        browser.click("#menuForm\\:menuOrders");
        browser.driver().findElement(By.partialLinkText("на 2024 год")).click();
        browser.waitForAjax();
        assertEquals("утверждён", browser.text("#orderStatus"));
        browser.find("#main\\:amend").click();
        browser.waitUntil(d -> d.findElement(By.id("orderStatus")).getText().equals("проект"));
        assertTrue(browser.text("h1").contains("Версия 2"), browser.text("h1"));

        String original = browser.find("#main\\:rows\\:0\\:total").getAttribute("value");
        browser.replaceAndLeave("#main\\:rows\\:0\\:total", "99999");
        browser.waitUntil(d -> d.findElement(By.id("main:rows:0:totalCell")).getAttribute("class").contains("app-cell-error"));
        assertTrue(browser.text("#main\\:rows\\:0\\:totalCell").contains("не равна"), "the cell says why");
        browser.click("#main\\:save");
        String messages = browser.text("#main\\:messages");
        assertTrue(messages.contains("Строка 1 (804200О.99.0.ББ52АЕ04000), 2024 год: сумма по способам"), messages);
        browser.screenshot("order-sum-rule");

        browser.replaceAndLeave("#main\\:rows\\:0\\:total", original);
        browser.waitUntil(d -> !d.findElement(By.id("main:rows:0:totalCell")).getAttribute("class").contains("app-cell-error"));
        browser.click("#main\\:save");
        browser.waitUntil(d -> d.findElement(By.id("main:messages")).getText().contains("Объёмы сохранены")
                || d.getPageSource().contains("Объёмы сохранены"));
        browser.click("#main\\:submit");
        browser.waitUntil(d -> d.findElement(By.id("orderStatus")).getText().equals("на утверждении"));
    }
}
