package ru.socorder.service.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.Volumes;

class OrderTotalsTest {
    private static Volumes v(int total, int budget, int certificates) {
        return Volumes.of(BigDecimal.valueOf(total), null, BigDecimal.valueOf(budget), null, BigDecimal.valueOf(certificates));
    }

    @Test
    void linesOfOneUnitAreAddedUpPerPeriodAndMethod() {
        OrderTotals t = new OrderTotals()
                .add("Человеко-час", "539", 2024, v(12000, 9000, 3000))
                .add("Человеко-час", "539", 2024, v(18000, 13500, 4500))
                .add("Человеко-час", "539", 2025, v(100, 100, 0));
        OrderTotals.Period p = t.period(2024).orElseThrow();
        assertTrue(p.isAddedUp());
        assertNull(p.note());
        assertEquals(v(30000, 22500, 7500), p.volumes());
        assertEquals(0, new BigDecimal("7500").compareTo(p.volumes().get(Method.CERTIFICATES)));
        assertEquals("539", p.unitCode());
        assertEquals("Человеко-час", p.unitName());
        assertEquals(List.of(2024, 2025), t.periods().stream().map(OrderTotals.Period::year).toList());
        assertEquals(Optional.empty(), t.period(2026), "no line has a volume in 2026");
    }

    @Test
    void linesOfDifferentUnitsHaveNoSumAndSaySo() {
        OrderTotals t = new OrderTotals()
                .add("Человеко-час", "539", 2024, v(12000, 9000, 3000))
                .add("Человек", "792", 2024, v(18, 13, 5))
                .add("Человеко-час", "539", 2025, v(12000, 9000, 3000));
        OrderTotals.Period mixed = t.period(2024).orElseThrow();
        assertFalse(mixed.isAddedUp());
        assertNull(mixed.volumes());
        assertNull(mixed.unitCode());
        assertEquals(OrderTotals.MIXED_UNITS, mixed.note());
        assertTrue(t.period(2025).orElseThrow().isAddedUp(), "units are compared per period: only the 2025 line has a volume");
    }

    @Test
    void aLineWithoutAUnitIsNotAddedToAnything() {
        assertFalse(new OrderTotals().add(null, null, 2024, v(1, 1, 0)).period(2024).orElseThrow().isAddedUp(), "even alone");
        assertFalse(new OrderTotals().add("Человек", "792", 2024, v(1, 1, 0)).add(null, null, 2024, v(1, 1, 0))
                .period(2024).orElseThrow().isAddedUp());
        assertFalse(new OrderTotals().add("Человек", "792", 2024, v(1, 1, 0)).add("Человек", null, 2024, v(1, 1, 0))
                .period(2024).orElseThrow().isAddedUp(), "the same name without the code is not known to be the same unit");
    }

    @Test
    void theTotalsOfAReadModelAreThoseOfItsLines() {
        OrderSheet s = OrderPrinterTest.luga(true, false);
        OrderTotals t = OrderTotals.of(s.lines());
        assertEquals(List.of(2024, 2025, 2026), t.periods().stream().map(OrderTotals.Period::year).toList());
        assertEquals(v(30000, 22500, 7500), t.period(2026).orElseThrow().volumes());
    }
}
