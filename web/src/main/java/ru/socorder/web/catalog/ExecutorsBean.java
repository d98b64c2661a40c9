package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;
import ru.socorder.model.catalog.Executor;
import ru.socorder.service.catalog.ExecutorCatalog;
import ru.socorder.web.shell.PagedModel;

/** Исполнители услуг: the executor list. */
@Named("executors")
@ViewScoped
public class ExecutorsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ExecutorCatalog catalog;

    private PagedModel<Executor> model;

    /** The list as filtered on the screen, as XLSX or CSV. */
    public StreamedContent export(String format) {
        return Downloads.of(catalog.export(getModel().getQuery(), format));
    }

    public PagedModel<Executor> getModel() {
        if (model == null) {
            ExecutorCatalog service = catalog;
            model = new PagedModel<>(request -> service.list(request, null), Executor::getId);
        }
        return model;
    }
}
