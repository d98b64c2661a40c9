package ru.socorder.model.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianTextTest {
    private static final char NBSP = '\u00A0';

    @ParameterizedTest
    @CsvSource({
        "12000.0000, 12 000",
        "12.5000, '12,5'",
        "1234567.25, '1 234 567,25'",
        "0.0000, 0",
        "999, 999",
        "1000, 1 000",
        "-1000, -1 000",
        "-0.5, '-0,5'",
        "100000, 100 000",
        "1E+6, 1 000 000"
    })
    void numbersHaveNoTrailingZerosAreGroupedByNoBreakSpacesAndUseADecimalComma(String value, String printed) {
        assertEquals(printed.replace(' ', NBSP), RussianText.number(new BigDecimal(value)));
    }

    @Test
    void theSeparatorCanBeAPlainSpaceOrNone() {
        assertEquals("1 250", RussianText.number(new BigDecimal("1250.00"), ' '));
        assertEquals("-12 345,5", RussianText.number(new BigDecimal("-12345.50"), ' '));
        assertEquals("1234567,25", RussianText.ungrouped(new BigDecimal("1234567.2500")));
        assertEquals("-3", RussianText.ungrouped(new BigDecimal("-3.0")));
        assertNull(RussianText.number(null));
        assertNull(RussianText.number(null, ' '));
        assertNull(RussianText.ungrouped(null));
    }

    @Test
    void amountsAreRoundedHalfUpToKopecks() {
        assertEquals("1" + NBSP + "234,56", RussianText.amount(new BigDecimal("1234.56")));
        assertEquals("2" + NBSP + "728" + NBSP + "737,70", RussianText.amount(new BigDecimal("2728737.7")));
        assertEquals("0,01", RussianText.amount(new BigDecimal("0.005")));
        assertEquals("0,00", RussianText.amount(BigDecimal.ZERO));
        assertEquals("-1" + NBSP + "000,00", RussianText.amount(new BigDecimal("-1000")));
    }

    @Test
    void monthsInTheGenitiveAndTheNominative() {
        assertEquals("января", RussianText.monthGenitive(1));
        assertEquals("мая", RussianText.monthGenitive(5));
        assertEquals("декабря", RussianText.monthGenitive(12));
        assertEquals("январь", RussianText.monthNominative(1));
        assertEquals("август", RussianText.monthNominative(8));
        assertEquals(12, RussianText.monthsGenitive().size());
        assertEquals(12, RussianText.monthsNominative().size());
        assertEquals(Optional.of(6), RussianText.month("июня"));
        assertEquals(Optional.of(6), RussianText.month("июнь"));
        assertEquals(Optional.of(12), RussianText.month("декабря"));
        assertEquals(Optional.empty(), RussianText.month("июнья"));
    }

    @Test
    void datesAsDocumentsWriteThem() {
        assertEquals("15.01.2024", RussianText.date(LocalDate.of(2024, 1, 15)));
        assertNull(RussianText.date(null));
        assertEquals("05.03.2026 09:07", RussianText.dateTime(LocalDateTime.of(2026, 3, 5, 9, 7)));
        assertNull(RussianText.dateTime(null));
        assertEquals("1 января", RussianText.dayMonth(MonthDay.of(1, 1)));
        assertEquals("30 июня", RussianText.dayMonth(MonthDay.of(6, 30)));
        assertEquals("01.07", RussianText.dayMonthDigits(MonthDay.of(7, 1)));
        assertEquals("Декабрь 2024", RussianText.monthYear(LocalDate.of(2024, 12, 31)));
        assertEquals("Май 2025", RussianText.monthYear(LocalDate.of(2025, 5, 1)));
        assertEquals("«01» января 2024 г.", RussianText.documentDate(LocalDate.of(2024, 1, 1)));
        assertEquals("«28» февраля 2025 г.", RussianText.documentDate(LocalDate.of(2025, 2, 28)));
        assertEquals("«15» декабря 2026 г.", RussianText.documentDate(LocalDate.of(2026, 12, 15)));
    }

    @Test
    void moneyAndDeadlinesWriteThroughIt() {
        assertEquals(RussianText.amount(new BigDecimal("1234.5")) + NBSP + "₽", Money.of("1234.5").format());
    }
}
