package ru.socorder.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** «Производственный календарь» (administrators): the year, its days with add / edit / delete, working days per month. */
final class WorkingCalendarPage {
    private final Browser browser;

    WorkingCalendarPage(Browser browser) {
        this.browser = browser;
    }

    WorkingCalendarPage open() {
        browser.go("admin/working-calendar.xhtml");
        return this;
    }

    /** The year typed in and left, the page read again. */
    WorkingCalendarPage year(int year) {
        browser.replaceAndLeave("#calendarForm\\:year_input", Integer.toString(year));
        return this;
    }

    /** «Добавить день»: the date (dd.MM.yyyy), the kind's label and the basis; the messages afterwards (the dialog's text if it stays open). */
    String add(String ddMMyyyy, String kindLabel, String basis) {
        browser.click("#calendarForm\\:new");
        browser.waitUntil(d -> d.findElement(By.id("dayDialog")).isDisplayed());
        browser.replaceAndLeave("#dayForm\\:date_input", ddMMyyyy); // the calendar opens only from its button
        browser.waitUntil(d -> !datePanelShown());
        browser.driver().findElements(By.cssSelector("#dayForm\\:kind label")).stream().filter(l -> l.getText().equals(kindLabel))
                .findFirst().orElseThrow(() -> new AssertionError("no kind «" + kindLabel + "»")).click();
        browser.type("#dayForm\\:basis", basis);
        browser.click("#dayForm\\:saveDay");
        browser.waitUntil(d -> !d.findElement(By.id("dayDialog")).isDisplayed()
                || !d.findElements(By.cssSelector("#dayForm .ui-message-error, #dayForm .ui-messages-error")).isEmpty());
        return browser.find("#dayDialog").isDisplayed() ? browser.text("#dayForm")
                : browser.text("#calendarForm\\:messages") + " " + browser.text("#dayForm\\:messages");
    }

    /** Closes the dialog without saving. */
    WorkingCalendarPage cancel() {
        browser.click("#dayForm\\:cancel");
        browser.waitUntil(d -> !d.findElement(By.id("dayDialog")).isDisplayed());
        return this;
    }

    /** Deletes the day of the row that shows the date (dd.MM.yyyy), confirmed; the messages afterwards. */
    String delete(String ddMMyyyy) {
        row(ddMMyyyy).findElement(By.cssSelector("button[id$='delete']")).click();
        browser.waitUntil(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.click(".ui-confirmdialog-yes");
        browser.waitUntil(d -> !days().contains(ddMMyyyy));
        return browser.text("#calendarForm\\:messages");
    }

    /** The table of the year's days as text. */
    String days() {
        return browser.text("#calendarForm\\:days");
    }

    /** The working days of the month (1–12). */
    int workingDays(int month) {
        List<WebElement> cells = browser.driver().findElements(By.cssSelector("#calendarForm\\:months tbody tr")).get(month - 1)
                .findElements(By.tagName("td"));
        return Integer.parseInt(cells.get(1).getText().strip());
    }

    /** Whether the date picker's calendar is open (it covers the fields below the date). */
    private boolean datePanelShown() {
        return browser.driver().findElements(By.id("dayForm:date_panel")).stream().anyMatch(WebElement::isDisplayed);
    }

    private WebElement row(String ddMMyyyy) {
        return browser.driver().findElements(By.cssSelector("#calendarForm\\:days tbody tr")).stream()
                .filter(r -> r.getText().contains(ddMMyyyy)).findFirst().orElseThrow(() -> new AssertionError(ddMMyyyy + " not listed"));
    }
}
