package ru.socorder.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An authority's payment settings: the advance share above 0 and at most 100 %, the pay working day 1..10. */
class AgreementSettingTest {
    @Test
    void theShareIsAPercentageAboveZeroAndAtMostAHundred() {
        assertNull(AgreementSetting.shareProblem(new BigDecimal("0.01")));
        assertNull(AgreementSetting.shareProblem(new BigDecimal("100")));
        assertEquals("Доля аванса — процент больше 0 и не больше 100", AgreementSetting.shareProblem(BigDecimal.ZERO));
        assertNotNull(AgreementSetting.shareProblem(new BigDecimal("-5")));
        assertNotNull(AgreementSetting.shareProblem(new BigDecimal("100.01")));
        assertNotNull(AgreementSetting.shareProblem(new BigDecimal("0.004")), "kept with two decimals it would be 0");
        assertNotNull(AgreementSetting.shareProblem(null));
    }

    @Test
    void theWorkingDayIsOneToTen() {
        assertNull(AgreementSetting.workingDayProblem(1));
        assertNull(AgreementSetting.workingDayProblem(10));
        assertEquals("Рабочий день оплаты — число от 1 до 10", AgreementSetting.workingDayProblem(0));
        assertNotNull(AgreementSetting.workingDayProblem(11));
        assertNotNull(AgreementSetting.workingDayProblem(null));
    }

    @Test
    void aChangeTakesBothValuesOrNone() {
        AgreementSetting s = new AgreementSetting(7, new BigDecimal("80"), 2);
        s.change(new BigDecimal("75.555"), 5);
        assertEquals(new BigDecimal("75.56"), s.getAdvanceShare());
        assertEquals(5, s.getPayWorkingDay());
        assertThrows(IllegalArgumentException.class, () -> s.change(new BigDecimal("50"), 11));
        assertThrows(IllegalArgumentException.class, () -> s.change(new BigDecimal("120"), 3));
        assertEquals(new BigDecimal("75.56"), s.getAdvanceShare(), "a refused change leaves the setting as it was");
        assertEquals(5, s.getPayWorkingDay());
        assertThrows(IllegalArgumentException.class, () -> new AgreementSetting(7, new BigDecimal("80"), 0));
    }
}
