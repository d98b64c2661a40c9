package ru.socorder.model.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VolumesTest {

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    @Test
    void missingAmountsAreZero() {
        Volumes v = Volumes.of(n("100"), Map.of(Method.CERTIFICATES, n("40")));
        assertEquals(n("100"), v.total());
        assertEquals(n("40"), v.get(Method.CERTIFICATES));
        assertEquals(BigDecimal.ZERO, v.get(Method.TREASURY));
        assertEquals(BigDecimal.ZERO, Volumes.of(null, null, null, null, null).total());
        assertEquals(BigDecimal.ZERO, Volumes.of(null, null, null, null, null).get(Method.COMPETITION));
    }

    @Test
    void thePositionalFactoryFollowsTheOrderOfTheMethods() {
        Volumes v = Volumes.of(n("10"), n("1"), n("2"), n("3"), n("4"));
        assertEquals(n("1"), v.get(Method.TREASURY));
        assertEquals(n("2"), v.get(Method.BUDGET_AUTONOMOUS));
        assertEquals(n("3"), v.get(Method.COMPETITION));
        assertEquals(n("4"), v.get(Method.CERTIFICATES));
        assertEquals(n("10"), v.sumOfMethods());
    }

    @Test
    void valuesKeepTheirScaleAndCompareAsNumbers() {
        Volumes stored = Volumes.of(n("12000.0000"), n("0.0000"), n("9000.0000"), n("0.0000"), n("3000.0000"));
        assertEquals("12000.0000", stored.total().toPlainString(), "printed as stored");
        Volumes typed = Volumes.of(n("12000"), null, n("9000"), null, n("3000"));
        assertEquals(typed, stored);
        assertEquals(typed.hashCode(), stored.hashCode());
        assertNotEquals(typed, typed.with(Method.COMPETITION, n("0.0001")));
    }

    @Test
    void plusAddsTheTotalAndEveryMethod() {
        Volumes a = Volumes.of(n("100"), n("10"), n("20"), n("30"), n("40"));
        Volumes b = Volumes.of(n("5.5"), null, null, null, n("5.5"));
        Volumes sum = a.plus(b).plus(Volumes.ZERO);
        assertEquals(Volumes.of(n("105.5"), n("10"), n("20"), n("30"), n("45.5")), sum);
        assertEquals(n("105.5"), sum.sumOfMethods());
    }

    @Test
    void withChangesOneValueAndLeavesTheOriginalAlone() {
        Volumes a = Volumes.of(n("100"), null, n("100"), null, null);
        Volumes b = a.with(Method.BUDGET_AUTONOMOUS, n("60")).with(Method.CERTIFICATES, n("40")).withTotal(n("100"));
        assertEquals(n("100"), a.get(Method.BUDGET_AUTONOMOUS));
        assertEquals(n("60"), b.get(Method.BUDGET_AUTONOMOUS));
        assertEquals(n("40"), b.get(Method.CERTIFICATES));
        assertEquals(BigDecimal.ZERO, a.with(Method.TREASURY, null).get(Method.TREASURY), "a cleared amount is zero");
        assertThrows(NullPointerException.class, () -> a.get(null));
    }

    @Test
    void methodsAreParsedByTheirFieldNameOrConstant() {
        assertEquals(Method.CERTIFICATES, Method.parse("certificates").orElseThrow());
        assertEquals(Method.BUDGET_AUTONOMOUS, Method.parse(" budgetAutonomous ").orElseThrow());
        assertEquals(Method.BUDGET_AUTONOMOUS, Method.parse("BUDGET_AUTONOMOUS").orElseThrow());
        assertEquals(Method.TREASURY, Method.parse("Treasury").orElseThrow());
        assertEquals(java.util.Optional.empty(), Method.parse("total"));
        assertEquals(java.util.Optional.empty(), Method.parse(null));
        assertEquals("в соответствии с социальными сертификатами", Method.CERTIFICATES.label());
    }
}
