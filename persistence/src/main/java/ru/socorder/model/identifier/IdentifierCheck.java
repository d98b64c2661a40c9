package ru.socorder.model.identifier;

import java.util.List;

/**
 * Result of checking a raw identifier as a clerk typed or pasted it.
 *
 * @param valid       whether the value is acceptable
 * @param canonical   the normalised value (null when invalid)
 * @param corrections human-readable (Russian) notes on what was corrected automatically
 * @param message     a Russian message: why the value is rejected, or a confirmation
 */
public record IdentifierCheck(boolean valid, String canonical, List<String> corrections, String message) {

    public IdentifierCheck {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    static IdentifierCheck ok(String canonical, List<String> corrections) {
        String msg = corrections.isEmpty() ? "Значение корректно" : "Значение исправлено: " + String.join("; ", corrections);
        return new IdentifierCheck(true, canonical, corrections, msg);
    }

    static IdentifierCheck invalid(String message) {
        return new IdentifierCheck(false, null, List.of(), message);
    }

    static IdentifierCheck invalid(String message, List<String> corrections) {
        return new IdentifierCheck(false, null, corrections, message);
    }

    /** Throws {@link InvalidIdentifierException} unless valid; returns the canonical value. */
    public String require() {
        if (!valid) {
            throw new InvalidIdentifierException(message);
        }
        return canonical;
    }
}
