package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The order's workflow as clerk and approver take it: each step asks first, a return asks for the reason and the clerk
 * reads it on top of the card, an older version links to the one being changed, a new order's title follows its year,
 * and every message shows once.
 */
class OrderWorkflowBrowserIT extends BrowserTest {
    private final Api api = new Api(base());

    /** A draft for 2024 of the fixture's own authority: one line of the Luga service, 100 = 60 budget + 40 certificates. */
    private Api.Reply draft(Fixtures.Clerk clerk) {
        StringBuilder years = new StringBuilder();
        for (int y = 2024; y <= 2026; y++) {
            years.append(y == 2024 ? "" : ",").append("{\"year\":").append(y)
                    .append(",\"total\":12000,\"treasury\":0,\"budgetAutonomous\":7000,\"competition\":0,\"certificates\":5000}");
        }
        Api.Reply created = api.send("POST", "api/v1/social-orders", "{\"directionCode\":\"04\",\"fiscalYear\":2024,\"title\":"
                + "\"Муниципальный социальный заказ на 2024 год и на плановый период 2025–2026 годов\",\"lines\":[{\"registryNumber\":"
                + "\"804200О.99.0.ББ52АЕ04000\",\"unitCode\":\"539\",\"years\":[" + years + "]}]}", clerk.login(), clerk.password());
        assertEquals(201, created.status(), created.body());
        return created;
    }

    private Api.Reply step(long id, String action, int version, String login, String password) {
        Api.Reply r = api.send("POST", "api/v1/social-orders/" + id + "/transitions", "{\"action\":\"" + action + "\",\"version\":"
                + version + "}", login, password);
        assertEquals(200, r.status(), r.body());
        return r;
    }

    private static long id(Api.Reply r) {
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void aStepAsksFirstAndCancelDoesNothing() {
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "подтверждение шага");
        long id = id(draft(clerk));
        browser.login(clerk.login(), clerk.password());
        OrderPage page = new OrderPage(browser).open(id);

        page.ask("submit");
        assertTrue(page.confirmation().contains("Направить заказ на утверждение?"), page.confirmation());
        browser.screenshot("order-confirm-submit");
        page.cancel();
        assertEquals("проект", page.status());
        assertEquals(0, api.get("api/v1/social-orders/" + id + "/history", clerk.login(), clerk.password()).json().toString()
                .split("SUBMIT", -1).length - 1, "nothing was sent");
        page.open(id);
        assertEquals("проект", page.status(), "still a draft after reading it again");

        page.submit();
        browser.waitUntil(d -> page.status().equals("на утверждении"));
        assertEquals(1, page.shownTimes("Заказ направлен на утверждение"), "one message, once");
    }

    @Test
    void aReturnNeedsAReasonAndTheClerkReadsItOnTopOfTheCard() {
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "возврат на доработку");
        Api.Reply created = draft(clerk);
        long id = id(created);
        step(id, "submit", created.json().getInt("version"), clerk.login(), clerk.password());

        browser.login(clerk.approver(), clerk.password());
        OrderPage page = new OrderPage(browser).open(id);
        page.returnWithReason("");
        assertTrue(page.returnDialogShown(), "the dialog stays open without a reason");
        assertTrue(page.returnDialogMessage().contains("Укажите причину возврата на доработку"), page.returnDialogMessage());
        assertEquals(1, page.shownTimes("Укажите причину возврата на доработку"), "shown once, in the dialog");
        browser.screenshot("order-return-without-reason");
        assertEquals("на утверждении", new OrderPage(browser).status());

        page.returnWithReason("Уточните объём по сертификатам на 2025 год");
        browser.waitUntil(d -> page.status().equals("проект"));
        assertFalse(page.returnDialogShown());
        assertEquals(1, page.shownTimes("Заказ возвращён на доработку"));

        browser.driver().manage().deleteAllCookies();
        browser.login(clerk.login(), clerk.password());
        page.open(id);
        String note = page.returnedNote();
        assertTrue(note.contains("Заказ возвращён на доработку"), note);
        assertTrue(note.contains("Уточните объём по сертификатам на 2025 год"), note);
        assertTrue(note.contains(clerk.approver()), "who returned it: " + note);
        browser.screenshot("order-returned-reason-on-top");

        page.submit();
        browser.waitUntil(d -> page.status().equals("на утверждении"));
        assertEquals("", page.returnedNote(), "sent again: the note is gone");
    }

    @Test
    void anOlderVersionLinksToTheOpenAmendmentInsteadOfOfferingAnother() {
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "версии заказа");
        Api.Reply created = draft(clerk);
        long first = id(created);
        Api.Reply submitted = step(first, "submit", created.json().getInt("version"), clerk.login(), clerk.password());
        Api.Reply approved = step(first, "approve", submitted.json().getInt("version"), clerk.approver(), clerk.password());
        long second = id(step(first, "amend", approved.json().getInt("version"), clerk.login(), clerk.password()));

        browser.login(clerk.login(), clerk.password());
        OrderPage page = new OrderPage(browser).open(first);
        assertFalse(page.offers("amend"), "an amendment is open already");
        assertNotNull(page.laterVersionLink());
        assertTrue(browser.text("#main\\:laterVersion").contains("Изменения вносятся в версии 2 (проект)"), browser.text("#main\\:laterVersion"));
        browser.screenshot("order-old-version-link");
        page.laterVersionLink().click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("id=" + second));
        browser.waitForAjax();
        assertTrue(page.heading().contains("Версия 2"), page.heading());
        assertNull(page.laterVersionLink(), "the newest version links nowhere");
    }

    @Test
    void theNewOrdersTitleFollowsTheYearAndCreatingSaysSoOnce() {
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "новый заказ");
        browser.login(clerk.login(), clerk.password());
        OrdersPage orders = new OrdersPage(browser).open().startNew();
        String next = orders.year();
        assertTrue(orders.title().contains("на " + next + " год"), orders.title());
        orders.year("2029");
        assertTrue(orders.title().contains("на 2029 год и на плановый период 2030–2031 годов"), orders.title());
        browser.screenshot("order-new-title-follows-year");

        orders.title("Социальный заказ отдела на 2029 год");
        orders.year("2030");
        assertEquals("Социальный заказ отдела на 2029 год", orders.title(), "the clerk's own title stays");
        orders.title("");
        orders.year("2028");
        assertTrue(orders.title().contains("на 2028 год и на плановый период 2029–2030 годов"), orders.title());

        OrderPage page = orders.create();
        assertEquals("проект", page.status());
        assertEquals(1, page.shownTimes("Заказ на 2028 год создан"), browser.text(".app-content"));
        assertFalse(browser.text(".app-content").contains("Статус заказа"), browser.text(".app-content"));
        browser.screenshot("order-created-one-message");
        page.save();
        assertEquals(1, page.shownTimes("Заказ сохранён"), browser.text(".app-content"));
        assertEquals(0, page.shownTimes("Заказ на 2028 год создан"), "the message does not come back on the next request");
    }

    @Test
    void volumesAreGroupedLikeTheTotalsAndTheRegistryNumberShowsWhole() {
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "разряды объёмов");
        long id = id(draft(clerk));
        browser.login(clerk.login(), clerk.password());
        OrderPage page = new OrderPage(browser).open(id).volumesTab();
        assertEquals("12\u00a0000", page.volume(0, "total"));
        assertTrue(browser.text("#volumeTotals").contains("12 000"), browser.text("#volumeTotals"));
        browser.screenshot("order-volumes-grouped");
        page.tab("Услуги");
        var number = browser.find("#main\\:tabs\\:lines .app-regnum");
        assertEquals("804200О.99.0.ББ52АЕ04000", number.getText());
        var cell = browser.find("#main\\:tabs\\:lines_data td:nth-child(2)");
        assertTrue(number.getSize().getWidth() <= cell.getSize().getWidth(), "the number fits its column: " + number.getSize() + " in " + cell.getSize());
        browser.screenshot("order-lines-registry-number");
    }
}
