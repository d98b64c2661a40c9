package ru.socorder.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** «Записи на программы»: the enrolments of the caller's side, answered from their rows (confirm; refuse with a reason). */
final class EnrolmentsPage {
    private final Browser browser;

    EnrolmentsPage(Browser browser) {
        this.browser = browser;
    }

    EnrolmentsPage open() {
        browser.go("enrolment/enrolments.xhtml");
        return this;
    }

    /** Which enrolments the list shows: «Ждут ответа», «Срок ответа истёк», «Все записи». */
    EnrolmentsPage show(String label) {
        new SelectMenu(browser, "listForm:show").openWithMouse().choose(label);
        return this;
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#listForm\\:table_data tr:not(.ui-datatable-empty-message)"));
    }

    /** The row of the certificate (its number as printed, e.g. 41-27-0000005-3). */
    private WebElement row(String certificate) {
        return rows().stream().filter(r -> r.getText().contains(certificate)).findFirst()
                .orElseThrow(() -> new AssertionError("no enrolment of " + certificate + " in " + table()));
    }

    String table() {
        return browser.text("#listForm\\:table");
    }

    /** The text of the certificate's row (programme, group, dates, status). */
    String rowText(String certificate) {
        return row(certificate).getText();
    }

    boolean canConfirm(String certificate) {
        return !row(certificate).findElements(By.cssSelector("[id$='confirm']")).isEmpty();
    }

    /** Confirms the certificate's enrolment and answers «Да» to the question. */
    EnrolmentsPage confirm(String certificate) {
        row(certificate).findElement(By.cssSelector("[id$='confirm']")).click();
        browser.waitUntil(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.click(".ui-confirmdialog-yes");
        return this;
    }

    /** Opens the refusal dialog of the certificate's enrolment. */
    EnrolmentsPage refuse(String certificate) {
        row(certificate).findElement(By.cssSelector("[id$='refuse']")).click();
        browser.waitForAjax();
        browser.waitUntil(d -> d.findElement(By.id("reasonDialog")).isDisplayed());
        return this;
    }

    /** Types the reason (may be empty) and submits the dialog; whether the dialog closed. */
    boolean submitReason(String reason) {
        browser.type("#reasonForm\\:comment", reason);
        browser.click("#reasonForm\\:submitReason");
        return !browser.find("#reasonDialog").isDisplayed();
    }

    String dialogMessages() {
        return browser.text("#reasonForm");
    }

    String messages() {
        return browser.text("#listForm\\:messages");
    }

    /** Opens the contract linked from the certificate's row. */
    ContractPage openContract(String certificate) {
        row(certificate).findElement(By.cssSelector("a[href*='contract.xhtml']")).click();
        browser.waitForAjax();
        return new ContractPage(browser);
    }
}
