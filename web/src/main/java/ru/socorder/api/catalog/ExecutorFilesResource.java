package ru.socorder.api.catalog;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;
import java.util.List;
import ru.socorder.service.catalog.ExecutorCatalog;
import ru.socorder.service.catalog.ExecutorDraft;
import ru.socorder.service.catalog.ImportPreview;
import ru.socorder.service.exchange.TableWriter;

/** {@code GET /api/v1/executors/export} and {@code POST /api/v1/executors/import} (see {@link DirectoryFiles}). */
@Path("executors")
public class ExecutorFilesResource extends DirectoryFiles<ExecutorDraft> {
    @EJB
    private ExecutorCatalog executors;

    @Override
    protected TableWriter.ExportFile exportFile(String query, String format) {
        return executors.export(query, format);
    }

    @Override
    protected ImportPreview<ExecutorDraft> preview(String fileName, byte[] content) {
        return executors.previewImport(fileName, content);
    }

    @Override
    protected int write(List<ExecutorDraft> drafts) {
        return executors.importAll(drafts, null);
    }
}
