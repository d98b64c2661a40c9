package ru.socorder.it;

import org.openqa.selenium.By;

/** «Настройки оплаты»: the authority, its advance share and pay working day, the explanation line, «Сохранить». */
final class PaymentSettingsPage {
    private final Browser browser;

    PaymentSettingsPage(Browser browser) {
        this.browser = browser;
    }

    /** Opened as a user would: «Оплата» → «Настройки оплаты» in the menu. */
    PaymentSettingsPage openFromMenu() {
        browser.click("#menuForm\\:menuPaymentSettings");
        browser.waitUntil(d -> browser.currentPath().contains("payment/settings"));
        return this;
    }

    /** The share typed into its input and left. */
    PaymentSettingsPage share(String percent) {
        browser.replaceAndLeave("#settingsForm\\:advanceShare_input", percent);
        return this;
    }

    /** The working day chosen from its select («4-й»). */
    PaymentSettingsPage workingDay(int day) {
        new SelectMenu(browser, "settingsForm:advanceWorkingDay").openWithMouse().choose(day + "-й");
        browser.waitUntil(d -> explanation().contains(day + "-й рабочий день"));
        return this;
    }

    PaymentSettingsPage save() {
        browser.click("#settingsForm\\:save");
        return this;
    }

    /** The share as its input shows it. */
    String shareInput() {
        return browser.find("#settingsForm\\:advanceShare_input").getAttribute("value");
    }

    /** The working day the select shows («4-й»). */
    String workingDayChosen() {
        return new SelectMenu(browser, "settingsForm:advanceWorkingDay").chosen();
    }

    String explanation() {
        return browser.text("#settingsForm\\:explanation");
    }

    String messages() {
        return browser.text("#settingsForm\\:messages");
    }

    boolean canSave() {
        return !browser.driver().findElements(By.id("settingsForm:save")).isEmpty();
    }

    String text() {
        return browser.text("#settingsForm");
    }
}
