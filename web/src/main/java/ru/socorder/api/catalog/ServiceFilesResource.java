package ru.socorder.api.catalog;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.service.catalog.ServiceImports;
import ru.socorder.service.exchange.TableWriter;

/**
 * {@code GET /api/v1/services/export} and {@code POST /api/v1/services/import} (see {@link DirectoryFiles}): the same
 * files as the services list export and the «Импорт услуг» screen.
 */
@Path("services")
public class ServiceFilesResource extends DirectoryFiles {
    @EJB
    private ServiceCatalog services;

    @Override
    protected TableWriter.ExportFile exportFile(String query, String format) {
        return services.export(query, format);
    }

    @Override
    protected String kind() {
        return ServiceImports.KIND;
    }
}
