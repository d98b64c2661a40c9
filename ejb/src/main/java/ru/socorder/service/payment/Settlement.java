package ru.socorder.service.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The invoice / act of a month (счёт, акт): delivered = the sum of the contract lines, each rounded half-up to
 * kopecks (a usage row's amount already follows the contract's rounding); due = delivered − the month's advance −
 * the overpayment carried in. A negative remainder is not due: it is carried forward as an overpayment into the
 * next month's settlement. A reimbursement agreement has no advance, so its due is delivered − carried in.
 */
public record Settlement(BigDecimal delivered, BigDecimal advancePaid, BigDecimal carriedIn, BigDecimal due,
                         BigDecimal carriedForward) {

    /** One contract's line of the act. */
    public record Line(long contractId, BigDecimal hours, BigDecimal pricePerHour, BigDecimal amount) {
        public Line {
            amount = amount.setScale(2, RoundingMode.HALF_UP);
        }
    }

    public static Settlement of(List<Line> lines, BigDecimal advancePaid, BigDecimal carriedIn) {
        BigDecimal delivered = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal advance = kopecks(advancePaid);
        BigDecimal in = kopecks(carriedIn);
        BigDecimal rest = delivered.subtract(advance).subtract(in);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return rest.signum() >= 0
                ? new Settlement(delivered, advance, in, rest, zero)
                : new Settlement(delivered, advance, in, zero, rest.negate());
    }

    private static BigDecimal kopecks(BigDecimal v) {
        return (v == null ? BigDecimal.ZERO : v).setScale(2, RoundingMode.HALF_UP);
    }
}
