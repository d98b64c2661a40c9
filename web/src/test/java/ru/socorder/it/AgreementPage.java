package ru.socorder.it;

import org.openqa.selenium.By;

/** «Соглашения»: the list with its «Сформировать проекты» dialog, and the card with its steps and bank details. */
final class AgreementPage {
    private final Browser browser;

    AgreementPage(Browser browser) {
        this.browser = browser;
    }

    AgreementPage openList() {
        browser.go("agreement/agreements.xhtml");
        return this;
    }

    AgreementPage open(long id) {
        browser.go("agreement/agreement.xhtml?id=" + id);
        return this;
    }

    /** Generates drafts for the service (chosen by the start of its registry number) and year; the list's messages. */
    String generate(String serviceNumber, int year) {
        browser.click("#listForm\\:generate");
        browser.waitUntil(d -> d.findElement(By.id("generateDialog")).isDisplayed());
        new ServicePicker(browser, "generateForm:serviceId").type(serviceNumber, s -> s.startsWith(serviceNumber)).choose(serviceNumber);
        browser.replaceAndLeave("#generateForm\\:year_input", String.valueOf(year));
        browser.click("#generateForm\\:submitGenerate");
        browser.waitUntil(d -> !d.findElement(By.id("generateDialog")).isDisplayed());
        return browser.text("#listForm\\:messages");
    }

    /** Opens the card from the list's row of the executor. */
    AgreementPage openRow(String executor) {
        browser.driver().findElements(By.cssSelector("#listForm\\:table tbody tr")).stream().filter(r -> r.getText().contains(executor))
                .findFirst().orElseThrow(() -> new AssertionError(executor + " not listed")).findElement(By.tagName("a")).click();
        browser.waitForAjax();
        return this;
    }

    String rowText(String executor) {
        return browser.driver().findElements(By.cssSelector("#listForm\\:table tbody tr")).stream().map(r -> r.getText())
                .filter(t -> t.contains(executor)).findFirst().orElse("");
    }

    /** Fills the bank details and saves; the card's messages. */
    String fillBankAndSave(String account, String bik, String bank, String corr) {
        browser.type("input[id$='\\:account']", account);
        browser.type("input[id$='\\:bik']", bik);
        browser.type("input[id$='\\:bankName']", bank);
        browser.type("input[id$='\\:correspondentAccount']", corr);
        browser.click("button[id$='\\:save']");
        return browser.text("#main\\:messages");
    }

    /** Takes the lifecycle step (its Russian button); the card's messages. */
    String step(String action) {
        browser.click("button.step-" + action);
        return browser.text("#main\\:messages");
    }

    boolean offers(String action) {
        return !browser.driver().findElements(By.cssSelector("button.step-" + action)).isEmpty();
    }

    String status() {
        return browser.text("#agreementStatus");
    }

    String text() {
        return browser.text("#main");
    }
}
