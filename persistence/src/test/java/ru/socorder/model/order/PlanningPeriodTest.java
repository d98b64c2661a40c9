package ru.socorder.model.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PlanningPeriodTest {
    private final PlanningPeriod three = PlanningPeriod.of(2024);
    private final PlanningPeriod beyond = new PlanningPeriod(2024, 2030);

    @Test
    void theYearsAreTheFiscalYearTheTwoPlanningYearsAndThePeriodBeyond() {
        assertEquals(List.of(2024, 2025, 2026), three.years());
        assertEquals(List.of(2024, 2025, 2026, 2027), beyond.years());
        assertFalse(three.hasBeyond());
        assertTrue(beyond.hasBeyond());
    }

    @Test
    void eachPeriodHasItsKind() {
        assertEquals(PlanningPeriod.Kind.FISCAL, beyond.kind(2024));
        assertEquals(PlanningPeriod.Kind.PLAN1, beyond.kind(2025));
        assertEquals(PlanningPeriod.Kind.PLAN2, beyond.kind(2026));
        assertEquals(PlanningPeriod.Kind.BEYOND, beyond.kind(2027));
        assertThrows(IllegalArgumentException.class, () -> three.kind(2027), "no period beyond the plan");
        assertThrows(IllegalArgumentException.class, () -> beyond.kind(2028), "2028 is inside the period beyond, not its key");
        assertThrows(IllegalArgumentException.class, () -> beyond.kind(2023));
    }

    @Test
    void aCalendarYearBeyondThePlanBelongsToThePeriodBeyond() {
        assertTrue(beyond.contains(2029));
        assertEquals(OptionalInt.of(2027), beyond.periodOf(2029));
        assertEquals(OptionalInt.of(2026), beyond.periodOf(2026));
        assertEquals(OptionalInt.empty(), beyond.periodOf(2031));
        assertFalse(three.contains(2027));
        assertFalse(three.contains(2023));
        assertTrue(beyond.isPeriod(2027));
        assertFalse(beyond.isPeriod(2028));
    }

    @Test
    void theNextYearMovesOnAndThePeriodBeyondEndsWhenThePlanReachesIt() {
        assertEquals(new PlanningPeriod(2025, 2030), beyond.next());
        assertEquals(new PlanningPeriod(2027, 2030), beyond.next().next().next());
        assertNull(new PlanningPeriod(2027, 2030).next().lastYear(), "2028 + 3 = 2031 is after 2030");
        assertEquals(PlanningPeriod.of(2025), three.next());
    }

    @Test
    void aPeriodBeyondThatStartsTooEarlyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PlanningPeriod(2024, 2026));
        assertEquals(2027, new PlanningPeriod(2024, 2027).firstBeyondYear());
    }

    @Test
    void theLabelsOfTheFormAndTheScreen() {
        assertEquals("на 2024 год (на очередной финансовый год)", beyond.label(2024));
        assertEquals("на 2025 год (на 1-й год планового периода)", beyond.label(2025));
        assertEquals("на 2026 год (на 2-й год планового периода)", beyond.label(2026));
        assertEquals("на срок оказания услуг за пределами планового периода (2027–2030 годы)", beyond.label(2027));
        assertEquals("2027–2030", beyond.yearsText(2027));
        assertEquals("2027", new PlanningPeriod(2024, 2027).yearsText(2027), "one year beyond: no range");
        assertEquals("2025", beyond.yearsText(2025));
        assertEquals("2027–2030 (за пределами планового периода)", beyond.shortLabel(2027));
        assertEquals("2026", beyond.shortLabel(2026));
    }
}
