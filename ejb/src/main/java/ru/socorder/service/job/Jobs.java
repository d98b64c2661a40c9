package ru.socorder.service.job;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.socorder.model.job.JobRow;
import ru.socorder.model.job.JobRun;
import ru.socorder.model.job.JobStatus;
import ru.socorder.model.security.Role;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Forbidden;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.PagedQuery;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.exchange.FileNames;
import ru.socorder.service.exchange.TableReader;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;

/**
 * Фоновые задания: the boundary of jobs. An import is previewed (the file is read and checked as the current user,
 * stored with the job, every row with its verdict — nothing is written), then confirmed: a Jakarta Batch job writes
 * the accepted rows in chunks ({@code import-job.xml}); progress and row outcomes are in the database. A run that
 * failed or was cut off by a server stop is re-run and writes only the rows not yet written. A user sees the jobs of
 * the own authority (administrators and observers all), and confirms or re-runs only jobs they started
 * (administrators any).
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class Jobs {
    static final String BATCH_JOB = "import-job";
    /** Rows per chunk: one transaction each; what a crash can lose and a re-run redoes. */
    static final int CHUNK = 200;
    private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private JobTargets targets;

    @EJB
    private JobStore store;

    @EJB
    private AuditLog audit;

    /** Reads and checks an import file and stores it as a PREVIEWED job; writes nothing to the directory. */
    public JobView previewImport(String kind, String fileName, byte[] content) {
        Caller caller = currentUser.get();
        String name = fileName == null || fileName.isBlank() ? null : FileNames.clean("fileName", fileName, 300);
        ImportTarget target = targets.importOf(kind);
        return store.view(store.run(store.create(kind, name, caller, content, sink -> target.preview(name, content, sink))));
    }

    /**
     * What a confirmed import writes, chosen explicitly by the user: {@link #ALL} — the whole file or nothing (refused
     * while any row is rejected), {@link #VALID} — the accepted rows, leaving the rejected ones for the result file.
     */
    public enum Rows {
        ALL, VALID
    }

    /** Starts writing a previewed import, the whole file (refused while any row is rejected). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobView confirm(long id) {
        return confirm(id, Rows.ALL);
    }

    /** Starts writing a previewed import: the whole file, or only its accepted rows. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobView confirm(long id, Rows rows) {
        JobView job = startable(id);
        if (job.status() == JobStatus.PREVIEWED && rows == Rows.ALL && !job.importable()) {
            throw new ValidationFailed("file", "Импорт не выполнен: отклонено строк — " + job.rejected()
                    + ". Исправьте их и загрузите файл снова или загрузите только верные строки; пока есть отклонённые "
                    + "строки, весь файл не записывается.");
        }
        if (job.status() == JobStatus.PREVIEWED && rows == Rows.VALID && !job.partlyImportable()) {
            throw new ValidationFailed("file", "В файле нет ни одной верной строки: загружать нечего");
        }
        store.begin(id, List.of(JobStatus.PREVIEWED));
        audit.record(AuditEvent.jobStarted(job.kind(), false), id, job.fileName() + ": " + job.total() + " записей"
                + (rows == Rows.VALID && job.rejected() > 0 ? ", только верные строки (отклонено " + job.rejected() + ")" : ""));
        return launch(id);
    }

    /**
     * The result file of a job: the rows of the original file that were refused — rejected by the check or failed
     * when written — with their own cells and a last column «Причина отказа», as CSV (UTF-8, semicolons), so the
     * clerk corrects them and loads the file again. The original is read as a stream; nothing is held but the
     * refused lines' reasons.
     */
    public void writeRefused(long id, OutputStream out) throws IOException {
        JobRun run = visible(id);
        SortedMap<Integer, String> refused = store.refused(id);
        byte[] original = store.file(id);
        TableWriter.CsvLines csv = TableWriter.csvLines(out);
        IOException[] failure = new IOException[1];
        TableReader.stream(run.getFileName(), original, new TableReader.Rows() {
            private int width;

            @Override
            public void header(List<String> headers) {
                width = headers.size();
                write(new ArrayList<Object>(headers), "Строка файла", "Причина отказа");
            }

            @Override
            public void row(int line, List<String> cells) {
                String reasons = refused.get(line);
                if (reasons != null) {
                    List<Object> values = new ArrayList<>(cells);
                    while (values.size() < width) {
                        values.add("");
                    }
                    write(values, line, reasons);
                }
            }

            private void write(List<Object> values, Object line, String reasons) {
                values.add(line);
                values.add(reasons);
                try {
                    csv.line(values);
                } catch (IOException e) {
                    failure[0] = e;
                    throw new UncheckedIOException(e);
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        csv.flush();
    }

    /**
     * Starts a job that is not an import: its rows are planned by the area (e.g. the month's agreements of a payment
     * run) and written in chunks by the kind's {@link JobTarget}, with the same progress, re-run and recovery as an
     * import. The caller's rights are the area's to check before. Joins the caller's transaction; {@link #start} it
     * after that has committed.
     */
    public long create(String kind, String name, Long authorityId, java.util.stream.Stream<JobStore.PlannedRow> rows) {
        return create(currentUser.get(), kind, name, authorityId, rows);
    }

    /**
     * The same for a starter who is not the current user: {@link Caller#system()} for work a timer starts (its chunks
     * are written as «system»).
     */
    public long create(Caller starter, String kind, String name, Long authorityId, java.util.stream.Stream<JobStore.PlannedRow> rows) {
        targets.of(kind);
        long id = store.createPlanned(kind, name, starter, authorityId, rows);
        store.begin(id, List.of(JobStatus.PREVIEWED));
        audit.record(AuditEvent.jobStarted(kind, false), id, name);
        return id;
    }

    /** Launches a job {@link #create created} and committed; answers where it stands. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobView start(long id) {
        return launch(id);
    }

    /** Runs a failed or interrupted job again: rows already written stay, the rest are written. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobView rerun(long id) {
        return resume(startable(id));
    }

    /**
     * The same for an area that decided itself who may resume its job (a timer resuming the year end it started, a
     * clerk of the authority resuming its month's payment run): no check of the caller.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobView resumeAsArea(long id) {
        return resume(store.view(store.run(id)));
    }

    /**
     * Where a job stands — status and counts, read again from its row (an earlier read in the same transaction may be
     * stale) —, without a check of the caller (for the area that started it).
     */
    public JobProgress progress(long id) {
        JobRun run = store.run(id);
        em.refresh(run);
        return new JobProgress(run.getStatus(), run.getTotalRows(), run.getProcessedRows(), run.getFailedRows(), run.getMessage());
    }

    /** The status of a job, without a check of the caller (for the area that started it). */
    public JobStatus status(long id) {
        return store.run(id).getStatus();
    }

    private JobView resume(JobView job) {
        long id = job.id();
        store.begin(id, List.of(JobStatus.FAILED, JobStatus.INTERRUPTED));
        audit.record(AuditEvent.jobStarted(job.kind(), true), id, job.processed() + " из " + job.total() + " уже обработано");
        return launch(id);
    }

    public JobView get(long id) {
        return store.view(visible(id));
    }

    /** Jobs in the caller's scope, newest first. */
    public Page<JobView> list(PageRequest request) {
        Caller caller = currentUser.get();
        Page<JobRun> page = PagedQuery.of(em, JobRun.class, "j", null, DataScope.authority(caller, "j.authorityId"))
                .search("j.fileName", "j.kind", "j.startedBy")
                .sortable(Map.of("createdAt", "j.createdAt", "kind", "j.kind", "status", "j.status", "fileName", "j.fileName"),
                        "j.createdAt desc")
                .page(request);
        Map<Long, Map<String, Long>> verdicts = store.verdicts(page.items().stream().map(JobRun::getId).toList());
        return new Page<>(page.items().stream().map(j -> {
            Map<String, Long> v = verdicts.getOrDefault(j.getId(), Map.of());
            return JobView.of(j, v.getOrDefault("VALID", 0L), v.getOrDefault("CORRECTED", 0L), v.getOrDefault("REJECTED", 0L));
        }).toList(), page.total());
    }

    /** The rows of a job in file order, with verdicts and outcomes. */
    public Page<JobRowView> rows(long id, PageRequest request) {
        visible(id);
        Page<JobRow> page = PagedQuery.of(em, JobRow.class, "r", null,
                        DataScope.everyone(currentUser.get(), "строки задания, доступ к которому проверен"))
                .filter("r.jobId = :job", "job", id)
                .search("r.recordKey", "r.name", "r.messages", "r.verdict", "r.outcome")
                .sortable(Map.of("line", "r.line", "verdict", "r.verdict", "outcome", "r.outcome"), "r.line")
                .page(request);
        return new Page<>(page.items().stream().map(JobRowView::of).toList(), page.total());
    }

    private JobRun visible(long id) {
        Caller caller = currentUser.get();
        JobRun run = em.find(JobRun.class, id);
        if (run == null || !(caller.isAdmin() || caller.has(Role.OBSERVER) || caller.login().equals(run.getStartedBy())
                || run.getAuthorityId() != null && run.getAuthorityId().equals(caller.authorityId()))) {
            throw new NotFound("Задание не найдено");
        }
        return run;
    }

    private JobView startable(long id) {
        Caller caller = currentUser.get();
        JobRun run = visible(id);
        if (!caller.isAdmin() && !caller.login().equals(run.getStartedBy())) {
            throw new Forbidden("Запустить задание может только тот, кто его создал, или администратор");
        }
        targets.of(run.getKind());
        return store.view(run);
    }

    private JobView launch(long id) {
        Properties parameters = new Properties();
        parameters.setProperty("jobRunId", String.valueOf(id));
        parameters.setProperty("chunk", String.valueOf(targets.of(store.kind(id)).chunk()));
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            operator.start(BATCH_JOB, parameters);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Job " + id + " could not be started", e);
            store.finish(id, JobStatus.FAILED, "Задание не удалось запустить: " + e.getMessage());
        }
        return store.view(store.run(id));
    }
}
