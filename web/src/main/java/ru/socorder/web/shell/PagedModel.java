package ru.socorder.web.shell;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;

/**
 * A {@link LazyDataModel} over any boundary method that returns a {@link Page}: the database pages, sorts and
 * filters; the screen keeps only the rows shown. One free-text query is shared by the list's search box.
 */
public class PagedModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** Serializable so view-scoped beans can hold the model. */
    public interface Loader<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    public interface KeyOf<T> extends Function<T, Object>, Serializable {
    }

    private final Loader<T> loader;
    private final KeyOf<T> keyOf;
    private String query;
    private transient Page<T> last;
    private transient PageRequest lastRequest;

    public PagedModel(Loader<T> loader, KeyOf<T> keyOf) {
        this.loader = loader;
        this.keyOf = keyOf;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) fetch(new PageRequest(0, 1, null, true, query)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = null;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            field = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        Page<T> page = fetch(new PageRequest(first, Math.max(1, pageSize), field, ascending, query));
        setRowCount((int) page.total());
        return page.items();
    }

    private Page<T> fetch(PageRequest request) {
        if (last == null || !request.equals(lastRequest)) {
            last = loader.apply(request);
            lastRequest = request;
        }
        return last;
    }

    /** Rows for an export: the same search, unsorted paging straight from the boundary. */
    public List<T> fetchAll(int first, int size) {
        return loader.apply(new PageRequest(first, size, null, true, query)).items();
    }

    @Override
    public String getRowKey(T object) {
        return String.valueOf(keyOf.apply(object));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
