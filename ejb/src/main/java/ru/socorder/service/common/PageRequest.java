package ru.socorder.service.common;

import java.io.Serializable;

/**
 * Paging, sorting and a free-text filter as list screens and the API ask for them.
 *
 * @param first     index of the first row (0-based)
 * @param size      rows per page (1..500)
 * @param sortField field name known to the service, or null
 * @param ascending sort direction
 * @param query     free text to search, or null
 * @param strictSort whether a sort field the list does not know is an error (the API) rather than the default order
 *                   (screens, whose columns name their own fields)
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, String query, boolean strictSort)
        implements Serializable {
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 0) {
            throw new ValidationFailed("page", "Номер страницы не может быть отрицательным");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationFailed("size", "Размер страницы должен быть от 1 до " + MAX_SIZE);
        }
        query = query == null || query.isBlank() ? null : query.trim();
    }

    public PageRequest(int first, int size, String sortField, boolean ascending, String query) {
        this(first, size, sortField, ascending, query, false);
    }

    /** The same page sorted by a field an API client asked for ({@code sort=field} or {@code sort=-field}). */
    public PageRequest sortedBy(String field, boolean ascendingOrder) {
        return new PageRequest(first, size, field, ascendingOrder, query, true);
    }

    /** From the API's {@code page} (0-based) and {@code size}. */
    public static PageRequest ofPage(int page, int size, String query) {
        if (page < 0) {
            throw new ValidationFailed("page", "Номер страницы не может быть отрицательным");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationFailed("size", "Размер страницы должен быть от 1 до " + MAX_SIZE);
        }
        int first;
        try {
            first = Math.multiplyExact(page, size);
        } catch (ArithmeticException e) {
            throw new ValidationFailed("page", "Слишком большой номер страницы: " + page);
        }
        return new PageRequest(first, size, null, true, query);
    }

    /** {@code %text%} in lower case for LIKE, or null. */
    public String likePattern() {
        return query == null ? null : "%" + query.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
}
