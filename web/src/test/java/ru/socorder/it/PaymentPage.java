package ru.socorder.it;

import org.openqa.selenium.By;

/** «Оплата за месяц»: the month, the run's state and progress, start / approve, the invoices, the downloads. */
final class PaymentPage {
    private final Browser browser;

    PaymentPage(Browser browser) {
        this.browser = browser;
    }

    /** The page of a month ({@code 2027-01}). */
    PaymentPage open(String month) {
        browser.go("payment/payments.xhtml?month=" + month);
        return this;
    }

    String text() {
        return browser.text("#paymentForm");
    }

    String status() {
        return browser.text("#paymentForm\\:runStatus");
    }

    String progress() {
        return browser.text("#paymentForm\\:progressCount");
    }

    String submissions() {
        return browser.text("#paymentForm\\:submissions");
    }

    /** Starts the run and waits until the page shows it finished (the poll refreshes it). */
    PaymentPage start() {
        browser.click("#paymentForm\\:start");
        browser.waitUntil(d -> !status().contains("выполняется"));
        return this;
    }

    PaymentPage approve() {
        browser.click("#paymentForm\\:approve");
        browser.click(".ui-confirmdialog-yes");
        return this;
    }

    boolean canStart() {
        return !browser.driver().findElements(By.id("paymentForm:start")).isEmpty();
    }

    boolean canApprove() {
        return !browser.driver().findElements(By.id("paymentForm:approve")).isEmpty();
    }

    boolean hasTreasuryFile() {
        return !browser.driver().findElements(By.id("paymentForm:treasury")).isEmpty();
    }

    /** The link to the register of the executor of the table's row ({@code Xlsx} or {@code Pdf}). */
    String executorRegister(int row, String format) {
        return browser.find("#paymentForm\\:table\\:" + row + "\\:executor" + format).getAttribute("href");
    }

    String invoices() {
        return browser.text("#paymentForm\\:table");
    }

    String messages() {
        return browser.text("#paymentForm\\:messages");
    }
}
