package ru.socorder.api.catalog;

import ru.socorder.service.common.PageRequest;

/** {@code ?page=&size=&q=&sort=field} or {@code sort=-field} (descending) → a page request. */
public final class Sorting {
    private Sorting() {
    }

    public static PageRequest request(int page, int size, String q, String sort) {
        PageRequest base = PageRequest.ofPage(page, size, q);
        if (sort == null || sort.isBlank()) {
            return base;
        }
        boolean descending = sort.startsWith("-");
        return base.sortedBy(descending ? sort.substring(1) : sort, !descending);
    }
}
