package ru.socorder.web.catalog;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.primefaces.event.FileUploadEvent;
import ru.socorder.service.catalog.ImportPreview;
import ru.socorder.service.catalog.ImportRow;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.exchange.JobProgress;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/**
 * The import screen of a reference list: upload, a preview of every row, confirm, a progress bar while the import
 * runs in the background. Subclasses say how to read and write their records.
 */
public abstract class ImportBean<D extends Serializable> implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private JobProgress progress;

    private String fileName;
    private ImportPreview<D> preview;
    private String jobId;
    private transient Future<Integer> running;

    protected abstract ImportPreview<D> read(String fileName, byte[] content);

    protected abstract Future<Integer> write(List<D> drafts, String jobId);

    public void upload(FileUploadEvent event) {
        preview = null;
        fileName = event.getFile().getFileName();
        try (InputStream in = event.getFile().getInputStream()) {
            preview = read(fileName, in.readAllBytes());
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        } catch (IOException e) {
            FacesErrors.show(new ValidationFailed("file", "Файл не удалось получить: загрузите его снова"), null);
        }
    }

    public void confirm() {
        if (preview == null || !preview.importable()) {
            return;
        }
        jobId = progress.start(preview.drafts().size());
        running = write(preview.drafts(), jobId);
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
            FacesErrors.info(Bundle.text("import.done", running.get()));
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

    public ImportPreview<D> getPreview() {
        return preview;
    }
}
