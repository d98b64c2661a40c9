package ru.socorder.service.catalog;

import java.io.Serializable;

/** An id and a display label, for select lists. */
public record OptionItem(Long id, String label) implements Serializable {
}
