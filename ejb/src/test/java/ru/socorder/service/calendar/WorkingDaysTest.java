package ru.socorder.service.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.socorder.model.calendar.DayKind;

class WorkingDaysTest {
    private static final WorkingDays RULE = WorkingDays.STATUTORY;

    /** The decree of 2024 (Постановление Правительства РФ от 10.08.2023 № 1314), as V30 seeds it. */
    private static final WorkingDays DECREE_2024 = new WorkingDays(Map.of(
            LocalDate.of(2024, 4, 27), DayKind.WORKING, LocalDate.of(2024, 4, 29), DayKind.NON_WORKING,
            LocalDate.of(2024, 4, 30), DayKind.NON_WORKING, LocalDate.of(2024, 5, 10), DayKind.NON_WORKING,
            LocalDate.of(2024, 11, 2), DayKind.WORKING, LocalDate.of(2024, 12, 28), DayKind.WORKING,
            LocalDate.of(2024, 12, 30), DayKind.NON_WORKING, LocalDate.of(2024, 12, 31), DayKind.NON_WORKING));

    @Test
    void fiveWorkingDaysFromAFridayEndOnTheNextFriday() {
        assertEquals(LocalDate.of(2024, 10, 11), RULE.after(LocalDate.of(2024, 10, 4), 5));
    }

    @Test
    void theRequestDayIsNotCountedAndWeekendsAreSkipped() {
        assertEquals(LocalDate.of(2024, 10, 7), RULE.after(LocalDate.of(2024, 10, 4), 1), "Friday + 1 is Monday");
        assertEquals(LocalDate.of(2024, 10, 7), RULE.after(LocalDate.of(2024, 10, 5), 1), "Saturday + 1 is Monday");
    }

    @Test
    void publicHolidaysAreNotWorkingDays() {
        // 4 November 2024 is a Monday: the day of national unity
        assertFalse(RULE.isWorking(LocalDate.of(2024, 11, 4)));
        assertEquals(LocalDate.of(2024, 11, 5), RULE.after(LocalDate.of(2024, 11, 1), 1));
        // 8 March 2024 is a Friday
        assertEquals(LocalDate.of(2024, 3, 11), RULE.after(LocalDate.of(2024, 3, 7), 1));
    }

    @Test
    void theNewYearHolidaysCountAsOneBlock() {
        assertFalse(RULE.isWorking(LocalDate.of(2027, 1, 7)), "Christmas (ст. 112), a Thursday in 2027");
        assertEquals(LocalDate.of(2024, 1, 9), RULE.after(LocalDate.of(2023, 12, 29), 1));
        assertEquals(LocalDate.of(2025, 1, 14), RULE.after(LocalDate.of(2024, 12, 31), 4), "9, 10, 13 and 14 January (1–8 January are holidays)");
    }

    @Test
    void aHolidayOnAWeekendMovesTheDayOffToTheNextWorkingDay() {
        // 4 November 2023 was a Saturday: Monday 6 November was a day off
        assertFalse(RULE.isWorking(LocalDate.of(2023, 11, 6)));
        assertTrue(RULE.isWorking(LocalDate.of(2023, 11, 7)));
        // 9 May 2021 was a Sunday: Monday 10 May was a day off
        assertFalse(RULE.isWorking(LocalDate.of(2021, 5, 10)));
        // January holidays on a weekend are moved by the yearly decree, not by this rule: 7 January 2023 (a Saturday, Christmas
        // is the 7th) is a weekend, Monday 9 January stays a working day
        assertTrue(RULE.isWorking(LocalDate.of(2023, 1, 9)));
    }

    @Test
    void aTransferredWorkingSaturdayCountsAndATransferredDayOffDoesNot() {
        // Saturday 27 April 2024 was worked, Monday 29 and Tuesday 30 April were days off
        assertTrue(DECREE_2024.isWorking(LocalDate.of(2024, 4, 27)));
        assertFalse(DECREE_2024.isWorking(LocalDate.of(2024, 4, 29)));
        assertEquals(LocalDate.of(2024, 4, 27), DECREE_2024.after(LocalDate.of(2024, 4, 26), 1), "Friday + 1 is the working Saturday");
        assertEquals(LocalDate.of(2024, 5, 2), DECREE_2024.after(LocalDate.of(2024, 4, 27), 1), "29 April – 1 May are off");
        assertEquals(LocalDate.of(2024, 4, 29), RULE.after(LocalDate.of(2024, 4, 26), 1), "the rule alone knows no decree");
        // 10 May 2024 (Friday) was off: Thursday 9 May + 1 is Monday 13 May
        assertEquals(LocalDate.of(2024, 5, 13), DECREE_2024.after(LocalDate.of(2024, 5, 8), 1));
    }

    @Test
    void theYearEndHolidays() {
        // 2024: Saturday 28 December worked, 29 December 2024 – 8 January 2025 off
        assertTrue(DECREE_2024.isWorking(LocalDate.of(2024, 12, 28)));
        assertFalse(DECREE_2024.isWorking(LocalDate.of(2024, 12, 30)));
        assertFalse(DECREE_2024.isWorking(LocalDate.of(2024, 12, 31)));
        assertEquals(LocalDate.of(2024, 12, 28), DECREE_2024.after(LocalDate.of(2024, 12, 27), 1));
        assertEquals(LocalDate.of(2025, 1, 9), DECREE_2024.after(LocalDate.of(2024, 12, 28), 1));
        // December 2024 has 21 working days by the decree (the rule alone: 22 — the Saturday in, the 30th and 31st out)
        assertEquals(21, DECREE_2024.count(YearMonth.of(2024, 12)));
        assertEquals(22, RULE.count(YearMonth.of(2024, 12)));
    }

    @Test
    void theNthWorkingDayOfAMonth() {
        assertEquals(LocalDate.of(2024, 5, 3), RULE.nth(YearMonth.of(2024, 5), 2));
        assertEquals(LocalDate.of(2024, 5, 3), DECREE_2024.nth(YearMonth.of(2024, 5), 2), "2 and 3 May are worked");
        assertEquals(LocalDate.of(2024, 5, 31), RULE.nth(YearMonth.of(2024, 5), 40), "fewer: the last working day");
        assertThrows(IllegalArgumentException.class, () -> RULE.nth(YearMonth.of(2024, 5), 0));
    }

    @Test
    void anExceptionThatChangesNothingIsRefused() {
        assertNotNull(WorkingDays.refusal(LocalDate.of(2025, 11, 5), DayKind.WORKING), "a Wednesday is working already");
        assertNotNull(WorkingDays.refusal(LocalDate.of(2025, 11, 8), DayKind.NON_WORKING), "a Saturday is off already");
        assertNotNull(WorkingDays.refusal(LocalDate.of(2025, 11, 4), DayKind.NON_WORKING), "a holiday is off already");
        assertNotNull(WorkingDays.refusal(LocalDate.of(2026, 1, 7), DayKind.WORKING), "a public holiday is never made working");
        assertNull(WorkingDays.refusal(LocalDate.of(2025, 11, 1), DayKind.WORKING), "a Saturday made working");
        assertNull(WorkingDays.refusal(LocalDate.of(2025, 11, 3), DayKind.NON_WORKING), "a Monday made a day off");
        assertNull(WorkingDays.refusal(LocalDate.of(2025, 2, 24), DayKind.WORKING), "the rule's moved day off, moved elsewhere by the decree");
    }

    @Test
    void atLeastOneDay() {
        assertThrows(IllegalArgumentException.class, () -> RULE.after(LocalDate.of(2024, 1, 1), 0));
    }
}
