package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import ru.socorder.model.catalog.Executor;
import ru.socorder.service.catalog.ExecutorCatalog;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/** Исполнители услуг: the executor list. */
@Named("executors")
@ViewScoped
public class ExecutorsBean extends ListBean<Executor> {
    private static final long serialVersionUID = 1L;

    @EJB
    private ExecutorCatalog catalog;

    /** The list as filtered on the screen, as XLSX or CSV (the same file the API exports). */
    @Override
    public StreamedContent export(String format) {
        return download(catalog.export(getModel().getQuery(), format));
    }

    @Override
    protected PagedModel<Executor> createModel() {
        ExecutorCatalog service = catalog;
        return new PagedModel<>(request -> service.list(request, null), Executor::getId);
    }
}
