package ru.socorder.service.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.catalog.TerritoryLevel;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderLineYear;
import ru.socorder.model.order.OrderQuality;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.model.order.Volumes;
import ru.socorder.service.order.VersionDiff.Change;

/** What a clerk sees in «Изменения по сравнению с версией …»: lines added and removed, volumes and quality changed. */
class VersionDiffTest {
    private static final String TECHNICAL = "804200О.99.0.ББ52АЕ04000";
    private static final String ARTS = "804200О.99.0.ББ52АЕ76000";
    private static final String SPORTS = "804200О.99.0.ББ52АЖ24000";
    private final Territory luga = new Territory(TerritoryLevel.MUNICIPALITY, "Лужский муниципальный район", null, null);
    private final AuthorisedBody authority = new AuthorisedBody("Администрация Лужского муниципального района", "Администрация", luga);

    @Test
    void identicalVersionsHaveNoDifferences() {
        assertEquals(List.of(), VersionDiff.between(order(line(TECHNICAL, 1000, 900, 70)), order(line(TECHNICAL, 1000, 900, 70))));
    }

    @Test
    void aLineAddedAndALineRemovedAreNamedByRegistryNumber() {
        List<Change> changes = VersionDiff.between(order(line(TECHNICAL, 1000, 900, 70), line(ARTS, 500, 500, 70)),
                order(line(TECHNICAL, 1000, 900, 70), line(SPORTS, 300, 300, 70)));
        assertEquals(List.of(new Change(ARTS, null, "строка", "есть", "удалена"), new Change(SPORTS, null, "строка", "нет", "добавлена")),
                changes);
    }

    @Test
    void aVolumeMovedBetweenMethodsShowsTheTotalUnchangedAndBothMethods() {
        List<Change> changes = VersionDiff.between(order(line(TECHNICAL, 1000, 900, 70)), order(line(TECHNICAL, 1000, 800, 70)));
        assertEquals(2, changes.size(), changes.toString());
        assertTrue(changes.stream().allMatch(c -> c.line().equals(TECHNICAL) && c.year() == 2024), changes.toString());
        assertTrue(changes.stream().noneMatch(c -> c.what().equals("всего")), "the total did not change");
        assertTrue(changes.stream().anyMatch(c -> c.before().equals("900") && c.after().equals("800")), changes.toString());
        assertTrue(changes.stream().anyMatch(c -> c.before().equals("100") && c.after().equals("200")), changes.toString());
    }

    @Test
    void equalNumbersOfAnotherScaleAreNoChangeAndAQualityValueIsCompared() {
        OrderLine scaled = line(TECHNICAL, 1000, 900, 70);
        scaled.getYears().clear();
        scaled.getYears().add(new OrderLineYear(2024, Volumes.of(new BigDecimal("1000.0000"), BigDecimal.ZERO, new BigDecimal("900.00"),
                BigDecimal.ZERO, new BigDecimal("100.0"))));
        assertEquals(List.of(), VersionDiff.between(order(line(TECHNICAL, 1000, 900, 70)), order(scaled)), "1000 and 1000.0000 are equal");

        List<Change> quality = VersionDiff.between(order(line(TECHNICAL, 1000, 900, 70)), order(line(TECHNICAL, 1000, 900, 75)));
        assertEquals(List.of(new Change(TECHNICAL, 2024, "качество: Доля детей", "70", "75")), quality);
    }

    @Test
    void aYearAddedToALineShowsFromADash() {
        OrderLine longer = line(TECHNICAL, 1000, 900, 70);
        longer.getYears().add(new OrderLineYear(2025, Volumes.of(BigDecimal.valueOf(1200), BigDecimal.ZERO, BigDecimal.valueOf(1200),
                BigDecimal.ZERO, BigDecimal.ZERO)));
        List<Change> changes = VersionDiff.between(order(line(TECHNICAL, 1000, 900, 70)), order(longer));
        assertTrue(changes.stream().anyMatch(c -> c.year() == 2025 && c.what().equals("всего") && c.before().equals("—")
                && c.after().replaceAll("\\s", "").equals("1200")), "a year the earlier version did not have: " + changes);
        assertTrue(changes.stream().allMatch(c -> c.year() == 2025), "nothing else changed: " + changes);
    }

    private SocialOrder order(OrderLine... lines) {
        SocialOrder o = new SocialOrder(authority, null, 2024, "Муниципальный социальный заказ на 2024 год");
        int i = 0;
        for (OrderLine template : lines) {
            OrderLine l = new OrderLine(o, i++, template.getService());
            l.getYears().addAll(template.getYears());
            l.getQuality().addAll(template.getQuality());
            o.getLines().add(l);
        }
        return o;
    }

    /** A line of 2024: the total, of it {@code budget} by budget institutions and the rest by certificates; a quality value. */
    private OrderLine line(String number, int total, int budget, int quality) {
        SocialService service = new SocialService(RegistryNumber.of(number), luga, "Реализация дополнительных общеразвивающих программ");
        OrderLine l = new OrderLine(null, 0, service);
        l.getYears().add(new OrderLineYear(2024, Volumes.of(BigDecimal.valueOf(total), BigDecimal.ZERO, BigDecimal.valueOf(budget),
                BigDecimal.ZERO, BigDecimal.valueOf(total - budget))));
        l.getQuality().add(new OrderQuality(2024, "Доля детей", null, BigDecimal.valueOf(quality), BigDecimal.TEN, true));
        return l;
    }
}
