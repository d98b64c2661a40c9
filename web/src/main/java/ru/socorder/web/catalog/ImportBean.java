package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import ru.socorder.model.job.JobStatus;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.job.JobRowView;
import ru.socorder.service.job.JobView;
import ru.socorder.service.job.Jobs;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;
import ru.socorder.web.shell.PagedModel;

/**
 * The import screen of a reference list: upload (the file is checked and stored as a job, every row with its
 * verdict), confirm (a background job writes the accepted rows), a progress bar polling the job's counts in the
 * database, re-run of an interrupted job. The screen holds only the job id; rows are paged from the database.
 */
public abstract class ImportBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Jobs jobs;

    private String fileName;
    private JobView job;
    private PagedModel<JobRowView> rows;
    /** The progress bar polls from confirmation until {@link #finished()}, however quickly the job ends. */
    private boolean polling;

    /** The job kind of the list, e.g. {@code EXECUTOR_IMPORT}. */
    protected abstract String kind();

    public void upload(FileUploadEvent event) {
        job = null;
        rows = null;
        fileName = event.getFile().getFileName();
        try (InputStream in = event.getFile().getInputStream()) {
            show(jobs.previewImport(kind(), fileName, in.readAllBytes()));
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        } catch (IOException e) {
            FacesErrors.show(new ValidationFailed("file", "Файл не удалось получить: загрузите его снова"), null);
        }
    }

    private void show(JobView view) {
        job = view;
        long id = view.id();
        Jobs boundary = jobs;
        rows = new PagedModel<>(request -> boundary.rows(id, request), JobRowView::line);
    }

    public void confirm() {
        if (job == null || !job.importable()) {
            return;
        }
        try {
            job = jobs.confirm(job.id());
            polling = true;
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
    }

    public void rerun() {
        if (job == null || !job.status().rerunnable()) {
            return;
        }
        try {
            job = jobs.rerun(job.id());
            polling = true;
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
    }

    /** Polled by the progress bar: the job's counts as the database has them. */
    public int getProgress() {
        if (job == null) {
            return 0;
        }
        job = jobs.get(job.id());
        return job.running() ? Math.min(99, job.percent()) : 100;
    }

    /** Called by the progress bar when it reaches 100 %. */
    public void finished() {
        if (job == null || !polling) {
            return;
        }
        polling = false;
        job = jobs.get(job.id());
        if (job.status() == JobStatus.COMPLETED) {
            FacesErrors.info(Bundle.text("import.done", job.written()));
            if (job.failed() > 0) {
                FacesErrors.warn(Bundle.text("import.doneWithFailures", job.failed()));
            }
        } else if (job.message() != null) {
            FacesErrors.show(new ValidationFailed("file", job.message()), null);
        }
    }

    public boolean isRunning() {
        return polling;
    }

    public boolean isRerunnable() {
        return job != null && !polling && job.status().rerunnable();
    }

    public String statusLabel(JobRowView row) {
        return Bundle.text("import.status." + row.verdict());
    }

    public String outcomeLabel(JobRowView row) {
        return row.outcome() == null ? "" : Bundle.text("import.outcome." + row.outcome());
    }

    public long count(String status) {
        if (job == null) {
            return 0;
        }
        return switch (status) {
            case "VALID" -> job.valid();
            case "CORRECTED" -> job.corrected();
            default -> job.rejected();
        };
    }

    public String getFileName() {
        return fileName;
    }

    public JobView getJob() {
        return job;
    }

    public PagedModel<JobRowView> getRows() {
        return rows;
    }
}
