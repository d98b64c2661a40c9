package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.concurrent.Future;
import ru.socorder.service.catalog.ExecutorCatalog;
import ru.socorder.service.catalog.ExecutorDraft;
import ru.socorder.service.catalog.ImportPreview;

/** Импорт исполнителей. */
@Named("executorImport")
@ViewScoped
public class ExecutorImportBean extends ImportBean<ExecutorDraft> {
    private static final long serialVersionUID = 1L;

    @EJB
    private ExecutorCatalog executors;

    @Override
    protected ImportPreview<ExecutorDraft> read(String fileName, byte[] content) {
        return executors.previewImport(fileName, content);
    }

    @Override
    protected Future<Integer> write(List<ExecutorDraft> drafts, String jobId) {
        return executors.importAllAsync(drafts, jobId);
    }
}
