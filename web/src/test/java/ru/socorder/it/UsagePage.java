package ru.socorder.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** «Оказанные услуги»: an executor's month — the grid of contracts with the month's hours, save, submit. */
final class UsagePage {
    private final Browser browser;

    UsagePage(Browser browser) {
        this.browser = browser;
    }

    /** The month ({@code 2027-01}) of the logged-in executor. */
    UsagePage open(String month) {
        browser.go("usage/entry.xhtml?month=" + month);
        return this;
    }

    /** The clerk's view of an executor's month. */
    UsagePage open(long executorId, String month) {
        browser.go("usage/entry.xhtml?executor=" + executorId + "&month=" + month);
        return this;
    }

    private WebElement row(String contractNumber) {
        return browser.driver().findElements(By.cssSelector("[id='main:grid'] tbody tr")).stream()
                .filter(r -> r.getText().contains(contractNumber)).findFirst()
                .orElseThrow(() -> new AssertionError("no row of contract " + contractNumber + ": " + browser.text("#main")));
    }

    String rowText(String contractNumber) {
        return row(contractNumber).getText();
    }

    /** Types the month's hours of the contract (replacing what is there). */
    UsagePage hours(String contractNumber, String hours) {
        row(contractNumber).findElement(By.cssSelector("input[id$='hours_input']")).sendKeys(Keys.chord(Keys.CONTROL, "a"), hours, Keys.TAB);
        return this;
    }

    /** «Сохранить»; the messages afterwards. */
    String save() {
        browser.click("[id='main:save']");
        return messages();
    }

    /** «Отправить за месяц», confirmed; the messages afterwards. */
    String submit() {
        browser.click("[id='main:submit']");
        browser.waitUntil(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.click(".ui-confirmdialog-yes");
        return messages();
    }

    boolean editable() {
        return !browser.driver().findElements(By.id("main:save")).isEmpty();
    }

    /** «Итого за месяц: 14,5 чел.-ч, 2 458,48 руб.» */
    String totals() {
        return browser.text("[id='main:totals']").replace('\u00A0', ' ');
    }

    String state() {
        return browser.text("[id='main:state']");
    }

    String messages() {
        return browser.text("[id='main:messages']");
    }

    /** «Исправить» on the contract's row: new hours and the reason; the page's messages afterwards. */
    String correct(String contractNumber, String hours, String reason) {
        row(contractNumber).findElement(By.cssSelector("button[id$='correct']")).click();
        browser.waitForAjax();
        browser.waitUntil(d -> d.findElement(By.id("correctDialog")).isDisplayed());
        browser.find("[id='correctForm:hours_input']").sendKeys(Keys.chord(Keys.CONTROL, "a"), hours, Keys.TAB);
        browser.type("[id='correctForm:reason']", reason);
        browser.click("[id='correctForm:submitCorrect']");
        return messages();
    }
}
