package ru.socorder.model.certificate;

import java.time.LocalDate;
import java.util.Locale;
import ru.socorder.model.identifier.Lookalikes;

/**
 * The key two records of one child share even when typed differently: the full name without case, ё as е, Latin
 * letters that look Cyrillic as Cyrillic, no spaces (also not around hyphens), and the birth date. Duplicate
 * certificates from slightly altered child data are the known plague of these systems; a new consumer with the key
 * of an existing one is held for the clerk.
 */
public final class PersonKey {
    private PersonKey() {
    }

    /** {@code иванова|анна-мария|сергеевна|2015-03-08}; an absent middle name is an empty part. */
    public static String of(String lastName, String firstName, String middleName, LocalDate birthDate) {
        return part(lastName) + "|" + part(firstName) + "|" + part(middleName) + "|" + birthDate;
    }

    private static String part(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toUpperCase(name.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            char cyrillic = Lookalikes.cyrillic(c);
            out.append(c == 'Ё' ? 'Е' : cyrillic != 0 ? cyrillic : c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
