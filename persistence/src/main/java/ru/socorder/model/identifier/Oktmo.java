package ru.socorder.model.identifier;

import java.io.Serializable;
import java.util.List;

/** ОКТМО: 8 digits (municipality) or 11 digits (settlement). */
public final class Oktmo implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String value;

    private Oktmo(String value) {
        this.value = value;
    }

    public static Oktmo of(String raw) {
        return new Oktmo(check(raw).require());
    }

    public static IdentifierCheck check(String raw) {
        String d = Digits.strip(raw);
        String err = Digits.shapeError("ОКТМО", d, "8 или 11 цифр", 8, 11);
        return err != null ? IdentifierCheck.invalid(err) : IdentifierCheck.ok(d, List.of());
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Oktmo other && other.value.equals(value);
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
