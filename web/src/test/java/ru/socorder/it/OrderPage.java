package ru.socorder.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The social order screen as a clerk works with it: open, type volumes, save, take a workflow step. */
final class OrderPage {
    private final Browser browser;

    OrderPage(Browser browser) {
        this.browser = browser;
    }

    OrderPage open(long id) {
        browser.go("order/order.xhtml?id=" + id);
        return this;
    }

    OrderPage volumesTab() {
        return tab("Объёмы по способам");
    }

    /** Opens a tab of the order card by its title (among the card's tabs: «Услуги» is a menu item too). */
    OrderPage tab(String title) {
        browser.driver().findElement(By.id("main:tabs")).findElement(By.linkText(title)).click();
        browser.waitForAjax();
        return this;
    }

    /** The titles of the card's tabs. */
    java.util.List<String> tabs() {
        return browser.driver().findElements(By.cssSelector("#main\\:tabs > .ui-tabs-nav a")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }

    /** Adds the service chosen in the picker of the «Услуги» tab as a line. */
    OrderPage addLine() {
        browser.click("#main\\:tabs\\:addLine");
        return this;
    }

    /** The «Услуги» tab's lines as shown. */
    String linesText() {
        return browser.text("#main\\:tabs\\:lines");
    }

    /** Types a volume into a row (0-based, line × period) and a column: total, treasury, budget, competition, certificates. */
    OrderPage volume(int row, String column, String value) {
        browser.replaceAndLeave("#main\\:tabs\\:rows\\:" + row + "\\:" + column, value);
        return this;
    }

    String volume(int row, String column) {
        return browser.find("#main\\:tabs\\:rows\\:" + row + "\\:" + column).getAttribute("value");
    }

    OrderPage save() {
        browser.click("#main\\:save");
        return this;
    }

    /** «Направить на утверждение», confirmed in the dialog. */
    OrderPage submit() {
        return ask("submit").confirm();
    }

    /** «Утвердить», confirmed in the dialog. */
    OrderPage approve() {
        return ask("approve").confirm();
    }

    /** Clicks a workflow step (submit, approve, publish); the confirmation dialog opens. */
    OrderPage ask(String step) {
        browser.click("#main\\:" + step);
        browser.waitUntil(d -> confirmationShown());
        return this;
    }

    /** The open confirmation dialog's text, or empty. */
    String confirmation() {
        return confirmationShown() ? browser.text(".ui-confirm-dialog") : "";
    }

    boolean confirmationShown() {
        return browser.driver().findElements(By.cssSelector(".ui-confirm-dialog")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** «Да» in the confirmation dialog. */
    OrderPage confirm() {
        browser.click(".ui-confirmdialog-yes");
        return this;
    }

    /** «Нет» in the confirmation dialog. */
    OrderPage cancel() {
        browser.click(".ui-confirmdialog-no");
        browser.waitUntil(d -> !confirmationShown());
        return this;
    }

    /** «Вернуть на доработку» with the reason typed into its dialog (empty: none); the dialog closes only when it worked. */
    OrderPage returnWithReason(String reason) {
        if (!returnDialogShown()) {
            browser.click("#main\\:return");
            browser.waitUntil(d -> returnDialogShown());
        }
        browser.type("#returnForm\\:comment", reason);
        browser.click("#returnForm\\:confirmReturn");
        return this;
    }

    boolean returnDialogShown() {
        return browser.driver().findElement(By.id("returnDialog")).isDisplayed();
    }

    /** What the return dialog says about the reason. */
    String returnDialogMessage() {
        return browser.text("#returnForm");
    }

    /** The note at the top of a returned draft (when, who, why), or empty. */
    String returnedNote() {
        List<WebElement> note = browser.driver().findElements(By.id("main:returned"));
        return note.isEmpty() ? "" : note.get(0).getText();
    }

    boolean offers(String step) {
        return !browser.driver().findElements(By.id("main:" + step)).isEmpty();
    }

    /** The link to the newer version an older one shows instead of «Внести изменения», or null. */
    WebElement laterVersionLink() {
        List<WebElement> link = browser.driver().findElements(By.id("main:openLaterVersion"));
        return link.isEmpty() ? null : link.get(0);
    }

    String messages() {
        return browser.text("#main\\:messages");
    }

    /** How many times a text is shown as a message on the page (summaries, pop-ups, field messages), visible ones only. */
    long shownTimes(String text) {
        return browser.driver().findElements(By.cssSelector(".ui-messages li, .ui-growl-item, .ui-message")).stream()
                .filter(WebElement::isDisplayed).filter(e -> e.getText().contains(text)).count();
    }

    String status() {
        return browser.text("#orderStatus");
    }

    String heading() {
        return browser.text("h1");
    }

    boolean staleNoteShown() {
        return !browser.driver().findElements(By.id("main:staleNote")).isEmpty();
    }
}
