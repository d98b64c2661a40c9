package ru.socorder.service.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import ru.socorder.service.calendar.WorkingDays;

/**
 * The advance of a financing agreement for a month: the agreement's advance share (per cent) of the month's planned
 * contract amounts ({@link MonthlyPlan}), rounded DOWN to kopecks — an advance never exceeds the share; the
 * settlement pays the rest. It is paid on the authority's working day of the month (the 2nd by default) of the production
 * calendar.
 */
public final class Advance {
    /** The working day of the month the advance is paid on unless configured otherwise. */
    public static final int DEFAULT_WORKING_DAY = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Advance() {
    }

    /** share (0..100 per cent) × the sum of the planned amounts, rounded down to kopecks. */
    public static BigDecimal of(BigDecimal sharePercent, Collection<BigDecimal> plannedAmounts) {
        if (sharePercent.signum() < 0 || sharePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("Доля аванса должна быть от 0 до 100 %: " + sharePercent);
        }
        BigDecimal planned = plannedAmounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return planned.multiply(sharePercent).divide(HUNDRED, 2, RoundingMode.DOWN);
    }

    /** The {@code n}-th working day of the month in the calendar (the last working day if the month has fewer). */
    public static LocalDate payDay(WorkingDays calendar, YearMonth month, int n) {
        return calendar.nth(month, n);
    }

    /**
     * The global default working day, for an authority without payment settings: system property
     * {@code socorder.payments.advanceWorkingDay}, else 2.
     */
    public static int configuredWorkingDay() {
        try {
            return Integer.parseInt(System.getProperty("socorder.payments.advanceWorkingDay", String.valueOf(DEFAULT_WORKING_DAY)));
        } catch (NumberFormatException e) {
            return DEFAULT_WORKING_DAY;
        }
    }
}
