package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.primefaces.event.FileUploadEvent;
import ru.socorder.service.catalog.ExecutorCatalog;
import ru.socorder.service.catalog.ExecutorDraft;
import ru.socorder.service.catalog.ImportPreview;
import ru.socorder.service.catalog.ImportRow;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.exchange.JobProgress;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/** Импорт исполнителей: upload a file, see every row checked, confirm; the import runs with a progress bar. */
@Named("executorImport")
@ViewScoped
public class ExecutorImportBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ExecutorCatalog executors;

    @Inject
    private JobProgress progress;

    private String fileName;
    private ImportPreview<ExecutorDraft> preview;
    private String jobId;
    private transient Future<Integer> running;
    private Integer imported;

    public void upload(FileUploadEvent event) {
        preview = null;
        imported = null;
        fileName = event.getFile().getFileName();
        try (InputStream in = event.getFile().getInputStream()) {
            preview = executors.previewImport(fileName, in.readAllBytes());
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        } catch (IOException e) {
            FacesErrors.show(new ru.socorder.service.common.ValidationFailed("file", "Файл не удалось получить: " + e.getMessage()), null);
        }
    }

    public void confirm() {
        if (preview == null || !preview.importable()) {
            return;
        }
        jobId = progress.start(preview.drafts().size());
        running = executors.importAllAsync(preview.drafts(), jobId);
    }

    public int getProgress() {
        if (running != null && running.isDone()) {
            return 100;
        }
        return progress.percent(jobId);
    }

    /** Called by the progress bar when it reaches 100 %. */
    public void finished() {
        if (running == null) {
            return;
        }
        try {
            imported = running.get();
            FacesErrors.info(Bundle.text("import.done", imported));
            preview = null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BusinessException b) {
                FacesErrors.show(b, null);
            } else {
                throw new IllegalStateException(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            progress.finish(jobId);
            running = null;
            jobId = null;
        }
    }

    public boolean isRunning() {
        return running != null;
    }

    public String statusLabel(ImportRow row) {
        return Bundle.text("import.status." + row.status().name());
    }

    public long count(String status) {
        return preview == null ? 0 : preview.count(ImportRow.Status.valueOf(status));
    }

    public String getFileName() {
        return fileName;
    }

    public ImportPreview<ExecutorDraft> getPreview() {
        return preview;
    }

    public Integer getImported() {
        return imported;
    }
}
