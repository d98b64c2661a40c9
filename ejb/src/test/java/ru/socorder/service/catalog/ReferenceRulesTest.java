package ru.socorder.service.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import ru.socorder.service.exchange.RuleResult;

class ReferenceRulesTest {

    @Test
    void orderDeadlineIsADayAndMonthAsClerksWriteThem() {
        assertEquals(MonthDay.of(1, 1), ReferenceRules.orderDeadline("01.01"));
        assertEquals(MonthDay.of(12, 31), ReferenceRules.orderDeadline(" 31.12. "));
        assertEquals(MonthDay.of(6, 1), ReferenceRules.orderDeadline("1.6"));
        assertEquals(MonthDay.of(2, 29), ReferenceRules.orderDeadline("29.02"), "a day that exists in leap years");
        assertNull(ReferenceRules.orderDeadline("31.02"));
        assertNull(ReferenceRules.orderDeadline("1 января"));
        assertNull(ReferenceRules.orderDeadline("13.13"));
    }

    @Test
    void territoryWithAWrongDeadlineIsRefusedWithTheField() {
        TerritoryForm f = new TerritoryForm();
        f.setLevel("REGION");
        f.setName("Ленинградская область");
        f.setOktmo("41000000");
        f.setOrderDeadline("32.01");
        RuleResult r = ReferenceRules.territory(f);
        assertEquals("Срок утверждения заказа указан неверно: «32.01» — ожидается день и месяц ДД.ММ, например 01.01",
                r.errors().stream().filter(e -> e.field().equals("orderDeadline")).findFirst().orElseThrow().message());
    }
}
