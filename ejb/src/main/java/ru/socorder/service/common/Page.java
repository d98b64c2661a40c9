package ru.socorder.service.common;

import java.io.Serializable;
import java.util.List;

/** One page of a list, with the total count for the pager. */
public record Page<T>(List<T> items, long total) implements Serializable {
}
