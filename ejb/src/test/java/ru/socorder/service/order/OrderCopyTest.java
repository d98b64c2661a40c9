package ru.socorder.service.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.order.Volumes;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.catalog.TerritoryLevel;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderLineYear;
import ru.socorder.model.order.OrderQuality;
import ru.socorder.model.order.SocialOrder;

class OrderCopyTest {
    private final Territory luga = new Territory(TerritoryLevel.MUNICIPALITY, "Лужский муниципальный район", null, null);
    private final SocialService service = new SocialService(RegistryNumber.of("804200О.99.0.ББ52АЕ04000"), luga,
            "Реализация дополнительных общеразвивающих программ");

    private SocialOrder order2024() {
        SocialOrder o = new SocialOrder(new AuthorisedBody("Администрация Лужского муниципального района", "Администрация", luga),
                null, 2024, "Муниципальный социальный заказ на 2024 год и на плановый период 2025–2026 годов");
        o.setAsOfDate(LocalDate.of(2024, 1, 1));
        OrderLine l = new OrderLine(o, 0, service);
        l.setDeterminationYear(2024);
        l.setStandardAct("Приказ Минпросвещения России от 27.07.2022 № 629");
        for (int y = 2024; y <= 2026; y++) {
            int total = 1000 * (y - 2023);
            l.getYears().add(new OrderLineYear(y, Volumes.of(BigDecimal.valueOf(total), BigDecimal.ZERO,
                    BigDecimal.valueOf(total - 100), BigDecimal.ZERO, BigDecimal.valueOf(100))));
            l.getQuality().add(new OrderQuality(y, "Доля детей", null, BigDecimal.valueOf(70 + y - 2024), BigDecimal.TEN, true));
        }
        o.getLines().add(l);
        return o;
    }

    private static List<Integer> totals(OrderLine l) {
        return l.getYears().stream().map(y -> y.getVolumes().total().intValueExact()).toList();
    }

    @Test
    void titleYearsMoveOnByOne() {
        assertEquals("Муниципальный социальный заказ на 2025 год и на плановый период 2026–2027 годов",
                OrderCopy.shiftYears("Муниципальный социальный заказ на 2024 год и на плановый период 2025–2026 годов"));
        assertEquals("Заказ № 12345 на 2025 год", OrderCopy.shiftYears("Заказ № 12345 на 2024 год"), "only years change");
    }

    @Test
    void nextYearKeepsEachCalendarYearAndRepeatsTheLastPlanningYear() {
        SocialOrder next = OrderCopy.nextYear(order2024());
        assertEquals(2025, next.getFiscalYear());
        assertEquals(LocalDate.of(2025, 1, 1), next.getAsOfDate());
        OrderLine l = next.getLines().get(0);
        assertEquals(List.of(2025, 2026, 2027), l.getYears().stream().map(OrderLineYear::getYear).toList());
        assertEquals(List.of(2000, 3000, 3000), totals(l));
        assertEquals(List.of(71, 72, 72), l.getQuality().stream().map(q -> q.getValue().intValueExact()).toList());
        assertEquals(2025, l.getDeterminationYear(), "executors are determined from the new financial year at the earliest");
        assertEquals("Приказ Минпросвещения России от 27.07.2022 № 629", l.getStandardAct());
        assertNull(next.getPrevious(), "a copy is a new order, not a version");
    }

    @Test
    void periodBeyondThePlanMovesOnWhileItLasts() {
        SocialOrder o = order2024();
        o.setBeyondPlanUntil(2029);
        o.getLines().get(0).getYears().add(new OrderLineYear(2027, Volumes.of(BigDecimal.valueOf(9000), BigDecimal.ZERO,
                BigDecimal.valueOf(9000), BigDecimal.ZERO, BigDecimal.ZERO)));
        SocialOrder next = OrderCopy.nextYear(o);
        assertEquals(2029, next.getBeyondPlanUntil());
        assertEquals(List.of(2000, 3000, 3000, 9000), totals(next.getLines().get(0)));
        o.setBeyondPlanUntil(2027);
        assertNull(OrderCopy.nextYear(o).getBeyondPlanUntil(), "the period beyond the plan ended within the new plan");
    }

    @Test
    void amendmentCopiesEverythingIntoTheNextVersion() {
        SocialOrder o = order2024();
        o.setFamilyId(7L);
        SocialOrder v2 = OrderCopy.amendment(o);
        assertEquals(2, v2.getVersionNumber());
        assertEquals(7L, v2.getFamilyId());
        assertEquals(List.of(1000, 2000, 3000), totals(v2.getLines().get(0)));
        assertEquals(3, v2.getLines().get(0).getQuality().size());
        assertEquals(List.of(), VersionDiff.between(o, v2), "an amendment starts without differences");
    }
}
