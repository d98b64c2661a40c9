package ru.socorder.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ru.socorder.service.catalog.ServiceImports;
import ru.socorder.web.shell.ImportBean;

/** Импорт услуг. */
@Named("serviceImport")
@ViewScoped
public class ServiceImportBean extends ImportBean {
    private static final long serialVersionUID = 1L;

    @Override
    protected String kind() {
        return ServiceImports.KIND;
    }
}
