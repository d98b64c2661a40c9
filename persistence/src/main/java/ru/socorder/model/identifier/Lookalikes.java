package ru.socorder.model.identifier;

import java.util.Map;

/**
 * Latin capitals that look like Cyrillic ones. Text pasted from Word or typed on the wrong keyboard layout mixes them;
 * registry numbers correct them, consumers' names compare through them.
 */
public final class Lookalikes {
    private static final Map<Character, Character> LATIN_TO_CYRILLIC = Map.ofEntries(
            Map.entry('A', 'А'), Map.entry('B', 'В'), Map.entry('E', 'Е'), Map.entry('K', 'К'),
            Map.entry('M', 'М'), Map.entry('H', 'Н'), Map.entry('O', 'О'), Map.entry('P', 'Р'),
            Map.entry('C', 'С'), Map.entry('T', 'Т'), Map.entry('X', 'Х'), Map.entry('Y', 'У'));

    private Lookalikes() {
    }

    /** The Cyrillic capital a Latin capital looks like, or 0 when it looks like none. */
    public static char cyrillic(char latinCapital) {
        Character c = LATIN_TO_CYRILLIC.get(latinCapital);
        return c == null ? 0 : c;
    }
}
