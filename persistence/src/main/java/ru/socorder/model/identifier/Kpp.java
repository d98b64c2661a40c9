package ru.socorder.model.identifier;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** КПП: 9 characters, four digits, two digits or Latin capitals (reason code), three digits. */
public final class Kpp implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String value;

    private Kpp(String value) {
        this.value = value;
    }

    public static Kpp of(String raw) {
        return new Kpp(check(raw).require());
    }

    public static IdentifierCheck check(String raw) {
        String s = Digits.strip(raw).toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return IdentifierCheck.invalid("КПП: значение не указано");
        }
        if (s.length() != 9) {
            return IdentifierCheck.invalid("КПП должен содержать 9 символов, указано: " + s.length());
        }
        for (int i = 0; i < 9; i++) {
            char c = s.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean letter = c >= 'A' && c <= 'Z';
            boolean reasonPosition = i == 4 || i == 5;
            if (!(digit || (reasonPosition && letter))) {
                return IdentifierCheck.invalid("КПП: в позиции " + (i + 1) + " недопустимый символ «" + c + "» — "
                        + (reasonPosition ? "ожидается цифра или латинская заглавная буква" : "ожидается цифра"));
            }
        }
        return IdentifierCheck.ok(s, List.of());
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kpp other && other.value.equals(value);
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
