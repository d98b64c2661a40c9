package ru.socorder.service.exchange;

import java.text.Normalizer;
import ru.socorder.service.common.ValidationFailed;

/**
 * Names of uploaded files as the application stores and shows them. A client sends whatever it likes
 * ({@code ../../../etc/passwd.pdf}, line breaks, a thousand characters); every upload (API and screens) passes the
 * name through {@link #clean} before it is used:
 * <ul>
 * <li>a name with control characters (NUL, CR, LF, tab, other C0/C1 codes, line separators, bidirectional overrides
 * that disguise an extension) is refused — there is no sensible way to guess what was meant;</li>
 * <li>any path is dropped: only the part after the last {@code /} or {@code \} is kept; a name that is only dots
 * ({@code .}, {@code ..}) or empty is refused; characters Windows does not allow in names ({@code <>:"|?*}) become
 * {@code _}, trailing dots and spaces are removed, the text is put in Unicode NFC (macOS sends decomposed «й»);</li>
 * <li>a name longer than the column is <b>shortened, keeping its extension</b> (refusing would make the clerk rename a
 * scan only because of its label; the name is never used as a path, so a shorter label loses nothing).</li>
 * </ul>
 */
public final class FileNames {
    /** The longest tail kept as an extension when a name is shortened ({@code .docx} and the like). */
    private static final int MAX_EXTENSION = 10;

    private FileNames() {
    }

    /**
     * The name to store, at most {@code maxLength} UTF-16 characters.
     *
     * @param field the request field the name came from, named in the error
     * @throws ValidationFailed (400) for a missing name, control characters, or a name without a name part
     */
    public static String clean(String field, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            throw new ValidationFailed(field, "Не указано имя файла");
        }
        for (int i = 0; i < raw.length(); i = raw.offsetByCodePoints(i, 1)) {
            int cp = raw.codePointAt(i);
            if (control(cp)) {
                throw new ValidationFailed(field, "Имя файла содержит недопустимый символ (" + describe(cp) + ") в позиции "
                        + (raw.codePointCount(0, i) + 1) + ": переименуйте файл и загрузите его снова");
            }
        }
        String name = tidy(raw, maxLength);
        if (name.isEmpty()) {
            throw new ValidationFailed(field, "Имя файла не содержит собственно имени (только путь или точки): переименуйте файл");
        }
        return name;
    }

    /**
     * A safe name for a download of something stored earlier (possibly before names were checked): never fails,
     * control characters become {@code _}, the path is dropped, at most 255 characters (what file systems hold);
     * {@code fallback} when nothing is left.
     */
    public static String forDownload(String stored, String fallback) {
        StringBuilder sb = new StringBuilder();
        if (stored != null) {
            stored.codePoints().forEach(cp -> sb.appendCodePoint(control(cp) ? '_' : cp));
        }
        String name = tidy(sb.toString(), 255);
        return name.isEmpty() ? fallback : name;
    }

    private static String tidy(String raw, int maxLength) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        s = s.replaceAll("[<>:\"|?*]", "_").strip();
        s = s.replaceAll("[.\\s]+$", "");
        return shorten(s, maxLength);
    }

    /** At most {@code max} characters; the extension is kept when there is a short one; a surrogate pair is never split. */
    static String shorten(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 && !name.substring(dot).contains(" ")
                ? name.substring(dot) : "";
        String base = ext.isEmpty() ? name : name.substring(0, dot);
        int keep = max - ext.length();
        if (Character.isLowSurrogate(base.charAt(keep))) {
            keep--;
        }
        return base.substring(0, keep).replaceAll("[.\\s]+$", "") + ext;
    }

    /** C0/C1 controls (NUL, CR, LF, tab, DEL …), line/paragraph separators, bidirectional marks and overrides, BOM. */
    static boolean control(int cp) {
        return Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
    }

    private static String describe(int cp) {
        return switch (cp) {
            case 0 -> "нулевой символ NUL";
            case '\n' -> "перевод строки LF";
            case '\r' -> "возврат каретки CR";
            case '\t' -> "табуляция";
            default -> String.format("U+%04X", cp);
        };
    }
}
