package ru.socorder.service.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.common.Money;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.Volumes;
import ru.socorder.service.common.FieldError;

class VolumeSplitTest {
    private static final String LINE = "Строка 3 (804200О.99.0.ББ52АЕ52000)";

    @Test
    void aSplitThatAddsUpToTheTotalIsValid() {
        assertEquals(List.of(), VolumeSplit.of("12500", "0", "8000", "0", "4500").check("lines[2].years[2024]", LINE, 2024));
    }

    @Test
    void aSplitThatDoesNotAddUpNamesTheLineAndTheYear() {
        List<FieldError> errors = VolumeSplit.of("1250", "0", "800", "0", "400").check("lines[2].years[2025]", LINE, 2025);
        assertEquals(1, errors.size());
        assertEquals("lines[2].years[2025].total", errors.get(0).field());
        assertEquals("Строка 3 (804200О.99.0.ББ52АЕ52000), 2025 год: сумма по способам 1 200 не равна общему объёму 1 250",
                errors.get(0).message());
    }

    @Test
    void negativeVolumesAreRefusedEachByName() {
        List<FieldError> errors = VolumeSplit.of("100", "-10", "110", "0", "-1").check("x", LINE, 2024);
        assertEquals(List.of("x.treasury", "x.certificates"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().endsWith("объём по заданию казённым учреждениям не может быть отрицательным"));
    }

    @Test
    void fractionalVolumesAreComparedExactly() {
        assertEquals(List.of(), VolumeSplit.of("10.50", "0", "10.5", "0", "0").check("x", LINE, 2024), "10.50 equals 10.5");
        assertEquals("Строка 3 (804200О.99.0.ББ52АЕ52000), 2024 год: сумма по способам 10,4 не равна общему объёму 10,5",
                VolumeSplit.of("10.5", "0", "10.4", "0", "0").check("x", LINE, 2024).get(0).message());
    }

    @Test
    void plannedMoneyKeepsTheUnroundedValueAndRoundsHalfUpForDisplay() {
        VolumeSplit s = VolumeSplit.of("16094", "0", "0", "0", "16094");
        Money m = s.money(new BigDecimal("169.5512"), Method.CERTIFICATES);
        assertEquals(new BigDecimal("2728757.0128"), m.amount());
        assertEquals("2 728 757,01 ₽", m.format().replace('\u00A0', ' '));
        assertEquals(Money.ZERO, s.money(new BigDecimal("169.55"), Method.COMPETITION).rounded());
    }

    @Test
    void everyMethodIsCheckedUnderItsFieldName() {
        for (Method m : Method.values()) {
            Volumes negative = Volumes.of(BigDecimal.ZERO, java.util.Map.of(m, new BigDecimal("-1")));
            List<FieldError> errors = new VolumeSplit(negative).check("y", LINE, 2024);
            assertEquals(List.of("y." + m.field()), errors.stream().map(FieldError::field).toList(), m.name());
            assertTrue(errors.get(0).message().endsWith(m.volumeText() + " не может быть отрицательным"));
        }
    }

    @Test
    void theSumRuleAddsUpAllFourMethods() {
        Volumes all = Volumes.of(new BigDecimal("10"), BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("4"));
        assertTrue(new VolumeSplit(all).addsUp());
        assertEquals(List.of(), new VolumeSplit(all).check("y", LINE, 2024));
        for (Method m : Method.values()) {
            VolumeSplit short1 = new VolumeSplit(all.with(m, all.get(m).subtract(BigDecimal.ONE)));
            assertFalse(short1.addsUp(), m.name());
            assertEquals("y.total", short1.check("y", LINE, 2024).get(0).field());
        }
    }
}
