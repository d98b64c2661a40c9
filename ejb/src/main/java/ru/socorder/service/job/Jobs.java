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
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
import ru.socorder.service.exchange.ImportPreview;
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
    private ImportTargets targets;

    @EJB
    private JobStore store;

    @EJB
    private AuditLog audit;

    /** Reads and checks an import file and stores it as a PREVIEWED job; writes nothing to the directory. */
    public JobView previewImport(String kind, String fileName, byte[] content) {
        Caller caller = currentUser.get();
        String name = fileName == null || fileName.isBlank() ? null : FileNames.clean("fileName", fileName, 300);
        ImportPreview<? extends Serializable> preview = targets.of(kind).preview(name, content);
        return store.view(store.run(store.create(kind, name, caller, content, preview)));
    }

    /** Starts writing a previewed import; refused while any row is rejected. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobView confirm(long id) {
        JobView job = startable(id);
        if (job.status() == JobStatus.PREVIEWED && !job.importable()) {
            throw new ValidationFailed("file", "Импорт не выполнен: отклонено строк — " + job.rejected()
                    + ". Исправьте их и загрузите файл снова; пока есть отклонённые строки, ничего не записывается.");
        }
        store.begin(id, List.of(JobStatus.PREVIEWED));
        audit.record(AuditEvent.jobStarted(job.kind(), false), id, job.fileName() + ": " + job.total() + " записей");
        return launch(id);
    }

    /** Runs a failed or interrupted job again: rows already written stay, the rest are written. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobView rerun(long id) {
        JobView job = startable(id);
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
        parameters.setProperty("chunk", String.valueOf(CHUNK));
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
