package ru.socorder.model.identifier;

import java.io.Serializable;
import java.util.List;

/**
 * СНИЛС: 9 digits and a 2-digit check number; numbers up to 001-001-998 are not checked. Displayed as
 * {@code 123-456-789 01}.
 */
public final class Snils implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long LAST_UNCHECKED = 1_001_998L;

    private final String value;

    private Snils(String value) {
        this.value = value;
    }

    public static Snils of(String raw) {
        return new Snils(check(raw).require());
    }

    public static IdentifierCheck check(String raw) {
        String d = Digits.strip(raw);
        String err = Digits.shapeError("СНИЛС", d, "11 цифр", 11);
        if (err != null) {
            return IdentifierCheck.invalid(err);
        }
        if (Long.parseLong(d.substring(0, 9)) > LAST_UNCHECKED) {
            int expected = checkNumber(d.substring(0, 9));
            int actual = Integer.parseInt(d.substring(9));
            if (expected != actual) {
                return IdentifierCheck.invalid(String.format("СНИЛС: неверное контрольное число — ожидается %02d, указано %02d", expected, actual));
            }
        }
        return IdentifierCheck.ok(d, List.of());
    }

    static int checkNumber(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += Digits.at(nine, i) * (9 - i);
        }
        if (sum < 100) {
            return sum;
        }
        if (sum == 100 || sum == 101) {
            return 0;
        }
        int r = sum % 101;
        return r == 100 ? 0 : r;
    }

    /** Appends the check number to 9 digits (tests and synthetic demo data). */
    public static String withCheckNumber(String nine) {
        return nine + String.format("%02d", checkNumber(nine));
    }

    public String value() {
        return value;
    }

    /** {@code 123-456-789 01} */
    public String formatted() {
        return value.substring(0, 3) + "-" + value.substring(3, 6) + "-" + value.substring(6, 9) + " " + value.substring(9);
    }

    /**
     * {@code ***-***-789 01}: what lists and the roles without access to personal data show — the last three digits
     * and the check number, enough to tell two children apart in a list, not to identify one.
     */
    public String masked() {
        return "***-***-" + value.substring(6, 9) + " " + value.substring(9);
    }

    /** Whether the last four digits are these (the parents' check of a certificate: separators are ignored). */
    public boolean endsWith(String lastFour) {
        String d = Digits.strip(lastFour);
        return d.length() == 4 && Digits.firstNonDigit(d) == 0 && value.endsWith(d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Snils other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return formatted();
    }
}
