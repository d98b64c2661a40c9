package ru.socorder.web.shell;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.exchange.TableWriter;

/**
 * Base of a list screen: a lazily created {@link PagedModel} over one boundary method, and the export of the list
 * as filtered on the screen to XLSX or CSV.
 */
public abstract class ListBean<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private PagedModel<T> model;

    /** The boundary call that pages this list, and the row key. */
    protected abstract PagedModel<T> createModel();

    /** Columns of the exported file; lists without export return none. */
    protected List<TableWriter.Column<T>> exportColumns() {
        return List.of();
    }

    /** File name (without extension) of the export. */
    protected String exportName() {
        return "list";
    }

    public PagedModel<T> getModel() {
        if (model == null) {
            model = createModel();
        }
        return model;
    }

    /** The whole list (all pages, same search) as XLSX or CSV. */
    public StreamedContent export(String format) {
        List<T> all = new ArrayList<>();
        for (int first = 0; ; first += PageRequest.MAX_SIZE) {
            List<T> page = getModel().fetchAll(first, PageRequest.MAX_SIZE);
            all.addAll(page);
            if (page.size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return download(TableWriter.write(format, exportName(), exportColumns(), all));
    }

    public static StreamedContent download(TableWriter.ExportFile file) {
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .contentLength((long) file.content().length)
                .stream(() -> new ByteArrayInputStream(file.content())).build();
    }
}
