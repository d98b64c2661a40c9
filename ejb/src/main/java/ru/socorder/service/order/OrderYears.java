package ru.socorder.service.order;

import java.time.LocalDate;
import java.util.Optional;
import ru.socorder.service.common.FieldError;

/**
 * Which financial years an order may be formed for: the law has orders since 2020 (189-FZ came into force in 2020),
 * and an order is formed at most a few years ahead — a fiscal year like 20410 is a typing error, not a plan.
 */
public final class OrderYears {
    /** The first year of orders under 189-FZ. */
    public static final int FIRST = 2020;
    /** How many years after the current one an order may be formed for. */
    public static final int AHEAD = 5;

    private OrderYears() {
    }

    /** The problem with the fiscal year, or empty when it is plausible today. */
    public static Optional<FieldError> checkFiscalYear(int fiscalYear, LocalDate today) {
        int last = today.getYear() + AHEAD;
        if (fiscalYear < FIRST || fiscalYear > last) {
            return Optional.of(new FieldError("fiscalYear", "Финансовый год " + fiscalYear + " не подходит: заказ формируется на год от "
                    + FIRST + " до " + last));
        }
        return Optional.empty();
    }
}
