package ru.socorder.service.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.service.common.FieldError;

class QualityRuleTest {
    private static QualityRule rule(String value, String deviation, boolean percent) {
        return new QualityRule("Доля детей", value == null ? null : new BigDecimal(value),
                deviation == null ? null : new BigDecimal(deviation), percent);
    }

    @Test
    void validEntryHasNoProblems() {
        assertTrue(rule("80", "10", true).check("q", "Строка 1", 2024).isEmpty());
        assertTrue(rule("80", null, true).check("q", "Строка 1", 2024).isEmpty(), "a deviation is optional");
    }

    @Test
    void problemsNameLineYearAndIndicator() {
        List<FieldError> e = rule("-1", "120", true).check("lines[0].quality[0]", "Строка 1", 2025);
        assertEquals(2, e.size());
        assertEquals("Строка 1, 2025 год, показатель «Доля детей»: значение не может быть отрицательным", e.get(0).message());
        assertEquals("lines[0].quality[0].value", e.get(0).field());
        assertEquals("Строка 1, 2025 год, показатель «Доля детей»: допустимое отклонение больше 100 %", e.get(1).message());
        assertEquals("Строка 1, 2024 год: укажите наименование показателя качества",
                new QualityRule(" ", BigDecimal.ONE, null, true).check("q", "Строка 1", 2024).get(0).message());
        assertEquals("Строка 1, 2024 год, показатель «Доля детей»: укажите значение показателя",
                rule(null, null, true).check("q", "Строка 1", 2024).get(0).message());
        assertEquals(1, rule("5", "-2", false).check("q", "Строка 1", 2024).size());
        assertTrue(rule("5", "150", false).check("q", "Строка 1", 2024).isEmpty(), "an absolute deviation may exceed 100");
    }

    @Test
    void aShareInPerCentCannotExceedOneHundred() {
        List<FieldError> e = rule("150", null, true).check("lines[0].quality[0]", "Строка 1", 2025, QualityRule.PERCENT_UNIT);
        assertEquals(List.of("lines[0].quality[0].value"), e.stream().map(FieldError::field).toList());
        assertEquals("Строка 1, 2025 год, показатель «Доля детей»: доля в процентах не может быть больше 100 (указано 150)",
                e.get(0).message());
        assertTrue(rule("100", null, true).check("q", "Строка 1", 2025, QualityRule.PERCENT_UNIT).isEmpty());
        assertTrue(rule("150", null, true).check("q", "Строка 1", 2025, "792").isEmpty(), "150 persons is a count, not a share");
    }

    @Test
    void actualWithinPermittedDeviation() {
        QualityRule percent = rule("80", "10", true);
        assertEquals(0, new BigDecimal("8").compareTo(percent.permitted()));
        assertFalse(percent.exceeded(new BigDecimal("72")), "exactly the permitted deviation is allowed");
        assertFalse(percent.exceeded(new BigDecimal("88")));
        assertTrue(percent.exceeded(new BigDecimal("71.9")));
        assertTrue(percent.exceeded(new BigDecimal("88.1")));
        QualityRule absolute = rule("130", "5", false);
        assertFalse(absolute.exceeded(new BigDecimal("125")));
        assertTrue(absolute.exceeded(new BigDecimal("124")));
        assertTrue(rule("80", null, true).exceeded(new BigDecimal("79")), "without a deviation any difference counts");
        assertEquals("10 %", percent.deviationText());
        assertEquals("5", absolute.deviationText());
        assertEquals("—", rule("1", null, true).deviationText());
    }
}
