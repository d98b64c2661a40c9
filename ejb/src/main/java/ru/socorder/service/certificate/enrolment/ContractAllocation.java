package ru.socorder.service.certificate.enrolment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import ru.socorder.model.certificate.Balance;
import ru.socorder.model.certificate.CertificateMovement;
import ru.socorder.model.registry.Programme;
import ru.socorder.service.registry.ProgrammePricing;

/**
 * The money of a consumer contract: what it blocks on the certificate when it is concluded and what it gives back when
 * it ends early.
 * <ul>
 * <li>Hours are the programme's hours (человеко-часы for one child); the price per hour is the normative cost of a
 * человеко-час the programme was certified at (six decimals); the price is the legal total — price per hour × hours
 * rounded to kopecks half-up once ({@link ProgrammePricing#contractPrice}). The same hours and price are allocated
 * on the certificate's ledger.</li>
 * <li>What a contract still holds is what its movements allocated less what they released and consumed (plus what a
 * correction of delivered hours reversed, {@code UNCONSUME}); an early end releases exactly that — nothing consumed is
 * ever given back, nothing is released twice.</li>
 * </ul>
 *
 * @param hours        человеко-часы
 * @param pricePerHour roubles per человеко-час, six decimals
 * @param amount       roubles, kopecks
 */
public record ContractAllocation(BigDecimal hours, BigDecimal pricePerHour, BigDecimal amount) {
    public ContractAllocation {
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(amount, "amount");
    }

    /** What a contract on the certified programme costs. */
    public static ContractAllocation of(Programme programme) {
        if (programme.getNormativeCost() == null) {
            throw new IllegalStateException("the programme is not priced: " + programme.getId());
        }
        return of(programme.getNormativeCost(), programme.getHours());
    }

    /** The contract's allocation for {@code hours} at the cost of a человеко-час. */
    public static ContractAllocation of(BigDecimal pricePerHour, BigDecimal hours) {
        return new ContractAllocation(hours, pricePerHour, ProgrammePricing.contractPrice(pricePerHour, hours));
    }

    /** Whether the balance has this much available, in hours and in roubles. */
    public boolean fits(Balance balance) {
        return hours.compareTo(balance.availableHours()) <= 0 && amount.compareTo(balance.availableAmount()) <= 0;
    }

    /** Whether nothing is held (no movement is due). */
    public boolean isEmpty() {
        return hours.signum() == 0 && amount.signum() == 0;
    }

    /**
     * What the movements of one contract still hold: allocated less released less consumed.
     *
     * @param movements the ledger rows of the contract (other kinds are ignored)
     */
    public static ContractAllocation held(List<CertificateMovement> movements) {
        BigDecimal h = BigDecimal.ZERO;
        BigDecimal rub = BigDecimal.ZERO;
        for (CertificateMovement m : movements) {
            switch (m.getKind()) {
                case ALLOCATE, UNCONSUME -> {
                    h = h.add(m.getHours());
                    rub = rub.add(m.getAmount());
                }
                case RELEASE, CONSUME -> {
                    h = h.subtract(m.getHours());
                    rub = rub.subtract(m.getAmount());
                }
                default -> {
                    // issue and expiry belong to no contract
                }
            }
        }
        if (h.signum() < 0 || rub.signum() < 0) {
            throw new IllegalStateException("a contract gave back more than it held: " + h + " ч, " + rub + " руб.");
        }
        return new ContractAllocation(h, null, rub);
    }
}
