package ru.socorder.service.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.socorder.model.decision.IndicatorValueType.BOOLEAN;
import static ru.socorder.model.decision.IndicatorValueType.INTEGER;
import static ru.socorder.model.decision.IndicatorValueType.PERCENT;
import static ru.socorder.model.decision.IndicatorValueType.RATIO;
import static ru.socorder.model.decision.IndicatorValueType.TEXT;

import org.junit.jupiter.api.Test;
import ru.socorder.model.decision.Achievement;

/** Values from the indicator tables of the seeds (S0 Magnitogorsk, S3 Kaluga, S4 Luga). */
class IndicatorRulesTest {

    @Test
    void valuesAreCheckedAgainstTheirType() {
        assertTrue(IndicatorRules.invalid(INTEGER, "3420").isEmpty());
        assertEquals("Ожидается целое число, указано «3,5»", IndicatorRules.invalid(INTEGER, "3,5").orElseThrow());
        assertTrue(IndicatorRules.invalid(PERCENT, "85 %").isEmpty());
        assertTrue(IndicatorRules.invalid(PERCENT, "100 проц.").isEmpty());
        assertTrue(IndicatorRules.invalid(RATIO, "1/4").isEmpty());
        assertTrue(IndicatorRules.invalid(RATIO, "1:4").isPresent());
        assertTrue(IndicatorRules.invalid(BOOLEAN, "есть").isEmpty());
        assertTrue(IndicatorRules.invalid(BOOLEAN, "создана").isEmpty());
        assertTrue(IndicatorRules.invalid(BOOLEAN, "может быть").isPresent());
        assertTrue(IndicatorRules.invalid(INTEGER, "будет определено по результатам пофакторного анализа").isEmpty(), "pending fits any type");
    }

    @Test
    void achievementOfNumbersPercentsAndRatios() {
        assertEquals(Achievement.ACHIEVED, IndicatorRules.achievement(INTEGER, "3420", "3500"));
        assertEquals(Achievement.ACHIEVED, IndicatorRules.achievement(INTEGER, "3420", "3 420"));
        assertEquals(Achievement.NOT_ACHIEVED, IndicatorRules.achievement(INTEGER, "4", "3"));
        assertEquals(Achievement.ACHIEVED, IndicatorRules.achievement(PERCENT, "85 %", "87%"));
        assertEquals(Achievement.NOT_ACHIEVED, IndicatorRules.achievement(PERCENT, "100%", "99,5 %"));
        assertEquals(Achievement.ACHIEVED, IndicatorRules.achievement(RATIO, "1/4", "2/4"));
        assertEquals(Achievement.NOT_ACHIEVED, IndicatorRules.achievement(RATIO, "1/4", "1/5"));
    }

    @Test
    void achievementOfYesNoAndText() {
        assertEquals(Achievement.ACHIEVED, IndicatorRules.achievement(BOOLEAN, "есть", "да"));
        assertEquals(Achievement.NOT_ACHIEVED, IndicatorRules.achievement(BOOLEAN, "создана", "нет"));
        assertEquals(Achievement.ACHIEVED, IndicatorRules.achievement(TEXT, "в соответствии с планом", "В соответствии с планом."));
        assertEquals(Achievement.MANUAL, IndicatorRules.achievement(TEXT, "в соответствии с планом", "частично"));
    }

    @Test
    void pendingTargetAndMissingActual() {
        assertEquals(Achievement.NO_TARGET, IndicatorRules.achievement(INTEGER, "будет определено по результатам пофакторного анализа", "5"));
        assertEquals(Achievement.NO_TARGET, IndicatorRules.achievement(INTEGER, "", "5"));
        assertEquals(Achievement.NO_DATA, IndicatorRules.achievement(INTEGER, "4", null));
    }

    @Test
    void ofWhichRowsMayNotExceedTheirParentForCounts() {
        assertFalse(IndicatorRules.childExceedsParent(INTEGER, "4", "4"), "S0: 4 participants, of which 4 in the registry");
        assertTrue(IndicatorRules.childExceedsParent(INTEGER, "1", "2"));
        assertFalse(IndicatorRules.childExceedsParent(PERCENT, "50", "60"), "percentages are not counts");
        assertFalse(IndicatorRules.childExceedsParent(INTEGER, "будет определено", "2"));
    }
}
