package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Agreements on the screen (1366 × 768): the clerk generates the drafts of a service and year, opens one, fills in the
 * bank details and sends it; the executor signs its side; the approver signs on the card and the agreement executes.
 */
class AgreementBrowserIT extends BrowserTest {
    private final Api api = new Api(base());

    @Test
    void theClerkGeneratesSendsAndTheApproverSigns() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "соглашения на экране", 2);
        RegistryFixtures.ExecutorUser x = EnrolmentFixtures.executor(api, s, "Экранное соглашение");
        String number = api.get("api/v1/services/" + s.volume().serviceId(), "admin", "demo").json().getString("registryNumber");

        browser.login(s.clerk().login(), s.password());
        AgreementPage page = new AgreementPage(browser).openList();
        String done = page.generate(number.substring(0, 12), CertificateFixtures.YEAR);
        assertTrue(done.contains("Сформировано проектов: 1"), done);
        String row = page.rowText("Экранное соглашение");
        assertTrue(row.contains("проект") && row.contains(String.valueOf(CertificateFixtures.YEAR)), row);
        assertTrue(browser.layoutProblems("agreements-list").isEmpty(), browser.layoutProblems("agreements-list").toString());

        page.openRow("Экранное соглашение");
        assertEquals("проект", page.status());
        String sentWithoutBank = page.step("SEND");
        assertTrue(sentWithoutBank.contains("банковские реквизиты"), sentWithoutBank);
        String saved = page.fillBankAndSave("40702810938000000001", "044525225", "ПАО Сбербанк", "30101810400000000225");
        assertTrue(saved.contains("сохранён"), saved);
        assertTrue(browser.layoutProblems("agreement-card-draft").isEmpty(), browser.layoutProblems("agreement-card-draft").toString());
        String sent = page.step("SEND");
        assertTrue(sent.contains("направить на подписание"), sent);
        assertEquals("направлено на подписание", page.status());
        assertFalse(page.offers("SIGN"), "the clerk does not sign for the authority");
        browser.close();

        long id = api.send("GET", "api/v1/agreements?executorId=" + x.executorId(), null, x.login(), RegistryFixtures.PASSWORD).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject read = api.get("api/v1/agreements/" + id, x.login(), RegistryFixtures.PASSWORD).json();
        assertEquals(200, api.send("POST", "api/v1/agreements/" + id + "/transitions", "{\"action\":\"SIGN_EXECUTOR\",\"version\":"
                + read.getJsonNumber("version") + "}", x.login(), RegistryFixtures.PASSWORD).status());

        browser = Browser.open(base());
        browser.login(s.volume().approver(), s.password());
        AgreementPage card = new AgreementPage(browser).open(id);
        assertTrue(card.text().contains("подписано исполнителем"), card.text());
        String signed = card.step("SIGN");
        assertTrue(signed.contains("подписать со стороны уполномоченного органа"), signed);
        boolean started = !java.time.LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE).isBefore(java.time.LocalDate.of(CertificateFixtures.YEAR, 1, 1));
        assertEquals(started ? "исполняется" : "подписано", card.status(), "valid from 1 January: executes from then");
        assertTrue(card.text().contains("40702810938000000001"), card.text());
        browser.screenshot("agreement-signed");
        assertTrue(browser.layoutProblems("agreement-card-signed").isEmpty(), browser.layoutProblems("agreement-card-signed").toString());
    }
}
