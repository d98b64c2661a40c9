package ru.socorder.api.catalog;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;
import java.util.List;
import ru.socorder.service.catalog.ImportPreview;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.service.catalog.ServiceDraft;
import ru.socorder.service.exchange.TableWriter;

/**
 * {@code GET /api/v1/services/export} and {@code POST /api/v1/services/import} (see {@link DirectoryFiles}): the same
 * files as the services list export and the «Импорт услуг» screen.
 */
@Path("services")
public class ServiceFilesResource extends DirectoryFiles<ServiceDraft> {
    @EJB
    private ServiceCatalog services;

    @Override
    protected TableWriter.ExportFile exportFile(String query, String format) {
        return services.export(query, format);
    }

    @Override
    protected ImportPreview<ServiceDraft> preview(String fileName, byte[] content) {
        return services.previewImport(fileName, content);
    }

    @Override
    protected int write(List<ServiceDraft> drafts) {
        return services.importAll(drafts);
    }
}
