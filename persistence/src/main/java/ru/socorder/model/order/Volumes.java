package ru.socorder.model.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The volume of an order line in a period: the total and the amount placed by each {@link Method}. Immutable; a missing
 * amount is zero. The values are kept as given (scale included, so that what was stored prints as it was stored);
 * equality compares them as numbers. Whether the methods add up to the total is the rule of the service layer
 * ({@code VolumeSplit}), not of this value.
 */
public final class Volumes implements Serializable {
    private static final long serialVersionUID = 1L;

    /** No volume at all. */
    public static final Volumes ZERO = new Volumes(BigDecimal.ZERO, new EnumMap<>(Method.class));

    private final BigDecimal total;
    private final EnumMap<Method, BigDecimal> byMethod;

    private Volumes(BigDecimal total, EnumMap<Method, BigDecimal> byMethod) {
        this.total = zeroIfNull(total);
        this.byMethod = byMethod;
        for (Method m : Method.values()) {
            byMethod.put(m, zeroIfNull(byMethod.get(m)));
        }
    }

    /** The total and the amounts by method; methods not in the map are zero. */
    public static Volumes of(BigDecimal total, Map<Method, BigDecimal> byMethod) {
        EnumMap<Method, BigDecimal> copy = new EnumMap<>(Method.class);
        copy.putAll(byMethod);
        return new Volumes(total, copy);
    }

    /** The total and the four amounts in the order of {@link Method}: treasury, budget/autonomous, competition, certificates. */
    public static Volumes of(BigDecimal total, BigDecimal treasury, BigDecimal budgetAutonomous, BigDecimal competition,
                             BigDecimal certificates) {
        EnumMap<Method, BigDecimal> m = new EnumMap<>(Method.class);
        m.put(Method.TREASURY, treasury);
        m.put(Method.BUDGET_AUTONOMOUS, budgetAutonomous);
        m.put(Method.COMPETITION, competition);
        m.put(Method.CERTIFICATES, certificates);
        return new Volumes(total, m);
    }

    public BigDecimal total() {
        return total;
    }

    /** The amount placed by the method (zero when none). */
    public BigDecimal get(Method method) {
        return byMethod.get(Objects.requireNonNull(method, "method"));
    }

    /** The same volumes with another total. */
    public Volumes withTotal(BigDecimal newTotal) {
        return new Volumes(newTotal, new EnumMap<>(byMethod));
    }

    /** The same volumes with another amount for the method. */
    public Volumes with(Method method, BigDecimal amount) {
        EnumMap<Method, BigDecimal> m = new EnumMap<>(byMethod);
        m.put(Objects.requireNonNull(method, "method"), amount);
        return new Volumes(total, m);
    }

    /** The sum of the amounts of all methods (equal to the total when the split adds up). */
    public BigDecimal sumOfMethods() {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : byMethod.values()) {
            sum = sum.add(v);
        }
        return sum;
    }

    /** Total and each method added up. */
    public Volumes plus(Volumes other) {
        EnumMap<Method, BigDecimal> m = new EnumMap<>(Method.class);
        for (Method method : Method.values()) {
            m.put(method, get(method).add(other.get(method)));
        }
        return new Volumes(total.add(other.total), m);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Volumes v) || total.compareTo(v.total) != 0) {
            return false;
        }
        for (Method m : Method.values()) {
            if (get(m).compareTo(v.get(m)) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = total.stripTrailingZeros().hashCode();
        for (BigDecimal v : byMethod.values()) {
            h = 31 * h + v.stripTrailingZeros().hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        return "Volumes" + "[total=" + total.toPlainString() + ", " + byMethod + "]";
    }

    private static BigDecimal zeroIfNull(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
