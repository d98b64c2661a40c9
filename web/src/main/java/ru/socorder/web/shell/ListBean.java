package ru.socorder.web.shell;

import java.io.Serializable;
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

    /** The whole list (all pages, same search) as XLSX or CSV, read page by page while the file is written. */
    public StreamedContent export(String format) {
        PagedModel<T> source = getModel();
        return download(TableWriter.write(format, exportName(), exportColumns(),
                TableWriter.paged(source::fetchAll, PageRequest.MAX_SIZE)));
    }

    public static StreamedContent download(TableWriter.ExportFile file) {
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .writer(out -> {
                    try {
                        file.body().writeTo(out);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).build();
    }
}
