package ru.socorder.api;

import java.util.List;
import java.util.function.Function;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;

/** The list envelope of the API: {@code {items, total, page, size}}. */
public class PageBody<T> {
    public List<T> items;
    public long total;
    public int page;
    public int size;

    public static <E, T> PageBody<T> of(Page<E> page, PageRequest request, Function<E, T> mapper) {
        PageBody<T> body = new PageBody<>();
        body.items = page.items().stream().map(mapper).toList();
        body.total = page.total();
        body.size = request.size();
        body.page = request.first() / request.size();
        return body;
    }
}
