package ru.socorder.service.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import ru.socorder.model.registry.ServiceNormative;

class ProgrammePricingTest {
    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void thePriceIsTheNormativeCostOfAPersonHourTimesTheHours() {
        ServiceNormative upo = new ServiceNormative(null, 2024, d("169.55"), BigDecimal.ONE, BigDecimal.ONE);
        assertEquals(d("12207.600000"), ProgrammePricing.price(upo, d("72")), "a 72-hour programme at Упорово's 169,55 руб.");
        assertEquals(d("12207.60"), ProgrammePricing.contractPrice(upo.unitCost(), d("72")));
        // Упорово 2024 (domain.md §4.2, 10): 16 094 чел.-ч × 169,55 = 2 728 737,70 (the act states 2 728 664,79)
        assertEquals(d("2728737.70"), ProgrammePricing.contractPrice(upo.unitCost(), d("16094")));
    }

    @Test
    void coefficientsApplyToTheUnitCostAndOnlyTheLegalTotalIsRounded() {
        ServiceNormative n = new ServiceNormative(null, 2024, d("169.55"), d("1.15"), d("1.0333"));
        assertEquals(d("14506.230024"), ProgrammePricing.price(n, d("72")), "201,475417 × 72, six decimals kept");
        assertEquals(d("14506.23"), ProgrammePricing.contractPrice(n.unitCost(), d("72")));
        assertEquals(d("100.00"), ProgrammePricing.contractPrice(d("33.333333"), d("3")),
                "rounded once from the product (99,999999), not 33,33 × 3 = 99,99");
    }

    @Test
    void legalTotalsRoundHalfUpToKopecks() {
        assertEquals(d("100.01"), ProgrammePricing.legalTotal(d("100.005")), "half-up, not to the even kopeck");
        assertEquals(d("100.00"), ProgrammePricing.legalTotal(d("100.004999")));
        assertEquals(d("0.01"), ProgrammePricing.contractPrice(d("0.005"), d("1")));
    }

    @Test
    void nothingIsPricedForNoHoursOrNoCost() {
        assertThrows(IllegalArgumentException.class, () -> ProgrammePricing.price(d("169.55"), d("0")));
        assertThrows(IllegalArgumentException.class, () -> ProgrammePricing.price(d("0"), d("72")));
    }
}
