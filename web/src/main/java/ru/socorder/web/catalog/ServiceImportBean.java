package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.concurrent.Future;
import ru.socorder.service.catalog.ImportPreview;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.service.catalog.ServiceDraft;

/** Импорт услуг. */
@Named("serviceImport")
@ViewScoped
public class ServiceImportBean extends ImportBean<ServiceDraft> {
    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceCatalog services;

    @Override
    protected ImportPreview<ServiceDraft> read(String fileName, byte[] content) {
        return services.previewImport(fileName, content);
    }

    @Override
    protected Future<Integer> write(List<ServiceDraft> drafts, String jobId) {
        return services.importAllAsync(drafts);
    }
}
