package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * What the clerk typed is never lost or replaced silently: a workflow step on a page with unsaved volumes saves them
 * first under the same checks (and stops when they fail), and of two clerks saving one draft the second is told to
 * reload instead of overwriting the first.
 */
class OrderEditingSafetyBrowserIT extends IntegrationTest {
    private final Api api = new Api(base());

    /** A draft of the Luga authority for the year with one line (100 = 60 budget + 40 certificates in each period). */
    private long draft(int year) {
        JsonObject me = api.clerkGet("api/v1/me").json();
        long luga = api.get("api/v1/authorities/" + me.getJsonObject("organisation").getInt("id"), "admin", "demo").json()
                .getJsonNumber("territoryId").longValue();
        String service = Json.createReader(new StringReader(api.clerkGet("api/v1/services/by-registry-number/804200О.99.0.ББ52АЕ04000")
                .body())).readArray().stream().map(v -> v.asJsonObject()).filter(s -> s.getJsonNumber("territoryId").longValue() == luga)
                .findFirst().orElseThrow().get("id").toString();
        StringBuilder years = new StringBuilder();
        for (int y = year; y < year + 3; y++) {
            years.append(y == year ? "" : ",").append("{\"year\":").append(y)
                    .append(",\"total\":100,\"treasury\":0,\"budgetAutonomous\":60,\"competition\":0,\"certificates\":40}");
        }
        Api.Reply created = api.post("api/v1/social-orders", "{\"directionCode\":\"04\",\"fiscalYear\":" + year + ",\"title\":\"Заказ на "
                + year + " год для проверки несохранённых изменений\",\"lines\":[{\"serviceId\":" + service + ",\"unitCode\":\"539\","
                + "\"years\":[" + years + "]}]}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private JsonObject year(long order, int index) {
        return api.clerkGet("api/v1/social-orders/" + order).json().getJsonArray("lines").getJsonObject(0).getJsonArray("years")
                .getJsonObject(index);
    }

    @Test
    void aStepWithUnsavedVolumesSavesThemFirstAndStopsWhenTheyAreWrong() {
        long order = draft(2023);
        try (Browser browser = Browser.open(base())) {
            browser.login("clerk", "demo");
            OrderPage page = new OrderPage(browser).open(order).volumesTab();
            page.volume(0, "total", "120");
            page.submit();
            assertTrue(page.messages().contains("сумма по способам 100 не равна общему объёму 120"), page.messages());
            assertTrue(page.messages().contains("Изменения на странице не сохранены, поэтому действие не выполнено"), page.messages());
            assertEquals("проект", page.status());
            browser.screenshot("order-step-refused-unsaved");
            JsonObject stored = api.clerkGet("api/v1/social-orders/" + order).json();
            assertEquals("DRAFT", stored.getString("status"), "nothing went to approval");
            assertEquals(100, year(order, 0).getInt("total"), "nothing was half-saved");

            page.volume(0, "budget", "80");
            page.submit();
            browser.waitUntil(d -> new OrderPage(browser).status().equals("на утверждении"));
            assertEquals("UNDER_APPROVAL", api.clerkGet("api/v1/social-orders/" + order).json().getString("status"));
            assertEquals(120, year(order, 0).getInt("total"), "what went to approval is what the clerk saw");
            assertEquals(80, year(order, 0).getInt("budgetAutonomous"));
        }
    }

    @Test
    void ofTwoClerksSavingOneDraftTheSecondIsToldToReload() {
        long order = draft(2022);
        try (Browser a = Browser.open(base()); Browser b = Browser.open(base())) {
            a.login("clerk", "demo");
            b.login("clerk", "demo");
            OrderPage pageA = new OrderPage(a).open(order).volumesTab();
            OrderPage pageB = new OrderPage(b).open(order).volumesTab();
            pageA.volume(0, "total", "110").volume(0, "budget", "70");
            pageB.volume(1, "total", "130").volume(1, "budget", "90");
            pageA.save();
            a.waitUntil(d -> d.getPageSource().contains("Заказ сохранён"));
            pageB.save();
            assertFalse(pageB.messages().contains("Заказ сохранён"), pageB.messages());
            assertTrue(pageB.staleNoteShown(), "the second clerk is asked to reload the order");
            b.screenshot("order-second-save-stale");
            assertEquals(110, year(order, 0).getInt("total"), "the first clerk's change stays");
            assertEquals(100, year(order, 1).getInt("total"), "the second change was not written over it");

            b.click("#main\\:reload");
            assertEquals("110", pageB.volumesTab().volume(0, "total").replace("\u00A0", "").replace(" ", ""),
                    "after reloading the second clerk sees the first clerk's volumes");
        }
    }
}
