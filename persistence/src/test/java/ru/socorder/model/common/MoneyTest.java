package ru.socorder.model.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {
    private static String plain(String s) {
        return s.replace('\u00A0', ' ');
    }

    @Test
    void formatsRoublesTheRussianWay() {
        assertEquals("1 234,56 ₽", plain(Money.of("1234.56").format()));
        assertEquals("2 728 737,70 ₽", plain(Money.of("2728737.7").format()));
        assertEquals("0,00 ₽", plain(Money.ZERO.format()));
    }

    @Test
    void roundsHalfUpOnlyForDisplayAndKeepsTheUnroundedValue() {
        Money m = Money.of("169.55").times(new BigDecimal("16094"));
        assertEquals(new BigDecimal("2728737.70"), m.amount());
        Money third = Money.of("0.005");
        assertEquals("0,01 ₽", plain(third.format()));
        assertEquals(new BigDecimal("0.005"), third.amount());
        assertEquals(new BigDecimal("0.01"), third.rounded().amount());
    }

    @Test
    void parsesWhatClerksType() {
        assertEquals(Money.of("1234.56"), Money.parse("1 234,56 ₽"));
        assertEquals(Money.of("1234.56"), Money.parse("1\u00A0234,56"));
        assertEquals(Money.of("1234.5"), Money.parse("1234.50"));
        assertEquals("Сумма указана неверно: «12,3,4»",
                assertThrows(IllegalArgumentException.class, () -> Money.parse("12,3,4")).getMessage());
    }
}
