package ru.socorder.model.common;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in roubles. The unrounded value is kept; rounding (half-up, to kopecks) happens only for display
 * and in legal totals ({@link #rounded()}).
 */
public final class Money implements Serializable, Comparable<Money> {
    private static final long serialVersionUID = 1L;
    public static final Money ZERO = new Money(BigDecimal.ZERO);
    /** Non-breaking space: groups of thousands must not wrap in tables and printed forms. */
    public static final char GROUPING = RussianText.NO_BREAK_SPACE;

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = Objects.requireNonNull(amount, "amount");
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor));
    }

    /** Rounded half-up to kopecks. */
    public Money rounded() {
        return new Money(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code 1 234,56 ₽} (non-breaking spaces). */
    public String format() {
        return formatNumber(amount) + GROUPING + "₽";
    }

    /** {@code 1 234,56} (non-breaking spaces), rounded half-up to kopecks. */
    public static String formatNumber(BigDecimal value) {
        return RussianText.amount(value);
    }

    /** Parses what a clerk types: {@code 1 234,56}, {@code 1234.56}, {@code 1 234,56 ₽}. */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Сумма не указана");
        }
        String s = text.replace("₽", "").replace("руб.", "").replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.');
        try {
            return new Money(new BigDecimal(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Сумма указана неверно: «" + text.trim() + "»");
        }
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    /** Equal when the amounts are numerically equal (1.0 equals 1.00). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}
