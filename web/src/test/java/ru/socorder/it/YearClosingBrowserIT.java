package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «Закрытие года» on the demo (Luga): the territory's clerk sees the calendar of a year not yet set with the usual
 * dates in the editor and may save it, but not close a year whose issuing has not stopped; an observer reads the same
 * dates as text without the buttons; the screen fits 1366 × 768.
 */
class YearClosingBrowserIT extends BrowserTest {

    @Test
    void theScreenShowsTheCalendarToItsKeepersAndToReaders() {
        List<String> layout = new ArrayList<>();
        browser.login("clerk", "demo");
        YearClosingPage page = new YearClosingPage(browser).open().year(2031);
        assertEquals("Календарь закрытия 2031 года", page.heading());
        assertEquals("15.12.2031", page.stopDateInput(), "the usual stop date until the calendar is saved");
        assertEquals("31.12.2031", page.closingDateInput());
        assertEquals("не начато", page.state());
        assertTrue(page.canSave(), "the territory's clerk keeps the calendar");
        assertFalse(page.canRun(), "no year end before the stop date");
        assertTrue(page.report().contains("Договоров, переходящих на следующий год, нет"), page.report());
        layout.addAll(browser.layoutProblems("year-closing-clerk"));
        browser.logout();

        browser.login("observer", "demo");
        page.open();
        page.year(2031);
        assertTrue(page.text().contains("15.12.2031") && page.text().contains("31.12.2031"), page.text());
        assertFalse(page.canSave(), "observers read");
        assertFalse(page.canRun());
        layout.addAll(browser.layoutProblems("year-closing-observer"));
        assertEquals(List.of(), layout, "the screen fits 1366 × 768");
    }
}
