package ru.socorder.it;

import org.openqa.selenium.By;

/** The card of a registry entry and the card of a programme, as the authority's clerk reads and changes them. */
final class RegistryEntryPage {
    private final Browser browser;

    RegistryEntryPage(Browser browser) {
        this.browser = browser;
    }

    RegistryEntryPage open(long id) {
        browser.go("registry/entry.xhtml?id=" + id);
        return this;
    }

    String status() {
        return browser.text("#entryStatus");
    }

    String card() {
        return browser.text("#main");
    }

    /**
     * A step by its button label (unless its dialog is still open after a refusal), the date left empty (today) and the
     * basis typed in the dialog; applied.
     */
    RegistryEntryPage step(String label, String basis) {
        if (!dialogShown()) {
            browser.driver().findElements(By.cssSelector("#main button")).stream().filter(b -> b.getText().equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no step «" + label + "»: " + card())).click();
            browser.waitForAjax();
            browser.waitUntil(d -> dialogShown());
        }
        browser.type("#stepForm\\:comment", basis);
        browser.click("#stepForm\\:apply");
        return this;
    }

    boolean dialogShown() {
        return browser.driver().findElement(By.id("stepDialog")).isDisplayed();
    }

    String dialog() {
        return browser.text("#stepForm");
    }

    String history() {
        return browser.text("#main\\:history");
    }
}
