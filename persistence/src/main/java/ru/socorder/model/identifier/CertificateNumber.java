package ru.socorder.model.identifier;

import java.io.Serializable;
import java.util.List;

/**
 * The number of a social certificate: 12 digits, displayed {@code 41-24-0001234-7} —
 * <ul>
 * <li>2 digits: the subject of the Federation, the first two digits of the issuing territory's ОКТМО;</li>
 * <li>2 digits: the year of issue;</li>
 * <li>7 digits: the serial within subject and year (up to 9 999 999 certificates);</li>
 * <li>1 check digit (Damm algorithm over the 11 digits before it).</li>
 * </ul>
 * Digits only, because parents read the number out on the phone and type it on a phone keypad, and Cyrillic and Latin
 * letters that look alike are the commonest misreading in these systems. The Damm check digit detects every single
 * mistyped digit and every swap of two neighbouring digits (Luhn misses 09 ↔ 90; ISO 7064 MOD 11-2 needs the letter
 * X). Parsing accepts spaces, hyphens and dots anywhere; the compact 12 digits are stored.
 */
public final class CertificateNumber implements Serializable, Comparable<CertificateNumber> {
    private static final long serialVersionUID = 1L;
    public static final int LENGTH = 12;
    public static final int MAX_SERIAL = 9_999_999;

    /** The Damm quasigroup of order 10 (weakly totally anti-symmetric, zeros on the diagonal). */
    private static final int[][] DAMM = {
        {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
        {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
        {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
        {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
        {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
        {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
        {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
        {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
        {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
        {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
    };

    private final String value;

    private CertificateNumber(String value) {
        this.value = value;
    }

    /** Parses what a person typed; throws {@link InvalidIdentifierException} with a Russian message. */
    public static CertificateNumber of(String raw) {
        return new CertificateNumber(check(raw).require());
    }

    /**
     * The number of a new certificate.
     *
     * @param territory the issuing territory's ОКТМО (its first two digits name the subject)
     * @param year    the year of issue (its last two digits are used)
     * @param serial  1 … {@value #MAX_SERIAL}, unique within subject and year
     */
    public static CertificateNumber issue(Oktmo territory, int year, long serial) {
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        String leading = territory.value().substring(0, 2) + String.format("%02d%07d", year % 100, serial);
        return new CertificateNumber(leading + checkDigit(leading));
    }

    public static IdentifierCheck check(String raw) {
        String d = Digits.strip(raw);
        if (d.isEmpty()) {
            return IdentifierCheck.invalid("Номер сертификата не указан");
        }
        int bad = Digits.firstNonDigit(d);
        if (bad > 0) {
            return IdentifierCheck.invalid("Номер сертификата: допустимы только цифры, в позиции " + bad + " указан символ «"
                    + d.charAt(bad - 1) + "»");
        }
        if (d.length() != LENGTH) {
            return IdentifierCheck.invalid("Номер сертификата должен содержать " + LENGTH + " цифр, указано: " + d.length());
        }
        if (!valid(d)) {
            return IdentifierCheck.invalid("Номер сертификата указан с ошибкой: контрольная цифра не сходится — проверьте, "
                    + "не пропущена ли, не заменена ли цифра и не переставлены ли соседние цифры");
        }
        return IdentifierCheck.ok(d, List.of());
    }

    /** The Damm check digit of the digits. */
    static int checkDigit(String digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = DAMM[interim][Digits.at(digits, i)];
        }
        return interim;
    }

    /** A number with its check digit is valid when the Damm interim digit over all of it is 0. */
    private static boolean valid(String digits) {
        return checkDigit(digits) == 0;
    }

    /** The compact 12 digits, as stored. */
    public String value() {
        return value;
    }

    /** {@code 41-24-0001234-7} */
    public String formatted() {
        return value.substring(0, 2) + "-" + value.substring(2, 4) + "-" + value.substring(4, 11) + "-" + value.substring(11);
    }

    /** The year of issue. */
    public int year() {
        return 2000 + Integer.parseInt(value.substring(2, 4));
    }

    @Override
    public int compareTo(CertificateNumber o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateNumber other && other.value.equals(value);
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
