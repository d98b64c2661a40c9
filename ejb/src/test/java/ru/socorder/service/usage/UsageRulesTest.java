package ru.socorder.service.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Delivered hours: the amount with its rounding rule and the remainder month, the remaining hours, the contract's months. */
class UsageRulesTest {
    /** 72 h at 169,55 руб.: 12 207,60 руб. */
    private static final UsageRules.Terms CONTRACT = new UsageRules.Terms("2027-1050", d("72"), d("169.550000"), d("12207.60"),
            YearMonth.of(2027, 1), YearMonth.of(2027, 6), true);
    /** 10 h at 33,333333 руб.: 333,33 руб. — every third of an hour leaves a fraction of a kopeck. */
    private static final UsageRules.Terms THIRDS = new UsageRules.Terms("2027-7", d("10"), d("33.333333"), d("333.33"),
            YearMonth.of(2027, 1), YearMonth.of(2027, 12), true);
    private static final YearMonth JAN = YearMonth.of(2027, 1);

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theAmountIsHoursTimesThePricePerHourInKopecksHalfUp() {
        assertEquals(d("1356.40"), UsageRules.amount(CONTRACT, d("8"), UsageRules.Others.NONE));
        assertEquals(d("84.78"), UsageRules.amount(CONTRACT, d("0.5"), UsageRules.Others.NONE), "84.775 rounds half-up");
        assertEquals(d("0.00"), UsageRules.amount(CONTRACT, d("0"), UsageRules.Others.NONE));
    }

    @Test
    void theMonthThatCompletesTheHoursTakesTheRemainderSoTheContractConsumesItsPriceExactly() {
        // three months of 3 h: 99.999999 → 100.00 each, 300.00 in all; the fourth (1 h) completes 10 h
        BigDecimal month = UsageRules.amount(THIRDS, d("3"), UsageRules.Others.NONE);
        assertEquals(d("100.00"), month);
        UsageRules.Others three = new UsageRules.Others(d("9"), d("300.00"));
        assertEquals(d("33.33"), UsageRules.amount(THIRDS, d("1"), three), "333.33 − 300.00");
        UsageRules.Others roundedUp = new UsageRules.Others(d("9"), d("300.02"));
        assertEquals(d("33.31"), UsageRules.amount(THIRDS, d("1"), roundedUp), "the remainder, whatever the earlier months rounded to");
        assertEquals(d("12207.60").subtract(d("8138.40")), UsageRules.amount(CONTRACT, d("24"), new UsageRules.Others(d("48"), d("8138.40"))));
    }

    @Test
    void anAmountNeverExceedsWhatThePriceLeaves() {
        UsageRules.Others nearlyAll = new UsageRules.Others(d("9"), d("333.30"));
        assertEquals(d("0.03"), UsageRules.amount(THIRDS, d("0.5"), nearlyAll), "16.67 capped at the 0.03 left");
        assertEquals(d("0.00"), UsageRules.amount(THIRDS, d("1"), new UsageRules.Others(d("9"), d("400.00"))), "never negative");
    }

    @Test
    void hoursNeverExceedWhatTheContractStillAllows() {
        UsageRules.Others sixty = new UsageRules.Others(d("60"), d("10173.00"));
        assertEquals(d("12"), UsageRules.remaining(CONTRACT, sixty));
        assertNull(UsageRules.refusal(CONTRACT, JAN, d("12"), sixty));
        assertEquals("Больше остатка часов по договору № 2027-1050: осталось 12 из 72 ч", UsageRules.refusal(CONTRACT, JAN, d("12.01"), sixty));
        assertEquals("Количество часов не может быть отрицательным", UsageRules.refusal(CONTRACT, JAN, d("-1"), UsageRules.Others.NONE));
        assertTrue(UsageRules.refusal(CONTRACT, JAN, d("1.005"), UsageRules.Others.NONE).startsWith("Часы указываются не точнее сотых"));
        assertEquals("Укажите количество часов", UsageRules.refusal(CONTRACT, JAN, null, UsageRules.Others.NONE));
    }

    @Test
    void hoursAreEnteredOnlyForTheContractsMonthsWhileItIsInForce() {
        assertEquals("Договор № 2027-1050 действует с января 2027 по июнь 2027: за декабрь 2026 часы не вводятся",
                UsageRules.refusal(CONTRACT, YearMonth.of(2026, 12), d("1"), UsageRules.Others.NONE));
        assertTrue(UsageRules.refusal(CONTRACT, YearMonth.of(2027, 7), d("1"), UsageRules.Others.NONE).contains("за июль 2027"));
        assertNull(UsageRules.refusal(CONTRACT, YearMonth.of(2027, 6), d("1"), UsageRules.Others.NONE));
        UsageRules.Terms ended = new UsageRules.Terms("2027-1050", d("72"), d("169.55"), d("12207.60"), JAN, YearMonth.of(2027, 3), false);
        assertEquals("Договор № 2027-1050 не действует: часы по нему не вводятся", UsageRules.refusal(ended, JAN, d("1"), UsageRules.Others.NONE));
        assertNull(UsageRules.refusal(ended, JAN, d("0"), UsageRules.Others.NONE), "a draft of an ended contract can be cleared");
    }

    @Test
    void monthsAreReadAsTheApiAndFilesWriteThem() {
        assertEquals(JAN, UsageRules.month("2027-01"));
        assertEquals(JAN, UsageRules.month("01.2027"));
        assertEquals(JAN, UsageRules.month(" 1.2027 "));
        assertNull(UsageRules.month("2027-13"));
        assertNull(UsageRules.month("январь"));
        assertNull(UsageRules.month(null));
        assertEquals("январь 2027", UsageRules.text(JAN));
    }

    @Test
    void theExecutorSeesTheChildMasked() {
        assertEquals("П*** А. С.", UsageRules.maskedChild("Петрова", "Анна", "Сергеевна"));
        assertEquals("П*** А.", UsageRules.maskedChild("Петрова", "Анна", null));
    }
}
