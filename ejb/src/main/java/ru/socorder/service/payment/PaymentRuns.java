package ru.socorder.service.payment;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.socorder.model.job.JobStatus;
import ru.socorder.model.payment.Invoice;
import ru.socorder.model.payment.PaymentRun;
import ru.socorder.model.payment.PaymentRunStatus;
import ru.socorder.model.security.Role;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.calendar.ProductionCalendar;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.PagedQuery;
import ru.socorder.service.job.JobProgress;
import ru.socorder.service.job.JobStore;
import ru.socorder.service.job.JobTargets;
import ru.socorder.service.job.Jobs;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.Rights;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;

/**
 * Оплата: the boundary of a month's payment run. A run for month M (after M, once the executors' submissions are in)
 * settles M — an act per agreement: delivered − M's advance − the overpayment carried in — and prepares the advance
 * of M+1, paid on M+1's working day of the authority's payment settings ({@link PaymentSettings}; the 2nd by
 * default) together with M's settlement — the day is fixed when the run is built, so an approved month keeps it. One run per
 * authority and month: starting it again resumes a run cut off (the written agreements stay), rebuilds a READY run
 * that is not approved (its rows are deleted and written again from the current data), and changes nothing once the
 * run is APPROVED. Runs are approved in calendar order: a month is refused while an earlier run of the authority is
 * not approved (its advance and overpayment are what the month settles against).
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class PaymentRuns {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @EJB
    private Jobs jobs;

    @Inject
    private JobTargets targets;

    @EJB
    private JobStore jobStore;

    @EJB
    private PaymentSource source;

    @EJB
    private ProductionCalendar calendar;

    @EJB
    private AuditLog audit;

    @Resource
    private SessionContext context;

    /** What {@link #prepare} decided: nothing to do, a new job to launch, or a cut-off job to re-run. */
    public record Prepared(long runId, Long jobId, boolean launch, boolean rerun) {
    }

    /** Starts or resumes the month's run (see the class); answers where it stands. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PaymentRunView start(long authorityId, YearMonth month) {
        Prepared p = context.getBusinessObject(PaymentRuns.class).prepare(authorityId, month);
        if (p.rerun()) { // the rights are the run's (any clerk of the authority), not the job's (whoever started it)
            jobs.resumeAsArea(p.jobId());
        } else if (p.launch()) {
            jobs.start(p.jobId());
        }
        return context.getBusinessObject(PaymentRuns.class).get(p.runId());
    }

    /** The transaction of a start: the run locked, its rows planned as a job or its cut-off job resumed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Prepared prepare(long authorityId, YearMonth month) {
        Caller caller = currentUser.get();
        requireClerk(caller, authorityId);
        PaymentRun run = find(authorityId, month, true);
        if (run == null) {
            Long unapproved = em.createQuery("select count(r) from PaymentRun r where r.authorityId = :a and r.month < :m "
                    + "and r.status <> :approved", Long.class).setParameter("a", authorityId).setParameter("m", month.atDay(1))
                    .setParameter("approved", PaymentRunStatus.APPROVED).getSingleResult();
            if (unapproved > 0) {
                throw new Conflict("Есть неутверждённый расчёт оплаты за более ранний месяц: сначала утвердите его");
            }
            run = new PaymentRun(authorityId, month, caller.login(), clock.instant());
            em.persist(run);
            em.flush();
        } else if (run.getStatus() == PaymentRunStatus.APPROVED) {
            return new Prepared(run.getId(), run.getJobId(), false, false);
        } else if (run.getJobId() != null && run.getStatus() != PaymentRunStatus.READY) {
            JobStatus job = jobs.status(run.getJobId());
            if (job == JobStatus.RUNNING) {
                return new Prepared(run.getId(), run.getJobId(), false, false);
            }
            if (job == JobStatus.FAILED || job == JobStatus.INTERRUPTED) {
                run.resume();
                return new Prepared(run.getId(), run.getJobId(), false, true);
            }
            if (job == JobStatus.COMPLETED) { // every agreement written, the last step (totals, READY) failed: do it again
                targets.of(PaymentRunWriter.KIND).finished(run.getJobId(), true);
                return new Prepared(run.getId(), run.getJobId(), false, false);
            }
        } else if (run.getStatus() == PaymentRunStatus.READY) {
            deleteRows(run.getId());
            audit.record(AuditEvent.PAYMENT_RUN_REBUILT, run.getId(), month.toString());
        }
        List<Object[]> agreements = source.agreementsOf(authorityId, month);
        long runId = run.getId();
        long job = jobs.create(PaymentRunWriter.KIND, "Оплата за " + month, authorityId, agreements.stream().map(a -> new JobStore.PlannedRow(
                String.valueOf(a[0]), "Соглашение № " + a[1], new PaymentRunWriter.Row(runId, ((Number) a[0]).longValue()))));
        run = em.find(PaymentRun.class, runId);
        run.start(job, agreements.size(), payDay(authorityId, month)); // the authority's day now; frozen with the run
        return new Prepared(runId, job, true, false);
    }

    /** The unapproved rows of a run, before it is rebuilt: payment orders, lines, invoices. */
    private void deleteRows(long runId) {
        em.createQuery("delete from PaymentOrder o where o.runId = :r").setParameter("r", runId).executeUpdate();
        em.createQuery("delete from InvoiceLine l where l.invoice.id in (select i.id from Invoice i where i.runId = :r)")
                .setParameter("r", runId).executeUpdate();
        em.createQuery("delete from Invoice i where i.runId = :r").setParameter("r", runId).executeUpdate();
    }

    /** The approver's approval: the READY run and its invoices and orders become final; nothing changes them after. */
    public PaymentRunView approve(long runId) {
        Caller caller = currentUser.get();
        PaymentRun run = em.find(PaymentRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !sees(caller, run.getAuthorityId())) {
            throw new NotFound("Расчёт оплаты не найден");
        }
        caller.require(Rights.Action.APPROVE, run);
        if (run.getStatus() != PaymentRunStatus.READY) {
            throw new Conflict("Утвердить можно только рассчитанную оплату; сейчас: " + run.getStatus().label());
        }
        run.approve(caller.login(), clock.instant());
        em.createQuery("update Invoice i set i.status = 'APPROVED' where i.runId = :r").setParameter("r", runId).executeUpdate();
        em.createQuery("update PaymentOrder o set o.status = 'APPROVED' where o.runId = :r").setParameter("r", runId).executeUpdate();
        audit.record(AuditEvent.PAYMENT_RUN_APPROVED, runId, run.getMonth() + ": к оплате " + run.getTotalDue());
        return get(runId);
    }

    public PaymentRunView get(long runId) {
        PaymentRun run = em.find(PaymentRun.class, runId);
        if (run == null || !sees(currentUser.get(), run.getAuthorityId())) {
            throw new NotFound("Расчёт оплаты не найден");
        }
        return view(run);
    }

    /** The month's run of the authority, or {@link PaymentRunView#none} before the first start. */
    public PaymentRunView ofMonth(long authorityId, YearMonth month) {
        if (!sees(currentUser.get(), authorityId)) {
            throw new NotFound("Уполномоченный орган не найден");
        }
        PaymentRun run = find(authorityId, month, false);
        return run == null ? PaymentRunView.none(authorityId, month, payDay(authorityId, month)) : view(run);
    }

    /** A run visible to the caller whose results may be shown (READY or APPROVED). */
    public PaymentRun readable(long runId) {
        PaymentRun run = em.find(PaymentRun.class, runId);
        Caller caller = currentUser.get();
        if (run == null || !sees(caller, run.getAuthorityId()) && !caller.has(Role.EXECUTOR)) {
            throw new NotFound("Расчёт оплаты не найден");
        }
        if (!run.getStatus().visible()) {
            throw new Conflict("Расчёт оплаты не завершён: результаты появятся, когда он будет рассчитан");
        }
        return run;
    }

    /**
     * Invoices of the finished (READY or APPROVED) runs in the caller's scope — an executor's users their own only —,
     * of one run or of all.
     */
    public Page<InvoiceView> invoices(Long runId, Long executorId, PageRequest request) {
        Caller caller = currentUser.get();
        PagedQuery<Invoice> q = PagedQuery.of(em, Invoice.class, "i", null, DataScope.authorityAndExecutor(caller, "i.authorityId", "i.executorId"))
                .filter("i.runId in (select r.id from PaymentRun r where r.status in :visible)", "visible",
                        List.of(PaymentRunStatus.READY, PaymentRunStatus.APPROVED))
                .search("i.agreementNumber")
                .sortable(Map.of("month", "i.month", "agreementNumber", "i.agreementNumber", "amountDue", "i.amountDue", "kind", "i.kind"),
                        "i.month desc, i.agreementNumber, i.kind desc");
        if (runId != null) {
            q = q.filter("i.runId = :run", "run", runId);
        }
        if (executorId != null) {
            q = q.filter("i.executorId = :executor", "executor", executorId);
        }
        Page<Invoice> page = q.page(request);
        Map<Long, String> names = executorNames(page.items().stream().map(Invoice::getExecutorId).distinct().toList());
        Map<Long, Integer> lines = new HashMap<>();
        if (!page.items().isEmpty()) {
            for (Object[] r : em.createQuery("select l.invoice.id, count(l) from InvoiceLine l where l.invoice.id in :ids group by l.invoice.id",
                    Object[].class).setParameter("ids", page.items().stream().map(Invoice::getId).toList()).getResultList()) {
                lines.put((Long) r[0], ((Number) r[1]).intValue());
            }
        }
        return new Page<>(page.items().stream().map(i -> InvoiceView.of(i, names.get(i.getExecutorId()), lines.getOrDefault(i.getId(), 0)))
                .toList(), page.total());
    }

    public Map<Long, String> executorNames(List<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("select e.id, e.shortName, e.fullName from Executor e where e.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                out.put((Long) r[0], r[1] != null ? (String) r[1] : (String) r[2]);
            }
        }
        return out;
    }

    private PaymentRunView view(PaymentRun run) {
        LocalDate payOn = run.getPayOn() != null ? run.getPayOn() : payDay(run.getAuthorityId(), run.getMonth());
        if (run.getJobId() == null) {
            return PaymentRunView.of(run, payOn, null, 0, null);
        }
        JobProgress job = jobs.progress(run.getJobId());
        if (run.getStatus() == PaymentRunStatus.RUNNING && !job.running()) {
            // the run was read before its job: the job's end commits after the run's (JobRunListener), so read the run
            // again — or a run that ended between the two reads shows RUNNING beside a COMPLETED job
            em.refresh(run);
        }
        return PaymentRunView.of(run, payOn, job.status(), job.processed(), job.message());
    }

    /** The pay day of the month after {@code month} by the authority's payment settings as they are now. */
    private LocalDate payDay(long authorityId, YearMonth month) {
        return Advance.payDay(calendar.days(), month.plusMonths(1), source.payWorkingDay(authorityId));
    }

    private PaymentRun find(long authorityId, YearMonth month, boolean lock) {
        var q = em.createQuery("select r from PaymentRun r where r.authorityId = :a and r.month = :m", PaymentRun.class)
                .setParameter("a", authorityId).setParameter("m", month.atDay(1));
        if (lock) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        List<PaymentRun> found = q.getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Whether the caller reads the authority's payment runs ({@code security.SelectionRights}). */
    static boolean sees(Caller caller, long authorityId) {
        return caller.can(Rights.Action.READ, Rights.of(PaymentRun.class, authorityId));
    }

    private static void requireClerk(Caller caller, long authorityId) {
        caller.require(Rights.Action.CREATE, Rights.of(PaymentRun.class, authorityId));
    }
}
