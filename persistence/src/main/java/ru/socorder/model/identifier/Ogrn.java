package ru.socorder.model.identifier;

import java.io.Serializable;
import java.math.BigInteger;
import java.util.List;

/**
 * ОГРН (13 digits, legal entity: check = first 12 digits mod 11 mod 10) or ОГРНИП (15 digits, individual
 * entrepreneur: check = first 14 digits mod 13 mod 10).
 */
public final class Ogrn implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String value;

    private Ogrn(String value) {
        this.value = value;
    }

    /** Accepts either form. */
    public static Ogrn of(String raw) {
        return new Ogrn(check(raw).require());
    }

    /** ОГРН or ОГРНИП, whichever the length says. */
    public static IdentifierCheck check(String raw) {
        String d = Digits.strip(raw);
        String err = Digits.shapeError("ОГРН/ОГРНИП", d, "13 цифр (ОГРН) или 15 цифр (ОГРНИП)", 13, 15);
        return err != null ? IdentifierCheck.invalid(err) : checkDigit(d, d.length() == 13 ? "ОГРН" : "ОГРНИП");
    }

    public static IdentifierCheck checkOgrn(String raw) {
        String d = Digits.strip(raw);
        String err = Digits.shapeError("ОГРН", d, "13 цифр", 13);
        return err != null ? IdentifierCheck.invalid(err) : checkDigit(d, "ОГРН");
    }

    public static IdentifierCheck checkOgrnip(String raw) {
        String d = Digits.strip(raw);
        String err = Digits.shapeError("ОГРНИП", d, "15 цифр", 15);
        return err != null ? IdentifierCheck.invalid(err) : checkDigit(d, "ОГРНИП");
    }

    private static IdentifierCheck checkDigit(String d, String name) {
        int expected = expectedCheckDigit(d.substring(0, d.length() - 1));
        int actual = Digits.at(d, d.length() - 1);
        if (expected != actual) {
            return IdentifierCheck.invalid(name + ": неверное контрольное число — в позиции " + d.length()
                    + " ожидается " + expected + ", указано " + actual);
        }
        return IdentifierCheck.ok(d, List.of());
    }

    private static int expectedCheckDigit(String leading) {
        BigInteger mod = BigInteger.valueOf(leading.length() == 12 ? 11 : 13);
        return new BigInteger(leading).mod(mod).intValue() % 10;
    }

    /** Appends the check digit to 12 or 14 leading digits (tests and synthetic demo data). */
    public static String withCheckDigit(String leading) {
        if (leading.length() != 12 && leading.length() != 14) {
            throw new IllegalArgumentException("12 or 14 leading digits expected");
        }
        return leading + expectedCheckDigit(leading);
    }

    public boolean isEntrepreneur() {
        return value.length() == 15;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ogrn other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
