package ru.socorder.service.job;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.socorder.model.job.JobFile;
import ru.socorder.model.job.JobRow;
import ru.socorder.model.job.JobRun;
import ru.socorder.model.job.JobStatus;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.exchange.ImportRow;
import ru.socorder.service.exchange.RowSink;
import ru.socorder.service.security.Caller;

/**
 * The database side of jobs, without rights checks (the {@link Jobs} boundary and the batch artifacts call it). The
 * methods the batch artifacts call run in transactions of their own ({@code REQUIRES_NEW}), never in the batch
 * runtime's chunk transaction: the runtime keeps its checkpoints in its own job repository (another datasource on
 * Payara and GlassFish, memory on WildFly), and one transaction cannot span two non-XA datasources. Correctness does
 * not rest on the runtime's checkpoints anyway: the row outcomes in {@code job_row} say what is written.
 */
@Stateless
public class JobStore {
    private static final int FLUSH_EVERY = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Stores a file as a PREVIEWED job and every row the reading hands over (its verdict, and the draft of an accepted
     * row), a thousand rows per flush: the rows of a large file are never all in memory.
     */
    public long create(String kind, String fileName, Caller caller, byte[] content, java.util.function.Consumer<RowSink> reading) {
        JobRun run = new JobRun(kind, fileName, caller.login(), caller.authorityId(), clock.instant());
        em.persist(run);
        em.flush();
        long id = run.getId();
        em.persist(new JobFile(id, content));
        int[] counts = new int[2]; // stored, accepted
        reading.accept((r, draft) -> {
            byte[] payload = null;
            if (r.status() != ImportRow.Status.REJECTED) {
                payload = Payloads.write(draft);
                counts[1]++;
            }
            em.persist(new JobRow(id, r.line(), r.status().name(), r.key(), r.name(),
                    r.messages().isEmpty() ? null : String.join(JobRowView.SEPARATOR, r.messages()), payload));
            if (++counts[0] % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        });
        em.flush();
        em.clear();
        em.find(JobRun.class, id).setTotalRows(counts[1]);
        return id;
    }

    /** One row of a job that is not an import: what it is called (key and name, for the job's row list) and its draft. */
    public record PlannedRow(String key, String name, Serializable draft) {
    }

    /**
     * Stores a job whose rows the area planned (no file): every row VALID with its draft, a thousand rows per flush;
     * the job is PREVIEWED until {@link #begin} starts it.
     */
    public long createPlanned(String kind, String name, Caller caller, Long authorityId, java.util.stream.Stream<PlannedRow> rows) {
        JobRun run = new JobRun(kind, name, caller.login(), authorityId, clock.instant());
        em.persist(run);
        em.flush();
        long id = run.getId();
        int[] count = new int[1];
        rows.forEach(r -> {
            em.persist(new JobRow(id, ++count[0], "VALID", r.key(), r.name(), null, Payloads.write(r.draft())));
            if (count[0] % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        });
        em.flush();
        em.clear();
        em.find(JobRun.class, id).setTotalRows(count[0]);
        return id;
    }

    /**
     * The refused rows of a job — rejected by the check or failed when written — line → the reasons, in file order
     * (what the result file lists).
     */
    public java.util.SortedMap<Integer, String> refused(long id) {
        java.util.SortedMap<Integer, String> out = new java.util.TreeMap<>();
        for (Object[] r : em.createQuery("select r.line, r.messages from JobRow r where r.jobId = :j "
                        + "and (r.verdict = 'REJECTED' or r.outcome = 'FAILED') order by r.line", Object[].class)
                .setParameter("j", id).getResultList()) {
            String reasons = r[1] == null ? "" : ((String) r[1]).replace(JobRowView.SEPARATOR, "; ");
            out.put(((Number) r[0]).intValue(), reasons);
        }
        return out;
    }

    public JobRun run(long id) {
        JobRun run = em.find(JobRun.class, id);
        if (run == null) {
            throw new NotFound("Задание не найдено");
        }
        return run;
    }

    /** Verdict → number of rows, for the given jobs. */
    public Map<Long, Map<String, Long>> verdicts(List<Long> jobs) {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        if (!jobs.isEmpty()) {
            for (Object[] row : em.createQuery("select r.jobId, r.verdict, count(r) from JobRow r where r.jobId in :jobs "
                    + "group by r.jobId, r.verdict", Object[].class).setParameter("jobs", jobs).getResultList()) {
                out.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((String) row[1], (Long) row[2]);
            }
        }
        return out;
    }

    public JobView view(JobRun run) {
        Map<String, Long> v = verdicts(List.of(run.getId())).getOrDefault(run.getId(), Map.of());
        return JobView.of(run, v.getOrDefault("VALID", 0L), v.getOrDefault("CORRECTED", 0L), v.getOrDefault("REJECTED", 0L));
    }

    /**
     * Marks a run RUNNING, under a lock so that two confirmations or re-runs cannot both start it.
     *
     * @param from the states it may be started from
     */
    public void begin(long id, List<JobStatus> from) {
        JobRun run = em.find(JobRun.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new NotFound("Задание не найдено");
        }
        if (!from.contains(run.getStatus())) {
            throw new Conflict("Задание в состоянии «" + JobTexts.status(run.getStatus()) + "» запустить нельзя");
        }
        run.start(clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long id, JobStatus status, String message) {
        JobRun run = em.find(JobRun.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (run != null && run.getStatus() == JobStatus.RUNNING) {
            run.finish(status, clock.instant(), message);
        }
    }

    /** The runs RUNNING now, id → kind (at startup: those a server that stopped left RUNNING). */
    public Map<Long, String> running() {
        Map<Long, String> out = new TreeMap<>();
        for (Object[] r : em.createQuery("select j.id, j.kind from JobRun j where j.status = :s", Object[].class)
                .setParameter("s", JobStatus.RUNNING).getResultList()) {
            out.put((Long) r[0], (String) r[1]);
        }
        return out;
    }

    /** Runs left RUNNING by a server that stopped become INTERRUPTED (called once at startup). */
    public int interruptRunning() {
        List<JobRun> running = em.createQuery("select j from JobRun j where j.status = :s", JobRun.class)
                .setParameter("s", JobStatus.RUNNING).getResultList();
        running.forEach(j -> j.finish(JobStatus.INTERRUPTED, clock.instant(),
                "Сервер был остановлен во время работы задания. Записанные строки сохранены; запустите задание повторно, чтобы дописать остальные"));
        return running.size();
    }

    /** Ids and lines of the rows still to write, after a line, in file order (the batch reader's page). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<long[]> pending(long job, int afterLine, int limit) {
        List<long[]> out = new ArrayList<>();
        for (Object[] r : em.createQuery("select r.id, r.line from JobRow r where r.jobId = :j and r.line > :after "
                        + "and r.outcome is null and r.verdict <> 'REJECTED' order by r.line", Object[].class)
                .setParameter("j", job).setParameter("after", afterLine).setMaxResults(limit).getResultList()) {
            out.add(new long[] {(Long) r[0], ((Number) r[1]).longValue()});
        }
        return out;
    }

    /**
     * Writes a chunk in a transaction of its own: the records and the outcome of their rows commit together, so
     * after a crash a row is either written and marked or neither; rows already marked are skipped, so a re-run
     * never writes a row twice. A failure (e.g. a record created concurrently) rolls the whole chunk back and the
     * batch runtime retries it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void writeChunk(long job, List<Long> rowIds, JobTarget target) {
        List<JobRow> rows = em.createQuery("select r from JobRow r where r.id in :ids and r.outcome is null order by r.line",
                JobRow.class).setParameter("ids", rowIds).getResultList();
        // the payloads in one query: the lazy attribute would be read row by row
        Map<Long, byte[]> payloads = new HashMap<>();
        for (Object[] p : em.createQuery("select r.id, r.payload from JobRow r where r.id in :ids", Object[].class)
                .setParameter("ids", rowIds).getResultList()) {
            payloads.put((Long) p[0], (byte[]) p[1]);
        }
        List<Serializable> drafts = rows.stream().map(r -> Payloads.read(payloads.get(r.getId()))).toList();
        List<JobTarget.Outcome> outcomes = target.write(drafts);
        int failed = 0;
        for (int i = 0; i < rows.size(); i++) {
            JobTarget.Outcome o = outcomes.get(i);
            if (o.refusal() == null) {
                rows.get(i).written(o.recordId());
            } else {
                rows.get(i).failed(o.refusal());
                failed++;
            }
        }
        em.createQuery("update JobRun j set j.processedRows = j.processedRows + :n, j.failedRows = j.failedRows + :f where j.id = :id")
                .setParameter("n", rows.size()).setParameter("f", failed).setParameter("id", job).executeUpdate();
    }

    /** Who started a job: the batch writer writes for that user. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String startedBy(long id) {
        return run(id).getStartedBy();
    }

    /** The kind of a job, for the batch writer. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String kind(long id) {
        return run(id).getKind();
    }

    public byte[] file(long id) {
        JobFile f = em.find(JobFile.class, id);
        return f == null ? null : f.getContent();
    }
}
