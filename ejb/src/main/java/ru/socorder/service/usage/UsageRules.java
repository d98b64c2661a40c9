package ru.socorder.service.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.certificate.ContractStatus;
import ru.socorder.model.common.RussianText;

/**
 * The rules of delivered hours of a contract for a month (plain, unit-tested):
 * <ul>
 * <li><b>Hours</b>: человеко-часы with at most two decimals, not negative, never more than the contract's remaining
 * hours — its hours less those delivered in its other months (drafts included: they are going to be submitted).</li>
 * <li><b>Month</b>: not before the contract's start month, not after its end month (or its termination month); hours
 * above zero only while the contract is in force (concluded or active) — zero may always be entered, so a draft of a
 * contract terminated meanwhile can be cleared.</li>
 * <li><b>Amount</b>: hours × the contract's price per hour, rounded to kopecks half-up; the month that brings the
 * delivered hours to the contract's hours takes the remainder of the price (price less the amounts of the other
 * months), so that a fully delivered contract has consumed its price exactly, without a kopeck of drift; an amount
 * never exceeds what the price leaves.</li>
 * </ul>
 */
public final class UsageRules {
    /** The scale of hours and of roubles. */
    static final int SCALE = 2;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT);

    /** What a contract allows, read from it. */
    public record Terms(String number, BigDecimal hours, BigDecimal pricePerHour, BigDecimal price, YearMonth first, YearMonth last,
                        boolean inForce) {
        public static Terms of(ConsumerContract k) {
            LocalDate end = k.getTerminatedOn() != null ? k.getTerminatedOn() : k.getEndsOn();
            return new Terms(k.getNumber(), k.getHours(), k.getPricePerHour(), k.getPrice(), YearMonth.from(k.getStartsOn()),
                    YearMonth.from(end), k.getStatus() == ContractStatus.CONCLUDED || k.getStatus() == ContractStatus.ACTIVE);
        }
    }

    /** What the contract's other months hold (hours and roubles). */
    public record Others(BigDecimal hours, BigDecimal amount) {
        public static final Others NONE = new Others(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private UsageRules() {
    }

    /** The hours the contract still allows for this month. */
    public static BigDecimal remaining(Terms t, Others others) {
        return t.hours().subtract(others.hours()).max(BigDecimal.ZERO);
    }

    /** Why the hours cannot be entered for the month; null when they can. */
    public static String refusal(Terms t, YearMonth month, BigDecimal hours, Others others) {
        if (hours == null) {
            return "Укажите количество часов";
        }
        if (hours.signum() < 0) {
            return "Количество часов не может быть отрицательным";
        }
        if (hours.stripTrailingZeros().scale() > SCALE) {
            return "Часы указываются не точнее сотых: " + hours.toPlainString();
        }
        if (month.isBefore(t.first()) || month.isAfter(t.last())) {
            return "Договор № " + t.number() + " действует с " + RussianText.monthGenitive(t.first().getMonthValue()) + " "
                    + t.first().getYear() + " по " + text(t.last()) + ": за " + text(month) + " часы не вводятся";
        }
        if (hours.signum() > 0 && !t.inForce()) {
            return "Договор № " + t.number() + " не действует: часы по нему не вводятся";
        }
        BigDecimal left = remaining(t, others);
        if (hours.compareTo(left) > 0) {
            return "Больше остатка часов по договору № " + t.number() + ": осталось " + RussianText.number(left) + " из "
                    + RussianText.number(t.hours()) + " ч";
        }
        return null;
    }

    /** The amount of the month's hours (see the class comment for the rule). */
    public static BigDecimal amount(Terms t, BigDecimal hours, Others others) {
        if (hours.signum() == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        BigDecimal left = t.price().subtract(others.amount()).max(BigDecimal.ZERO).setScale(SCALE, RoundingMode.HALF_UP);
        if (others.hours().add(hours).compareTo(t.hours()) >= 0) {
            return left;
        }
        return hours.multiply(t.pricePerHour()).setScale(SCALE, RoundingMode.HALF_UP).min(left);
    }

    /**
     * A month as the API and files write it: {@code 2027-01}, {@code 01.2027} or {@code 1.2027}.
     *
     * @return null when the text is no month
     */
    public static YearMonth month(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        try {
            if (s.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(s, MONTH);
            }
            if (s.matches("\\d{1,2}\\.\\d{4}")) {
                String[] p = s.split("\\.");
                return YearMonth.of(Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** «январь 2027». */
    public static String text(YearMonth month) {
        return RussianText.monthNominative(month.getMonthValue()) + " " + month.getYear();
    }

    /** The child as the executor's lists show it: the first letter of the last name and the initials («П*** А. С.»). */
    public static String maskedChild(String lastName, String firstName, String middleName) {
        StringBuilder b = new StringBuilder();
        if (lastName != null && !lastName.isBlank()) {
            b.append(lastName.strip().charAt(0)).append("***");
        }
        for (String n : new String[] {firstName, middleName}) {
            if (n != null && !n.isBlank()) {
                b.append(' ').append(n.strip().charAt(0)).append('.');
            }
        }
        return b.toString().strip();
    }
}
