package ru.socorder.service.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.socorder.model.common.Money;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.Volumes;
import ru.socorder.service.common.FieldError;

/**
 * The rule for the volume of one order line in one period: the total and its split by {@link Method} (state assignment
 * to казённые учреждения, to бюджетные и автономные, competition, social certificates). Rule (domain.md §4.1 rule 1):
 * the split adds up to the total, and no volume is negative.
 */
public record VolumeSplit(Volumes volumes) {

    public VolumeSplit {
        Objects.requireNonNull(volumes, "volumes");
    }

    /** The total and the four methods in the order of {@link Method}. */
    public static VolumeSplit of(String total, String treasury, String budgetAutonomous, String competition, String certificates) {
        return new VolumeSplit(Volumes.of(new BigDecimal(total), new BigDecimal(treasury), new BigDecimal(budgetAutonomous),
                new BigDecimal(competition), new BigDecimal(certificates)));
    }

    /** Whether the methods add up to the total (shown on the screen at once, before saving). */
    public boolean addsUp() {
        return volumes.sumOfMethods().compareTo(volumes.total()) == 0;
    }

    /**
     * Problems of this line-year, each naming the line and the year, e.g. «Строка 3 (804200О.99.0.ББ52АЕ52000),
     * 2025 год: сумма по способам 1 200 не равна общему объёму 1 250».
     *
     * @param field prefix of the field names (e.g. {@code lines[2].years[2025]}); each method adds its {@link Method#field()}
     */
    public List<FieldError> check(String field, String lineLabel, int year) {
        List<FieldError> errors = new ArrayList<>();
        String where = lineLabel + ", " + year + " год: ";
        check(errors, field + ".total", where, "общий объём", volumes.total());
        for (Method m : Method.values()) {
            check(errors, field + "." + m.field(), where, m.volumeText(), volumes.get(m));
        }
        if (errors.isEmpty() && !addsUp()) {
            errors.add(new FieldError(field + ".total", where + "сумма по способам " + plain(volumes.sumOfMethods())
                    + " не равна общему объёму " + plain(volumes.total())));
        }
        return errors;
    }

    private static void check(List<FieldError> errors, String field, String where, String what, BigDecimal value) {
        if (value.signum() < 0) {
            errors.add(new FieldError(field, where + what + " не может быть отрицательным"));
        }
    }

    /** Planned money per method: normative cost × volume, unrounded (rounded only for display and totals). */
    public Money money(BigDecimal normativeCost, Method method) {
        Objects.requireNonNull(normativeCost, "normativeCost");
        return Money.of(normativeCost.multiply(volumes.get(method)));
    }

    /** 1 250 or 12,5 — how messages and screens show a volume. */
    public static String plain(BigDecimal v) {
        return RussianText.number(Objects.requireNonNull(v, "v"), ' ');
    }
}
