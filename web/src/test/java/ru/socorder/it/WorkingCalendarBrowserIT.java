package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «Производственный календарь»: the administrator sees the seeded decree of 2025, adds a transferred day off in 2099
 * (June's working days drop by one), is told in Russian that a working Wednesday made working changes nothing, and
 * deletes the day again; the screen fits 1366 × 768.
 */
class WorkingCalendarBrowserIT extends BrowserTest {

    @Test
    void theAdministratorAddsAndDeletesADay() {
        browser.login("admin", "demo");
        WorkingCalendarPage page = new WorkingCalendarPage(browser).open().year(2025);
        assertTrue(page.days().contains("01.11.2025, суббота") && page.days().contains("№ 1335"), page.days());

        page.year(2099);
        int june = page.workingDays(6);
        String refused = page.add("03.06.2099", "рабочий день", "Проверка");
        assertTrue(refused.contains("и так рабочий"), refused);
        page.cancel();

        String added = page.add("02.06.2099", "нерабочий день", "Постановление Правительства РФ от 01.10.2098 № 1");
        assertTrue(added.contains("02.06.2099"), added);
        assertTrue(page.days().contains("02.06.2099, вторник") && page.days().contains("нерабочий день"), page.days());
        assertEquals(june - 1, page.workingDays(6), "a day off less to work");
        List<String> layout = browser.layoutProblems("working-calendar");

        String deleted = page.delete("02.06.2099");
        assertTrue(deleted.contains("удалён"), deleted);
        assertFalse(page.days().contains("02.06.2099"), page.days());
        assertEquals(june, page.workingDays(6));
        assertEquals(List.of(), layout, "the screen fits 1366 × 768");
    }
}
