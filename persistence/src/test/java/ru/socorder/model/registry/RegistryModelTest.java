package ru.socorder.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.socorder.model.catalog.SocialService;

class RegistryModelTest {
    private static final LocalDate SEPTEMBER = LocalDate.of(2024, 9, 1);

    @Test
    void theUnitCostAppliesBothCoefficientsAndKeepsSixDecimals() {
        ServiceNormative n = new ServiceNormative(null, 2024, new BigDecimal("169.55"), new BigDecimal("1.15"), new BigDecimal("1.0333"));
        assertEquals(new BigDecimal("201.475417"), n.unitCost(), "169,55 × 1,15 × 1,0333 = 201,47541725");
        assertEquals(new BigDecimal("150.000005"), new ServiceNormative(null, 2024, new BigDecimal("100.000003"), new BigDecimal("1.5"),
                BigDecimal.ONE).unitCost(), "150,0000045: half-up, not to the even neighbour");
        assertEquals(new BigDecimal("169.550000"), new ServiceNormative(null, 2024, new BigDecimal("169.55"), BigDecimal.ONE, BigDecimal.ONE)
                .unitCost());
    }

    @Test
    void aGroupNeverTakesMoreChildrenThanItsCapacity() {
        ProgrammeGroup g = new ProgrammeGroup(null, "Группа 1", SEPTEMBER, LocalDate.of(2025, 5, 31), 2);
        assertTrue(g.take());
        assertTrue(g.take());
        assertFalse(g.take(), "full");
        assertEquals(0, g.getFreePlaces());
        assertFalse(g.resize(1), "not below the places taken");
        g.free();
        assertEquals(1, g.getFreePlaces());
        assertTrue(g.resize(1));
        assertFalse(g.reschedule(SEPTEMBER, SEPTEMBER.minusDays(1)));
        g.free();
        assertThrows(IllegalStateException.class, g::free);
    }

    @Test
    void aProgrammeAdmitsCompletedYearsWithinItsRangeOnTheDate() {
        Programme p = new Programme(null, null, null, "Робототехника", Orientation.TECHNICAL);
        p.setAges(7, 11);
        LocalDate born = LocalDate.of(2017, 9, 2);
        assertFalse(p.admitsAge(born, SEPTEMBER), "6 on 1 September 2024, 7 the next day");
        assertTrue(p.admitsAge(born, SEPTEMBER.plusDays(1)));
        assertTrue(p.admitsAge(born, LocalDate.of(2029, 9, 1)), "11, both ends inclusive");
        assertFalse(p.admitsAge(born, LocalDate.of(2029, 9, 2)));
    }

    @Test
    void anEntryCoversItsServicesWhileActiveAndKeepsTheReasonOfAChange() {
        SocialService service = new SocialService(null, null, "Услуга");
        RegistryEntry e = new RegistryEntry(null, null, 1, null, SEPTEMBER);
        e.getServices().add(service);
        assertTrue(e.covers(service));
        assertThrows(IllegalArgumentException.class, () -> e.moveTo(RegistryEntryStatus.SUSPENDED, SEPTEMBER, " "));
        e.moveTo(RegistryEntryStatus.SUSPENDED, SEPTEMBER.plusMonths(1), "Предписание надзорного органа");
        assertFalse(e.covers(service));
        assertEquals("Предписание надзорного органа", e.getReason());
        e.moveTo(RegistryEntryStatus.ACTIVE, SEPTEMBER.plusMonths(2), "Предписание исполнено");
        assertTrue(e.covers(service));
    }

    @Test
    void aRefusalAndOnlyARefusalNamesItsReason() {
        RegistryApplication a = new RegistryApplication(null, null, false, null);
        assertThrows(IllegalArgumentException.class, () -> a.decide(RegistryApplicationStatus.REFUSED, SEPTEMBER, null, "нет"));
        assertThrows(IllegalArgumentException.class, () -> a.decide(RegistryApplicationStatus.INCLUDED, SEPTEMBER, InclusionRefusal.OTHER, null));
        assertThrows(IllegalArgumentException.class, () -> a.decide(RegistryApplicationStatus.RETURNED, SEPTEMBER, null, null));
        a.decide(RegistryApplicationStatus.REFUSED, SEPTEMBER, InclusionRefusal.NO_LICENCE, "Лицензия не представлена");
        assertEquals(InclusionRefusal.NO_LICENCE, a.getRefusalReason());
        assertFalse(a.isEditable());
    }
}
