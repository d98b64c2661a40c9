package ru.socorder.web.shell;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import ru.socorder.service.exchange.TableWriter;
import org.primefaces.event.FileUploadEvent;
import ru.socorder.model.job.JobStatus;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.job.JobRowView;
import ru.socorder.service.job.JobView;
import ru.socorder.service.job.Jobs;

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

    /**
     * Whether the user may load such a file at all (rights before input: without them the screen offers no upload);
     * the boundary checks each row's own rights when it reads the file.
     */
    public boolean isAllowed() {
        return true;
    }

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

    /** Writes the whole file (offered when no row is rejected). */
    public void confirm() {
        if (job != null && job.importable()) {
            start(Jobs.Rows.ALL);
        }
    }

    /** Writes only the accepted rows, leaving the rejected ones for the result file (chosen explicitly). */
    public void confirmValid() {
        if (job != null && job.partlyImportable()) {
            start(Jobs.Rows.VALID);
        }
    }

    private void start(Jobs.Rows rows) {
        try {
            job = jobs.confirm(job.id(), rows);
            polling = true;
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
    }

    /** Whether the file has refused rows to download: rejected by the check or failed when written. */
    public boolean isRefusedRows() {
        return job != null && (job.rejected() > 0 || job.failed() > 0);
    }

    /** The result file: the refused rows of the original with the reason of each. */
    public StreamedContent getRefused() {
        long id = job.id();
        Jobs boundary = jobs;
        return DefaultStreamedContent.builder().name("otkloneno-" + id + ".csv").contentType(TableWriter.CSV)
                .writer(out -> {
                    try {
                        boundary.writeRefused(id, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
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
