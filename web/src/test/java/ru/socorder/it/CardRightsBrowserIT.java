package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Rights visible before the click: a card is read-only — plain text, no inputs, no add, delete or save buttons — for
 * whoever the boundary would refuse, and editable for whoever it lets change the record.
 */
class CardRightsBrowserIT extends BrowserTest {
    private final Api api = new Api(base());

    private long executorWithName() {
        return api.get("api/v1/executors?size=1&q=" + java.net.URLEncoder.encode("Компьютерный центр", java.nio.charset.StandardCharsets.UTF_8),
                "admin", "demo").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void anObserverSeesAnExecutorCardReadOnlyAndAClerkCanChangeIt() {
        long executor = executorWithName();
        browser.login("observer", "demo");
        CardPage card = CardPage.executor(browser, executor);
        assertTrue(card.text().contains("Компьютерный центр"), card.text());
        assertEquals(0, card.inputs().size(), "no input for the observer");
        assertFalse(card.hasButton("addLicence"), "no «Добавить лицензию»");
        assertFalse(card.hasButton("save"));
        assertEquals(0, card.deleteButtons());
        browser.screenshot("executor-card-observer");

        browser.driver().manage().deleteAllCookies();
        browser.login("clerk", "demo");
        card = CardPage.executor(browser, executor);
        assertTrue(card.inputs().size() > 10, "the clerk edits executors: " + card.inputs().size());
        assertTrue(card.hasButton("addLicence"));
        assertTrue(card.hasButton("save"));
    }

    @Test
    void theLugaClerkSeesAKalugaServiceReadOnlyAndALugaServiceEditable() {
        long kaluga = api.get("api/v1/territories?q=" + java.net.URLEncoder.encode("Калужская", java.nio.charset.StandardCharsets.UTF_8),
                "admin", "demo").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        var kalugaService = api.get("api/v1/services?size=1&territoryId=" + kaluga, "admin", "demo").json().getJsonArray("items").getJsonObject(0);
        long lugaTerritory = api.get("api/v1/authorities/" + api.clerkGet("api/v1/me").json().getJsonObject("organisation").getInt("id"),
                "admin", "demo").json().getJsonNumber("territoryId").longValue();
        long lugaService = api.get("api/v1/services?size=1&territoryId=" + lugaTerritory, "admin", "demo").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();

        browser.login("clerk", "demo");
        CardPage card = CardPage.service(browser, kalugaService.getJsonNumber("id").longValue());
        assertTrue(card.text().contains(kalugaService.getString("name")), card.text());
        assertTrue(card.text().contains("Калужская область"), "the territory by its name: " + card.text());
        assertEquals(0, card.inputs().size(), "another territory's service is not the Luga clerk's to change");
        assertFalse(card.hasButton("save"));
        assertFalse(card.hasButton("addIndicator"));
        assertEquals(0, card.deleteButtons());
        browser.screenshot("service-card-other-territory");

        card = CardPage.service(browser, lugaService);
        assertTrue(card.inputs().size() > 5, "the clerk's own territory: " + card.inputs().size());
        assertTrue(card.hasButton("save"));
        assertTrue(card.hasButton("addIndicator"));
    }
}
