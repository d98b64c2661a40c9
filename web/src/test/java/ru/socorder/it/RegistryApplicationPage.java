package ru.socorder.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The card of an application for inclusion in the registry as a reviewer works with it: checks, steps, the decision dialog. */
final class RegistryApplicationPage {
    private final Browser browser;

    RegistryApplicationPage(Browser browser) {
        this.browser = browser;
    }

    RegistryApplicationPage open(long id) {
        browser.go("registry/application.xhtml?id=" + id);
        return this;
    }

    /** Opens the application from the «Заявки на включение» list: searched by the executor's name, the one row's link. */
    RegistryApplicationPage openFromList(String executorName) {
        browser.go("registry/applications.xhtml");
        browser.type("#listForm\\:search", executorName);
        browser.waitUntil(d -> d.findElements(By.cssSelector("#listForm\\:table tbody tr a")).size() == 1);
        browser.find("#listForm\\:table tbody tr a").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("registry/application.xhtml"));
        browser.waitForAjax();
        return this;
    }

    String status() {
        return browser.text("#applicationStatus");
    }

    /** The automatic checks table as shown. */
    String checks() {
        return browser.text("#main\\:checkTable");
    }

    boolean offers(String step) {
        return !browser.driver().findElements(By.id("main:" + step)).isEmpty();
    }

    /** A step without a dialog of its own (take) or with the confirmation (include, submit, withdraw), confirmed. */
    RegistryApplicationPage step(String step) {
        browser.click("#main\\:" + step);
        if (confirmationShown()) {
            browser.click(".ui-confirmdialog-yes");
        }
        return this;
    }

    /** Clicks a step that asks to confirm and leaves the dialog open; its text. */
    String ask(String step) {
        browser.click("#main\\:" + step);
        browser.waitUntil(d -> confirmationShown());
        return browser.text(".ui-confirm-dialog");
    }

    RegistryApplicationPage confirm() {
        browser.click(".ui-confirmdialog-yes");
        return this;
    }

    boolean confirmationShown() {
        return browser.driver().findElements(By.cssSelector(".ui-confirm-dialog")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Opens «Отказать во включении»; the reason the dialog proposes (the label shown). */
    String openRefusal() {
        browser.click("#main\\:refuse");
        browser.waitUntil(d -> decisionDialogShown());
        return browser.text("#decideForm\\:reason_label");
    }

    /** The refusal dialog with the reason (its label; null: «none chosen») and the text; confirms. */
    RegistryApplicationPage refuse(String reasonLabel, String text) {
        if (!decisionDialogShown()) {
            openRefusal();
        }
        browser.selectOneMenu("decideForm:reason", reasonLabel == null ? "Выберите причину из перечня" : reasonLabel);
        browser.type("#decideForm\\:comment", text);
        browser.click("#decideForm\\:confirmDecision");
        return this;
    }

    boolean decisionDialogShown() {
        return browser.driver().findElement(By.id("decideDialog")).isDisplayed();
    }

    String decisionDialog() {
        return browser.text("#decideForm");
    }

    String messages() {
        return browser.text("#main\\:messages");
    }

    String history() {
        return browser.text("#main\\:history");
    }

    /** «Новая заявка» on the list as an executor's user: the authority chosen in the dialog; the new draft's card opens. */
    RegistryApplicationPage newApplication(String authority) {
        browser.go("registry/applications.xhtml");
        browser.click("#listForm\\:new");
        browser.waitUntil(d -> d.findElement(By.id("newDialog")).isDisplayed());
        browser.selectOneMenu("newForm:authorityId", authority);
        browser.find("#newForm\\:create").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("registry/application.xhtml"));
        browser.waitForAjax();
        return this;
    }

    /** Adds a service chosen in the picker by its registry number. */
    RegistryApplicationPage addService(String registryNumber) {
        new ServicePicker(browser, "main:newService").type(registryNumber, t -> t.startsWith(registryNumber)).choose(registryNumber);
        browser.click("#main\\:addService");
        return this;
    }

    String services() {
        return browser.text("#main\\:serviceTable");
    }

    RegistryApplicationPage licenceNumber(String number) {
        browser.type("#main\\:licenceNumber", number);
        return this;
    }

    RegistryApplicationPage save() {
        browser.click("#main\\:save");
        return this;
    }
}
