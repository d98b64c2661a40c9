package ru.socorder.it;

import org.openqa.selenium.By;

/** The card of a consumer contract: its data, and termination in a dialog. */
final class ContractPage {
    private final Browser browser;

    ContractPage(Browser browser) {
        this.browser = browser;
    }

    String number() {
        return browser.text("#number");
    }

    String status() {
        return browser.text("#contractStatus");
    }

    String price() {
        return browser.text("#price");
    }

    String text() {
        return browser.text("#main");
    }

    boolean canTerminate() {
        return !browser.driver().findElements(By.id("main:terminate")).isEmpty();
    }

    boolean canChangeExecutor() {
        return !browser.driver().findElements(By.id("main:change")).isEmpty();
    }

    ContractPage open(long id) {
        browser.go("enrolment/contract.xhtml?id=" + id);
        return this;
    }

    /**
     * Changes the executor: picks the group whose label starts with the programme's name, gives the basis and submits;
     * the page's text afterwards (the new contract's card, or the dialog with its refusal).
     */
    String changeExecutor(String programme, String basis) {
        browser.click("#main\\:change");
        browser.waitUntil(d -> d.findElement(By.id("changeDialog")).isDisplayed());
        browser.selectOneMenu("changeForm:groupId", EnrolmentNewPage.groupLabel(browser, "changeForm:groupId", programme));
        browser.type("#changeForm\\:comment", basis);
        browser.click("#changeForm\\:submitChange");
        return browser.text("body");
    }

    /** Terminates the contract today with the basis; the card's messages afterwards. */
    String terminate(String basis) {
        browser.click("#main\\:terminate");
        browser.waitUntil(d -> d.findElement(By.id("terminateDialog")).isDisplayed());
        browser.type("#terminateForm\\:comment", basis);
        browser.click("#terminateForm\\:submitTerminate");
        return browser.text("#main\\:messages");
    }
}
