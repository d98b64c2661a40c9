package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «Оплата» → «Настройки оплаты» on the demo (Luga): the authority's head saves a share and a pay working day, reads
 * them back on a fresh page and is told in Russian what a share of nothing is; the clerk reads the values as text
 * without «Сохранить»; the screen fits 1366 × 768. The demo authority's settings are put back afterwards.
 */
class PaymentSettingsBrowserIT extends BrowserTest {

    @Test
    void theHeadSavesAndReReadsTheSettingsAndTheClerkReadsThem() {
        Api api = new Api(base());
        long authority = api.clerkGet("api/v1/me").json().getJsonObject("organisation").getJsonNumber("id").longValue();
        String path = "api/v1/payment-settings/" + authority;
        JsonObject original = api.get(path, "approver", "demo").json();
        List<String> layout = new ArrayList<>();
        try {
            browser.login("approver", "demo");
            browser.go("index.xhtml");
            PaymentSettingsPage page = new PaymentSettingsPage(browser).openFromMenu();
            assertTrue(page.canSave(), "the authority's head changes the settings");
            page.share("65").workingDay(4).save();
            assertTrue(page.messages().contains("Настройки оплаты сохранены"), page.messages());
            assertEquals("Аванс перечисляется на 4-й рабочий день месяца; доля применяется к новым соглашениям", page.explanation());
            layout.addAll(browser.layoutProblems("payment-settings-head"));

            browser.go("index.xhtml");
            page.openFromMenu();
            assertTrue(page.shareInput().startsWith("65"), page.shareInput());
            assertEquals("4-й", page.workingDayChosen());

            page.share("0").save();
            assertTrue(page.text().contains("Доля аванса — процент больше 0 и не больше 100"), page.text());
            assertFalse(page.text().contains("Настройки оплаты сохранены"));
            browser.logout();

            browser.login("clerk", "demo");
            browser.go("index.xhtml");
            page.openFromMenu();
            assertFalse(page.canSave(), "the clerk reads");
            assertTrue(page.text().contains("65 %") && page.text().contains("4-й рабочий день"), page.text());
            assertTrue(page.text().contains("Аванс перечисляется на 4-й рабочий день месяца"), page.text());
            layout.addAll(browser.layoutProblems("payment-settings-clerk"));
            assertEquals(List.of(), layout, "the screen fits 1366 × 768");
        } finally {
            long version = api.get(path, "approver", "demo").json().getJsonNumber("version").longValue();
            Api.Reply back = api.send("PUT", path, "{\"advanceShare\":" + original.getJsonNumber("advanceShare") + ",\"advanceWorkingDay\":"
                    + original.getInt("advanceWorkingDay") + ",\"version\":" + version + "}", "approver", "demo");
            assertEquals(200, back.status(), back.body());
        }
    }
}
