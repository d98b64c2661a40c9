package ru.socorder.api.catalog;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;
import ru.socorder.service.catalog.ExecutorCatalog;
import ru.socorder.service.catalog.ExecutorImports;
import ru.socorder.service.exchange.TableWriter;

/** {@code GET /api/v1/executors/export} and {@code POST /api/v1/executors/import} (see {@link DirectoryFiles}). */
@Path("executors")
public class ExecutorFilesResource extends DirectoryFiles {
    @EJB
    private ExecutorCatalog executors;

    @Override
    protected TableWriter.ExportFile exportFile(String query, String format) {
        return executors.export(query, format);
    }

    @Override
    protected String kind() {
        return ExecutorImports.KIND;
    }
}
