package ru.socorder.model.identifier;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Unique number of a registry record of the all-Russian basic (flag «О») or a regional (flag «Р») list of
 * services: 21 significant characters, displayed as {@code 804200О.99.0.ББ52АЕ52000}.
 * <p>
 * Positions 1–6 and 8–10 are digits, position 7 is the Cyrillic list flag, positions 11–21 are Cyrillic capitals
 * and digits. Clerks paste numbers from Word where Latin letters, the digit 0 and Cyrillic letters are mixed up;
 * such lookalikes are corrected and every correction is reported.
 */
public final class RegistryNumber implements Serializable, Comparable<RegistryNumber> {
    private static final long serialVersionUID = 1L;
    public static final int LENGTH = 21;
    public static final char BASIC_LIST = 'О';
    public static final char REGIONAL_LIST = 'Р';

    private final String value;

    private RegistryNumber(String value) {
        this.value = value;
    }

    public static RegistryNumber of(String raw) {
        return new RegistryNumber(check(raw).require());
    }

    /** The compact 21-character form as stored in the database. */
    public static RegistryNumber ofCanonical(String compact) {
        return of(compact);
    }

    public static IdentifierCheck check(String raw) {
        String s = Digits.strip(raw);
        if (s.isEmpty()) {
            return IdentifierCheck.invalid("Уникальный номер реестровой записи не указан");
        }
        if (s.length() != LENGTH) {
            return IdentifierCheck.invalid("Уникальный номер реестровой записи должен содержать " + LENGTH
                    + " значащий символ (без точек и пробелов), указано: " + s.length());
        }
        List<String> corrections = new ArrayList<>();
        StringBuilder out = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            int pos = i + 1;
            char c = s.charAt(i);
            char fixed = at(pos, c);
            if (fixed == 0) {
                return IdentifierCheck.invalid(refusal(pos, c), corrections);
            }
            if (fixed != c) {
                corrections.add("позиция " + pos + ": " + describe(c) + " заменена на " + describe(fixed));
            }
            out.append(fixed);
        }
        return IdentifierCheck.ok(out.toString(), corrections);
    }

    /**
     * What a search text may mean as a part of a registry number, as SQL LIKE patterns over the stored compact form:
     * the fragment (separators removed) read at every position it could start at, with the lookalikes corrected as
     * {@link #check} corrects them there (a «0» is the list flag «О» at position 7 and a digit elsewhere, a Latin
     * «A» is the Cyrillic «А»…), preceded by one «_» per position before it. Empty when the text cannot be a part of
     * a number. «804200О.99», «8042000.99», «ББ52АЕ04000», «ББ52AE04000» (Latin A, E) all match «804200О990ББ52АЕ04000».
     */
    public static java.util.Set<String> searchPatterns(String raw) {
        String s = Digits.strip(raw);
        java.util.Set<String> patterns = new java.util.LinkedHashSet<>();
        for (int start = 1; !s.isEmpty() && start + s.length() - 1 <= LENGTH; start++) {
            StringBuilder out = new StringBuilder("_".repeat(start - 1));
            for (int i = 0; out != null && i < s.length(); i++) {
                char fixed = at(start + i, s.charAt(i));
                out = fixed == 0 ? null : out.append(fixed);
            }
            if (out != null) {
                patterns.add(out.append('%').toString());
            }
        }
        return patterns;
    }

    /** The character c as it stands at a 1-based position of the number, lookalikes corrected; 0 when it cannot. */
    private static char at(int pos, char c) {
        if (pos == 7) {
            return listFlag(c);
        }
        return pos <= 10 ? digit(c) : letterOrDigit(c);
    }

    private static String refusal(int pos, char c) {
        if (pos == 7) {
            return "Позиция 7: ожидается признак перечня — кириллическая «О» (базовый перечень) "
                    + "или «Р» (региональный перечень), указано «" + c + "»";
        }
        if (pos <= 10) {
            return "Позиция " + pos + ": ожидается цифра, указано «" + c + "»";
        }
        return "Позиция " + pos + ": недопустимый символ «" + c + "» — допустимы цифры и заглавные кириллические буквы";
    }

    private static char listFlag(char c) {
        return switch (c) {
            case 'О', 'о', 'O', 'o', '0' -> BASIC_LIST;
            case 'Р', 'р', 'P', 'p' -> REGIONAL_LIST;
            default -> 0;
        };
    }

    private static char digit(char c) {
        if (c >= '0' && c <= '9') {
            return c;
        }
        return switch (c) {
            case 'О', 'о', 'O', 'o' -> '0';
            default -> 0;
        };
    }

    private static char letterOrDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c;
        }
        char upper = Character.toUpperCase(c);
        if ((upper >= 'А' && upper <= 'Я') || upper == 'Ё') {
            return upper;
        }
        return Lookalikes.cyrillic(upper);
    }

    private static String describe(char c) {
        if (c >= '0' && c <= '9') {
            return "цифра «" + c + "»";
        }
        if (c < 128) {
            return "латинская «" + c + "»";
        }
        return (Character.isLowerCase(c) ? "строчная «" : "кириллическая «") + c + "»";
    }

    public boolean isBasicList() {
        return value.charAt(6) == BASIC_LIST;
    }

    public boolean isRegionalList() {
        return value.charAt(6) == REGIONAL_LIST;
    }

    /** The compact 21-character form. */
    public String value() {
        return value;
    }

    /** {@code 804200О.99.0.ББ52АЕ52000} */
    public String formatted() {
        return value.substring(0, 7) + "." + value.substring(7, 9) + "." + value.charAt(9) + "." + value.substring(10);
    }

    @Override
    public int compareTo(RegistryNumber o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegistryNumber other && other.value.equals(value);
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
