package ru.socorder.service.catalog;

import java.io.Serializable;

/** A code and a display label, for select lists keyed by a code (ОКЕИ units). */
public record CodeItem(String code, String label) implements Serializable {
}
