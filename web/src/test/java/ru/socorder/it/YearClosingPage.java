package ru.socorder.it;

/** «Закрытие года»: the territory and year, the closing calendar, the state of the run and the continuation report. */
final class YearClosingPage {
    private final Browser browser;

    YearClosingPage(Browser browser) {
        this.browser = browser;
    }

    YearClosingPage open() {
        browser.go("certificate/year-closing.xhtml");
        return this;
    }

    /** The closing year typed in and left, the page read again. */
    YearClosingPage year(int year) {
        browser.replaceAndLeave("#closingForm\\:year_input", Integer.toString(year));
        browser.waitForAjax();
        return this;
    }

    String heading() {
        return browser.text("#closingForm\\:state h2");
    }

    /** The stop date as the editor's input shows it (dd.MM.yyyy). */
    String stopDateInput() {
        return browser.find("#closingForm\\:stopDate_input").getAttribute("value");
    }

    String closingDateInput() {
        return browser.find("#closingForm\\:closingDate_input").getAttribute("value");
    }

    String state() {
        return browser.text("#closingForm\\:statusLabel");
    }

    boolean canSave() {
        return !browser.driver().findElements(org.openqa.selenium.By.id("closingForm:save")).isEmpty();
    }

    boolean canRun() {
        return !browser.driver().findElements(org.openqa.selenium.By.id("closingForm:run")).isEmpty();
    }

    String report() {
        return browser.text("#closingForm\\:report");
    }

    /** The whole form's text (the dates as text for a reader). */
    String text() {
        return browser.text("#closingForm");
    }
}
