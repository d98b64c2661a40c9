package ru.socorder.service.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.socorder.model.common.Money;
import ru.socorder.service.common.FieldError;

/**
 * The volume of one order line in one year: the total and its split by method (state assignment to казённые
 * учреждения, to бюджетные и автономные, competition, social certificates). Rule (domain.md §4.1 rule 1): the split
 * adds up to the total, and no volume is negative.
 */
public record VolumeSplit(BigDecimal total, BigDecimal treasury, BigDecimal budgetAutonomous, BigDecimal competition,
                          BigDecimal certificates) {

    public VolumeSplit {
        total = zeroIfNull(total);
        treasury = zeroIfNull(treasury);
        budgetAutonomous = zeroIfNull(budgetAutonomous);
        competition = zeroIfNull(competition);
        certificates = zeroIfNull(certificates);
    }

    public static VolumeSplit of(String total, String treasury, String budgetAutonomous, String competition, String certificates) {
        return new VolumeSplit(new BigDecimal(total), new BigDecimal(treasury), new BigDecimal(budgetAutonomous),
                new BigDecimal(competition), new BigDecimal(certificates));
    }

    public BigDecimal sumOfMethods() {
        return treasury.add(budgetAutonomous).add(competition).add(certificates);
    }

    /**
     * Problems of this line-year, each naming the line and the year, e.g. «Строка 3 (804200О.99.0.ББ52АЕ52000),
     * 2025 год: сумма по способам 1 200 не равна общему объёму 1 250».
     *
     * @param field prefix of the field names (e.g. {@code lines[2].years[2025]})
     */
    public List<FieldError> check(String field, String lineLabel, int year) {
        List<FieldError> errors = new ArrayList<>();
        String where = lineLabel + ", " + year + " год: ";
        check(errors, field + ".total", where, "общий объём", total);
        check(errors, field + ".treasury", where, "объём по заданию казённым учреждениям", treasury);
        check(errors, field + ".budgetAutonomous", where, "объём по заданию бюджетным и автономным учреждениям", budgetAutonomous);
        check(errors, field + ".competition", where, "объём по конкурсу", competition);
        check(errors, field + ".certificates", where, "объём по социальным сертификатам", certificates);
        if (errors.isEmpty() && sumOfMethods().compareTo(total) != 0) {
            errors.add(new FieldError(field + ".total", where + "сумма по способам " + plain(sumOfMethods())
                    + " не равна общему объёму " + plain(total)));
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
        BigDecimal v = switch (method) {
            case TREASURY -> treasury;
            case BUDGET_AUTONOMOUS -> budgetAutonomous;
            case COMPETITION -> competition;
            case CERTIFICATES -> certificates;
        };
        return Money.of(normativeCost.multiply(v));
    }

    /** The four ways volume is placed. */
    public enum Method {
        TREASURY, BUDGET_AUTONOMOUS, COMPETITION, CERTIFICATES
    }

    private static BigDecimal zeroIfNull(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /** 1 250 or 12,5 — how messages and screens show a volume. */
    public static String plain(BigDecimal v) {
        String s = v.stripTrailingZeros().toPlainString();
        String[] parts = s.split("\\.");
        StringBuilder grouped = new StringBuilder();
        String digits = parts[0].replace("-", "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(digits.charAt(i));
        }
        return (v.signum() < 0 ? "-" : "") + grouped + (parts.length > 1 ? "," + parts[1] : "");
    }
}
