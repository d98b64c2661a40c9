package ru.socorder.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ru.socorder.service.catalog.ExecutorImports;
import ru.socorder.web.shell.ImportBean;

/** Импорт исполнителей. */
@Named("executorImport")
@ViewScoped
public class ExecutorImportBean extends ImportBean {
    private static final long serialVersionUID = 1L;

    @Override
    protected String kind() {
        return ExecutorImports.KIND;
    }
}
