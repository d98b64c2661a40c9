package ru.socorder.service.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrderYearsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void ordersAreFormedFrom2020ToFiveYearsAhead() {
        assertTrue(OrderYears.checkFiscalYear(2020, TODAY).isEmpty());
        assertTrue(OrderYears.checkFiscalYear(2031, TODAY).isEmpty());
        assertEquals("Финансовый год 20410 не подходит: заказ формируется на год от 2020 до 2031",
                OrderYears.checkFiscalYear(20410, TODAY).orElseThrow().message());
        assertEquals("fiscalYear", OrderYears.checkFiscalYear(2019, TODAY).orElseThrow().field());
        assertTrue(OrderYears.checkFiscalYear(2032, TODAY).isPresent());
    }
}
