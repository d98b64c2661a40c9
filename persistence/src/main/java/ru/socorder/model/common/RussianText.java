package ru.socorder.model.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How screens, printed forms and exports write numbers, months and dates in Russian — the one place for it: numbers
 * grouped by thousands with a decimal comma («1 234 567,25»), amounts to kopecks («1 234,56»), dates «15.01.2024»,
 * day and month «1 января», the date line of a document «"01" января 2024 г.» (the day in guillemets), month and
 * year «Январь 2024», and reading month names back. Plain class, no state.
 */
public final class RussianText {
    /** No-break space: groups of thousands never wrap inside a narrow cell of a table or a printed form. */
    public static final char NO_BREAK_SPACE = '\u00A0';

    private static final List<String> WEEKDAYS = List.of("понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
            "воскресенье");
    private static final List<String> GENITIVE = List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря");
    private static final List<String> NOMINATIVE = List.of("январь", "февраль", "март", "апрель", "май", "июнь", "июль",
            "август", "сентябрь", "октябрь", "ноябрь", "декабрь");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm");

    private RussianText() {
    }

    // ---------------------------------------------------------------- numbers

    /** «12 000», «12,5», «-1 000», «0»: no trailing zeros, thousands grouped by no-break spaces, decimal comma; null stays null. */
    public static String number(BigDecimal value) {
        return number(value, NO_BREAK_SPACE);
    }

    /** As {@link #number(BigDecimal)} with another thousands separator, e.g. a plain space for messages. */
    public static String number(BigDecimal value, char separator) {
        return value == null ? null : grouped(value, String.valueOf(separator));
    }

    /** «1234567,25»: no trailing zeros, no grouping, decimal comma (what a clerk types back); null stays null. */
    public static String ungrouped(BigDecimal value) {
        return value == null ? null : grouped(value, "");
    }

    /** «1 234,56»: rounded half-up to kopecks, thousands grouped by no-break spaces, decimal comma. */
    public static String amount(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(NO_BREAK_SPACE);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private static String grouped(BigDecimal value, String separator) {
        String plain = value.stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder sb = new StringBuilder(plain.length() + 4);
        if (negative) {
            sb.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(separator);
            }
            sb.append(whole.charAt(i));
        }
        if (dot >= 0) {
            sb.append(',').append(plain, dot + 1, plain.length());
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- months and dates

    /** «января» … «декабря» for months 1 to 12. */
    public static String monthGenitive(int month) {
        return GENITIVE.get(month - 1);
    }

    /** «январь» … «декабрь» for months 1 to 12 (lower case). */
    public static String monthNominative(int month) {
        return NOMINATIVE.get(month - 1);
    }

    /** The twelve month names in the genitive, January first («января», …). */
    public static List<String> monthsGenitive() {
        return GENITIVE;
    }

    /** The twelve month names in the nominative, January first, lower case («январь», …). */
    public static List<String> monthsNominative() {
        return NOMINATIVE;
    }

    /** The month (1 to 12) a lower-case name stands for, in the genitive or the nominative («июня», «июнь» → 6). */
    public static Optional<Integer> month(String name) {
        int i = GENITIVE.indexOf(name);
        if (i < 0) {
            i = NOMINATIVE.indexOf(name);
        }
        return i < 0 ? Optional.empty() : Optional.of(i + 1);
    }

    /** «15.01.2024»; null stays null. */
    public static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /** «понедельник» … «воскресенье» (lower case); null stays null. */
    public static String weekday(LocalDate date) {
        return date == null ? null : WEEKDAYS.get(date.getDayOfWeek().getValue() - 1);
    }

    /** «15.01.2024 09:30»; null stays null. */
    public static String dateTime(LocalDateTime moment) {
        return moment == null ? null : DATE_TIME.format(moment);
    }

    /** «1 января», «30 июня»: a day of every year in words. */
    public static String dayMonth(MonthDay day) {
        return day.getDayOfMonth() + " " + monthGenitive(day.getMonthValue());
    }

    /** «01.07»: a day of every year in digits, as a clerk types it. */
    public static String dayMonthDigits(MonthDay day) {
        return String.format("%02d.%02d", day.getDayOfMonth(), day.getMonthValue());
    }

    /** «Декабрь 2024»: a month of a year, as a deadline names it. */
    public static String monthYear(LocalDate date) {
        String month = monthNominative(date.getMonthValue());
        return Character.toUpperCase(month.charAt(0)) + month.substring(1) + " " + date.getYear();
    }

    /** ««01» января 2024 г.»: the date line of a document (the day in quotes, two digits, the month in words). */
    public static String documentDate(LocalDate date) {
        return "«" + String.format("%02d", date.getDayOfMonth()) + "» " + monthGenitive(date.getMonthValue()) + " " + date.getYear() + " г.";
    }
}
