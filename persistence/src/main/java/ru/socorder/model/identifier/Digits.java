package ru.socorder.model.identifier;

/** Helpers shared by the numeric identifiers: strip separators, check that only digits remain. */
final class Digits {
    private Digits() {
    }

    /** Removes spaces (including non-breaking), hyphens and dots that clerks use to group digits. */
    static String strip(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '.') {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** 1-based position of the first non-digit, or 0 when all characters are digits. */
    static int firstNonDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return i + 1;
            }
        }
        return 0;
    }

    static int at(String s, int index) {
        return s.charAt(index) - '0';
    }

    /** Σ d[i]·w[i] mod 11 mod 10, the control number used by ИНН. */
    static int weightedMod11(String s, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += at(s, i) * weights[i];
        }
        return sum % 11 % 10;
    }

    /** Common checks of a pure digit string of one of the given lengths; returns an error message or null. */
    static String shapeError(String name, String digits, String lengthsText, int... lengths) {
        if (digits.isEmpty()) {
            return name + ": значение не указано";
        }
        int bad = firstNonDigit(digits);
        if (bad > 0) {
            return name + ": допустимы только цифры, в позиции " + bad + " указан символ «" + digits.charAt(bad - 1) + "»";
        }
        for (int len : lengths) {
            if (digits.length() == len) {
                return null;
            }
        }
        return name + " должен содержать " + lengthsText + ", указано цифр: " + digits.length();
    }
}
