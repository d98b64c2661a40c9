package ru.socorder.service.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import ru.socorder.model.common.Money;
import ru.socorder.model.registry.ServiceNormative;

/**
 * The price arithmetic of programmes and contracts. A programme's price is the normative cost of a человеко-час
 * (base × territorial × sectoral coefficient, {@link ServiceNormative#unitCost()}) × the programme's hours, kept with
 * six decimals. Only a legal total — a contract's price, a certificate's nominal, an amount of the ledger — is rounded
 * to kopecks, half-up ({@link Money#rounded()}), once, from the unrounded product: 72 ч × 169,55 руб. = 12 207,60 руб.
 */
public final class ProgrammePricing {
    private ProgrammePricing() {
    }

    /** The unrounded price of {@code hours} at the normative: unit cost × hours, six decimals. */
    public static BigDecimal price(ServiceNormative normative, BigDecimal hours) {
        return price(normative.unitCost(), hours);
    }

    /** unit cost × hours, six decimals (half-up; a product of a six- and a two-decimal number rarely needs it). */
    public static BigDecimal price(BigDecimal unitCost, BigDecimal hours) {
        if (unitCost.signum() <= 0 || hours.signum() <= 0) {
            throw new IllegalArgumentException("unit cost and hours are positive: " + unitCost + " × " + hours);
        }
        return unitCost.multiply(hours).setScale(ServiceNormative.UNIT_SCALE, RoundingMode.HALF_UP);
    }

    /** A contract's price for {@code hours} at the unit cost: the legal total, kopecks, half-up. */
    public static BigDecimal contractPrice(BigDecimal unitCost, BigDecimal hours) {
        return legalTotal(price(unitCost, hours));
    }

    /** Rounded to kopecks half-up, the one rule for every amount a document states. */
    public static BigDecimal legalTotal(BigDecimal amount) {
        return Money.of(amount).rounded().amount();
    }
}
