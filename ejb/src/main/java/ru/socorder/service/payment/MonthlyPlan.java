package ru.socorder.service.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plan rule of a contract: its price spread over the months of its period in proportion to the contract's days
 * in each month (start and end day included), each month's share rounded half-up to kopecks, and the last month
 * taking the remainder — so the plan of a contract always sums exactly to its price. A contract ended early keeps
 * the plan of its original period up to the month it ended; that month takes the remainder of what the months up to
 * it would hold in the original plan (the advance is only a prepayment: the settlement pays what was delivered).
 */
public final class MonthlyPlan {
    private MonthlyPlan() {
    }

    /** Month → planned amount, in calendar order; empty for a period that ends before it starts. */
    public static Map<YearMonth, BigDecimal> of(LocalDate startsOn, LocalDate endsOn, BigDecimal price) {
        Map<YearMonth, BigDecimal> plan = new LinkedHashMap<>();
        if (endsOn.isBefore(startsOn)) {
            return Collections.unmodifiableMap(plan);
        }
        long days = ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
        BigDecimal total = price.setScale(2, RoundingMode.HALF_UP);
        BigDecimal given = BigDecimal.ZERO.setScale(2);
        YearMonth last = YearMonth.from(endsOn);
        for (YearMonth m = YearMonth.from(startsOn); !m.isAfter(last); m = m.plusMonths(1)) {
            if (m.equals(last)) {
                plan.put(m, total.subtract(given));
            } else {
                LocalDate from = m.atDay(1).isBefore(startsOn) ? startsOn : m.atDay(1);
                long inMonth = ChronoUnit.DAYS.between(from, m.atEndOfMonth()) + 1;
                BigDecimal share = total.multiply(BigDecimal.valueOf(inMonth)).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
                plan.put(m, share);
                given = given.add(share);
            }
        }
        return Collections.unmodifiableMap(plan);
    }

    /** The planned amount of one month (zero outside the period). */
    public static BigDecimal month(LocalDate startsOn, LocalDate endsOn, BigDecimal price, YearMonth month) {
        return of(startsOn, endsOn, price).getOrDefault(month, BigDecimal.ZERO.setScale(2));
    }
}
