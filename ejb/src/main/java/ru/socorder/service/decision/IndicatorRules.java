package ru.socorder.service.decision;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.socorder.model.decision.Achievement;
import ru.socorder.model.decision.IndicatorValueType;

/**
 * Values of efficiency indicators as the seed tables write them («1», «100%», «85 %», «1/4», «да», «есть», «создана»,
 * «будет определено по результатам пофакторного анализа»), the achievement of a target, and the rule that an
 * «из них» row cannot exceed its parent for counts.
 */
public final class IndicatorRules {
    public static final String PENDING_TEXT = "будет определено по результатам пофакторного анализа";
    private static final Pattern RATIO = Pattern.compile("^\\s*(\\d+)\\s*/\\s*(\\d+)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*(-?\\d[\\d\\s\\u00A0]*(?:[.,]\\d+)?)\\s*(%|проц\\.?|процент\\w*)?\\s*$");

    private IndicatorRules() {
    }

    /** The value is «будет определено…» (pending the factor analysis) or empty. */
    public static boolean pending(String value) {
        return value == null || value.isBlank() || value.toLowerCase(Locale.ROOT).contains("будет определ");
    }

    /** Why the value does not fit the type, or empty when it does (pending values always fit). */
    public static Optional<String> invalid(IndicatorValueType type, String value) {
        if (pending(value) || type == IndicatorValueType.TEXT) {
            return Optional.empty();
        }
        return switch (type) {
            case INTEGER -> number(value).filter(n -> n.stripTrailingZeros().scale() <= 0).isPresent() ? Optional.empty()
                    : Optional.of("Ожидается целое число, указано «" + value.trim() + "»");
            case DECIMAL, PERCENT -> number(value).isPresent() ? Optional.empty()
                    : Optional.of("Ожидается число" + (type == IndicatorValueType.PERCENT ? " (процент)" : "") + ", указано «" + value.trim() + "»");
            case RATIO -> ratio(value).isPresent() ? Optional.empty()
                    : Optional.of("Ожидается отношение вида «1/4», указано «" + value.trim() + "»");
            case BOOLEAN -> bool(value).isPresent() ? Optional.empty()
                    : Optional.of("Ожидается «да» или «нет», указано «" + value.trim() + "»");
            case TEXT -> Optional.empty();
        };
    }

    /** Compares the actual value with the target («больше — лучше» for numbers). */
    public static Achievement achievement(IndicatorValueType type, String target, String actual) {
        if (pending(target)) {
            return Achievement.NO_TARGET;
        }
        if (actual == null || actual.isBlank()) {
            return Achievement.NO_DATA;
        }
        Optional<Boolean> reached = switch (type) {
            case INTEGER, DECIMAL, PERCENT -> compare(number(actual), number(target));
            case RATIO -> compare(ratio(actual), ratio(target));
            case BOOLEAN -> bool(target).flatMap(t -> bool(actual).map(a -> !t || a));
            case TEXT -> Optional.empty();
        };
        if (type == IndicatorValueType.TEXT) {
            return normalise(target).equals(normalise(actual)) ? Achievement.ACHIEVED : Achievement.MANUAL;
        }
        return reached.map(r -> r ? Achievement.ACHIEVED : Achievement.NOT_ACHIEVED).orElse(Achievement.MANUAL);
    }

    /** An «из них» row larger than its parent (counts only); both values must be numbers. */
    public static boolean childExceedsParent(IndicatorValueType type, String parent, String child) {
        if (type != IndicatorValueType.INTEGER && type != IndicatorValueType.DECIMAL) {
            return false;
        }
        Optional<BigDecimal> p = number(parent);
        Optional<BigDecimal> c = number(child);
        return p.isPresent() && c.isPresent() && c.get().compareTo(p.get()) > 0;
    }

    private static Optional<Boolean> compare(Optional<BigDecimal> actual, Optional<BigDecimal> target) {
        if (actual.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(actual.get().compareTo(target.get()) >= 0);
    }

    static Optional<BigDecimal> number(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(m.group(1).replaceAll("[\\s\\u00A0]", "").replace(',', '.')));
    }

    static Optional<BigDecimal> ratio(String value) {
        Matcher m = value == null ? null : RATIO.matcher(value);
        if (m == null || !m.matches() || Integer.parseInt(m.group(2)) == 0) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(m.group(1)).divide(new BigDecimal(m.group(2)), MathContext.DECIMAL64));
    }

    static Optional<Boolean> bool(String value) {
        String v = normalise(value);
        if (v.matches("да|есть|1|создан[аоы]?|имеется|утвержден[аоы]?|разработан[аоы]?")) {
            return Optional.of(true);
        }
        if (v.matches("нет|0|отсутствует|не создан[аоы]?")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    private static String normalise(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[«»\"\\s.]+", " ").trim();
    }
}
