package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The clerk's social order screens: the sum rule per cell, amendment and submission, copy to the next year, quality. */
class OrderBrowserIT extends BrowserTest {

    /**
     * An approved order of an authority of its own (the shared demo order stays as loaded): one line of the Luga
     * service, 2024–2026, 100 = 60 budget + 40 certificates, «Доля детей» 80 % ± 10 %; opened by its clerk.
     */
    private void openApprovedOrder() {
        Api api = new Api(base());
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "экран заказа");
        StringBuilder years = new StringBuilder();
        StringBuilder quality = new StringBuilder();
        for (int y = 2024; y <= 2026; y++) {
            years.append(y == 2024 ? "" : ",").append("{\"year\":").append(y)
                    .append(",\"total\":100,\"treasury\":0,\"budgetAutonomous\":60,\"competition\":0,\"certificates\":40}");
            quality.append(y == 2024 ? "" : ",").append("{\"year\":").append(y)
                    .append(",\"indicator\":\"Доля детей\",\"unitCode\":\"744\",\"value\":80,\"deviation\":10,\"deviationInPercent\":true}");
        }
        Api.Reply created = api.send("POST", "api/v1/social-orders", "{\"directionCode\":\"04\",\"fiscalYear\":2024,\"title\":"
                + "\"Муниципальный социальный заказ на 2024 год и на плановый период 2025–2026 годов\",\"lines\":[{\"registryNumber\":"
                + "\"804200О.99.0.ББ52АЕ04000\",\"unitCode\":\"539\",\"years\":[" + years + "],\"quality\":[" + quality + "]}]}",
                clerk.login(), clerk.password());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply submitted = api.send("POST", "api/v1/social-orders/" + id + "/transitions", "{\"action\":\"submit\",\"version\":"
                + created.json().getInt("version") + "}", clerk.login(), clerk.password());
        assertEquals(200, submitted.status(), submitted.body());
        Api.Reply approved = api.send("POST", "api/v1/social-orders/" + id + "/transitions", "{\"action\":\"approve\",\"version\":"
                + submitted.json().getInt("version") + "}", clerk.approver(), clerk.password());
        assertEquals(200, approved.status(), approved.body());
        browser.login(clerk.login(), clerk.password());
        new OrderPage(browser).open(id);
    }

    /** Opens a tab of the order card (by its title among the card's tabs: «Услуги» is a menu item too). */
    private void tab(String title) {
        browser.driver().findElement(By.id("main:tabs")).findElement(By.linkText(title)).click();
        browser.waitForAjax();
    }

    @Test
    void clerkBreaksTheSumRuleSeesTheCellFixesItAndSubmits() {
        openApprovedOrder();
        assertEquals("утверждён", browser.text("#orderStatus"));
        browser.find("#main\\:amend").click();
        browser.waitUntil(d -> d.findElement(By.id("orderStatus")).getText().equals("проект"));
        assertTrue(browser.text("h1").contains("Версия 2"), browser.text("h1"));

        tab("Объёмы по способам");
        String original = browser.find("#main\\:tabs\\:rows\\:0\\:total").getAttribute("value");
        browser.replaceAndLeave("#main\\:tabs\\:rows\\:0\\:total", "99999");
        browser.waitUntil(d -> d.findElement(By.id("main:tabs:rows:0:totalCell")).getAttribute("class").contains("app-cell-error"));
        assertTrue(browser.text("#main\\:tabs\\:rows\\:0\\:totalCell").contains("не равна"), "the cell says why");
        browser.click("#main\\:save");
        String messages = browser.text("#main\\:messages");
        assertTrue(messages.contains("Строка 1 (804200О.99.0.ББ52АЕ04000), 2024 год: сумма по способам"), messages);
        browser.screenshot("order-sum-rule");

        browser.replaceAndLeave("#main\\:tabs\\:rows\\:0\\:total", original);
        browser.waitUntil(d -> !d.findElement(By.id("main:tabs:rows:0:totalCell")).getAttribute("class").contains("app-cell-error"));
        browser.click("#main\\:save");
        browser.waitUntil(d -> d.getPageSource().contains("Заказ сохранён"));
        new OrderPage(browser).submit();
        browser.waitUntil(d -> d.findElement(By.id("orderStatus")).getText().equals("на утверждении"));

        tab("Версии и история");
        assertTrue(browser.text("[id$='history']").contains("направить на утверждение"), browser.text("[id$='history']"));
    }

    @Test
    void clerkCopiesTheOrderToTheNextYearAndSetsAQualityDeviation() {
        openApprovedOrder();
        assertTrue(browser.driver().findElement(By.id("main:printPdf")).getAttribute("href").endsWith("/form.pdf"));
        browser.find("#main\\:copyNext").click();
        browser.click(".ui-confirmdialog-yes");
        browser.screenshot("order-copied");
        browser.waitUntil(d -> d.findElement(By.id("orderStatus")).getText().equals("проект"));
        assertTrue(browser.text(".app-lead").contains("на 2025 год и на плановый период 2026–2027 годов"), browser.text(".app-lead"));

        tab("Показатели качества");
        browser.screenshot("order-copy-quality");
        browser.waitUntil(d -> d.findElement(By.id("main:tabs:quality")).getText().contains("Доля детей"));
        browser.replaceAndLeave("#main\\:tabs\\:quality\\:0\\:deviation", "150");
        browser.waitUntil(d -> d.findElement(By.id("main:tabs:quality:0:qualityStatus")).getText().contains("больше 100 %"));
        browser.click("#main\\:save");
        assertTrue(browser.text("#main\\:messages").contains("допустимое отклонение больше 100 %"), browser.text("#main\\:messages"));
        browser.screenshot("order-quality");
        browser.replaceAndLeave("#main\\:tabs\\:quality\\:0\\:deviation", "15");
        browser.click("#main\\:save");
        browser.waitUntil(d -> d.getPageSource().contains("Заказ сохранён"));
        tab("Показатели качества");
        assertEquals("15", browser.find("#main\\:tabs\\:quality\\:0\\:deviation").getAttribute("value"));
    }

    @Test
    void clerkAddsAServiceWithAQualityIndicatorAndThePeriodBeyondThePlanThenRemovesThem() {
        openApprovedOrder();
        browser.find("#main\\:amend").click();
        browser.waitUntil(d -> d.findElement(By.id("orderStatus")).getText().equals("проект"));

        tab("Услуги");
        new ServicePicker(browser, "main:tabs:newService").openWithMouse().choose("804200О.99.0.ББ52АЕ76000 — Реализация");
        browser.click("#main\\:tabs\\:addLine");
        browser.waitUntil(d -> d.findElement(By.id("main:tabs:lines")).getText().contains("804200О.99.0.ББ52АЕ76000"));
        assertEquals("2024", browser.find("#main\\:tabs\\:lines\\:1\\:determinationYear").getAttribute("value"));

        tab("Заголовок");
        browser.replaceAndLeave("#main\\:tabs\\:beyondPlanUntil_input", "2030");
        tab("Объёмы по способам");
        browser.waitUntil(d -> d.findElement(By.id("main:tabs:rows")).getText().contains("2027–2030 (за пределами планового периода)"));
        assertEquals(2 * 4, browser.driver().findElements(By.cssSelector("[id$=':totalCell']")).size(), "two lines × four periods");
        for (int row = 0; row < 8; row++) {
            browser.replaceAndLeave("#main\\:tabs\\:rows\\:" + row + "\\:total", "100");
            browser.replaceAndLeave("#main\\:tabs\\:rows\\:" + row + "\\:budget", "60");
            browser.replaceAndLeave("#main\\:tabs\\:rows\\:" + row + "\\:certificates", "40");
        }

        tab("Показатели качества");
        String chooser = browser.find("[id$=':1:newQuality']").getAttribute("id");
        browser.selectOneMenu(chooser, "Доля детей, осваивающих дополнительные общеразвивающие программы, от общего числа детей "
                + "в возрасте от 5 до 18 лет");
        browser.click("[id$=':1:addQuality']");
        browser.waitUntil(d -> d.findElements(By.cssSelector("[id$=':qualityValue']")).size() == 3 + 4);
        for (int row = 3; row < 7; row++) {
            browser.replaceAndLeave("#main\\:tabs\\:quality\\:" + row + "\\:qualityValue", "70");
        }
        browser.click("#main\\:save");
        browser.waitUntil(d -> d.getPageSource().contains("Заказ сохранён"));
        browser.screenshot("order-line-added");
        tab("Показатели качества");
        assertEquals(7, browser.driver().findElements(By.cssSelector("[id$=':qualityValue']")).size(), "saved: " + browser.text("#main\\:messages"));
        assertEquals("70", browser.find("#main\\:tabs\\:quality\\:6\\:qualityValue").getAttribute("value"));

        browser.click("#main\\:tabs\\:quality\\:6\\:removeQuality");
        assertEquals(6, browser.driver().findElements(By.cssSelector("[id$=':qualityValue']")).size());
        tab("Услуги");
        browser.click("#main\\:tabs\\:lines\\:1\\:removeLine");
        browser.click(".ui-confirmdialog-yes");
        tab("Заголовок");
        browser.find("#main\\:tabs\\:beyondPlanUntil_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
        browser.waitForAjax();
        browser.click("#main\\:save");
        browser.waitUntil(d -> d.getPageSource().contains("Заказ сохранён"));
        tab("Объёмы по способам");
        assertEquals(3, browser.driver().findElements(By.cssSelector("[id$=':totalCell']")).size(), "one line × three periods: " + browser.text("#main\\:messages"));
        assertFalse(browser.text("#main\\:tabs\\:rows").contains("за пределами"), browser.text("#main\\:tabs\\:rows"));
        assertEquals(3, browser.driver().findElements(By.cssSelector("[id$=':qualityValue']")).size(), "the line's own indicator stays");
    }
}
