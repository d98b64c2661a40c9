package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A clerk registers a child on the «Получатели» screen, sees the card with the СНИЛС masked, asks for the personal
 * data (shown in full, written to the journal), and finds the child in the list masked; the queue and the registry of
 * recipients open.
 */
class CertificateBrowserIT extends BrowserTest {

    @Test
    void aClerkRegistersAChildAndSeesPersonalDataOnlyOnRequest() {
        String snils = CertificateFixtures.snils();
        String masked = "***-***-" + snils.substring(6, 9) + " " + snils.substring(9);
        String lastName = "Экранова" + (char) ('а' + (int) Math.floorMod(System.nanoTime(), 26L));
        browser.login("clerk", "demo");
        browser.go("certificate/consumer.xhtml");
        browser.type("#consumerForm\\:lastName", lastName);
        browser.type("#consumerForm\\:firstName", "Вера");
        // a birth date is typed: the calendar opens only from its button, so nothing reformats the typing
        String birthDate = "0" + (1 + (int) Math.floorMod(System.nanoTime(), 9L)) + ".04.2016";
        browser.replaceAndLeave("#consumerForm\\:birthDate_input", birthDate);
        assertEquals(birthDate, browser.find("#consumerForm\\:birthDate_input").getAttribute("value"), "the date stays as typed");
        browser.type("#consumerForm\\:snils", snils);
        browser.type("#consumerForm\\:repLastName", lastName);
        browser.type("#consumerForm\\:repDocument", "паспорт 4012 654321");
        browser.click("#consumerForm\\:save");
        try {
            browser.waitUntil(d -> d.getCurrentUrl().contains("consumer.xhtml?id="));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("consumer-not-saved");
            throw new AssertionError("the child was not saved: " + browser.text("#consumerForm"), e);
        }
        browser.waitForAjax();
        assertTrue(browser.text("#fullName").startsWith(lastName), browser.text("#fullName"));
        assertEquals(masked, browser.text("#maskedSnils"));
        assertTrue(!browser.driver().getPageSource().contains(snils.substring(0, 3) + "-" + snils.substring(3, 6)), "no full СНИЛС before asking");

        browser.click("#consumerForm\\:showPersonal");
        assertEquals(snils.substring(0, 3) + "-" + snils.substring(3, 6) + "-" + snils.substring(6, 9) + " " + snils.substring(9),
                browser.find("#consumerForm\\:snils").getAttribute("value"));
        assertEquals("паспорт 4012 654321", browser.find("#consumerForm\\:repDocument").getAttribute("value"));

        java.util.List<String> layout = new java.util.ArrayList<>(browser.layoutProblems("consumer-card"));
        browser.go("certificate/consumers.xhtml");
        browser.type("#listForm\\:search", lastName); // the demo's children fill the first pages
        browser.waitUntil(d -> d.findElement(org.openqa.selenium.By.id("listForm:table")).getText().contains(masked));
        layout.addAll(browser.layoutProblems("consumers"));
        browser.go("certificate/applications.xhtml");
        assertTrue(browser.find("#listForm\\:table").isDisplayed());
        layout.addAll(browser.layoutProblems("certificate-applications"));
        browser.go("certificate/certificates.xhtml");
        assertTrue(browser.find("#listForm\\:table").isDisplayed());
        layout.addAll(browser.layoutProblems("recipients-registry"));
        browser.go("certificate/terms.xhtml");
        assertTrue(browser.find("#termsForm\\:save").isDisplayed(), "the territory's clerk sets the terms");
        layout.addAll(browser.layoutProblems("certificate-terms"));
        assertEquals(java.util.List.of(), layout, "the certificate screens fit 1366 × 768");
    }
}
