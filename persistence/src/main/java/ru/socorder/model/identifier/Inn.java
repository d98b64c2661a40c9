package ru.socorder.model.identifier;

import java.io.Serializable;
import java.util.List;

/**
 * ИНН: 10 digits for a legal entity, 12 for an individual entrepreneur or a natural person, with check digits
 * (domain.md §4.3).
 */
public final class Inn implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int[] W10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] W11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] W12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private final String value;

    private Inn(String value) {
        this.value = value;
    }

    public static Inn of(String raw) {
        return new Inn(check(raw).require());
    }

    public static IdentifierCheck check(String raw) {
        String d = Digits.strip(raw);
        String err = Digits.shapeError("ИНН", d, "10 цифр (организация) или 12 цифр (ИП, физическое лицо)", 10, 12);
        if (err != null) {
            return IdentifierCheck.invalid(err);
        }
        if (d.startsWith("00")) {
            // the first two digits are the code of the region of the tax office that assigned the number: never 00
            return IdentifierCheck.invalid("ИНН: первые две цифры — код региона налогового органа, «00» не бывает");
        }
        if (d.length() == 10) {
            int c = Digits.weightedMod11(d, W10);
            if (c != Digits.at(d, 9)) {
                return IdentifierCheck.invalid("ИНН: неверное контрольное число — в позиции 10 ожидается " + c + ", указано " + d.charAt(9));
            }
        } else {
            int c11 = Digits.weightedMod11(d, W11);
            if (c11 != Digits.at(d, 10)) {
                return IdentifierCheck.invalid("ИНН: неверное контрольное число — в позиции 11 ожидается " + c11 + ", указано " + d.charAt(10));
            }
            int c12 = Digits.weightedMod11(d, W12);
            if (c12 != Digits.at(d, 11)) {
                return IdentifierCheck.invalid("ИНН: неверное контрольное число — в позиции 12 ожидается " + c12 + ", указано " + d.charAt(11));
            }
        }
        return IdentifierCheck.ok(d, List.of());
    }

    /** Appends valid check digits to 9 or 10 (or 11) leading digits; used by tests and synthetic demo data. */
    public static String withCheckDigits(String leading) {
        if (leading.length() == 9) {
            return leading + Digits.weightedMod11(leading, W10);
        }
        if (leading.length() == 10) {
            String s = leading + Digits.weightedMod11(leading, W11);
            return s + Digits.weightedMod11(s, W12);
        }
        throw new IllegalArgumentException("9 or 10 leading digits expected");
    }

    public boolean isLegalEntity() {
        return value.length() == 10;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Inn other && other.value.equals(value);
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
