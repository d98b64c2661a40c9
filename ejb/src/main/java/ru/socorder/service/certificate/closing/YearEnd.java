package ru.socorder.service.certificate.closing;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateStatus;
import ru.socorder.model.certificate.ClosedContract;
import ru.socorder.model.certificate.ClosingCalendar;
import ru.socorder.model.certificate.ClosingStatus;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.certificate.ContractStatus;
import ru.socorder.model.job.JobStatus;
import ru.socorder.model.registry.ProgrammeGroup;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.certificate.CertificateExpiry;
import ru.socorder.service.certificate.CertificateIssuing;
import ru.socorder.service.certificate.ContractLifecycle;
import ru.socorder.service.certificate.VolumeUse;
import ru.socorder.service.certificate.enrolment.ContractAllocation;
import ru.socorder.service.certificate.enrolment.ContractLedger;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.job.JobProgress;
import ru.socorder.service.job.JobStore;
import ru.socorder.service.job.Jobs;
import ru.socorder.service.lifecycle.TransitionLog;
import ru.socorder.service.security.Caller;

/**
 * The year end of a territory (a control; the boundary checked the rights, the timer needs none). Two passes, each
 * unit a transaction of its own, so a crash leaves every unit done or not done and a re-run continues with what is
 * left: (1) every contract still in force on a certificate of the year — ended within the year: completed, what it
 * did not consume released; its group continuing past 31 December: continued on the next year's certificate (ahead
 * of the queue, see {@link CertificateIssuing#continuation}) for the hours not consumed, or listed with the reason it
 * could not; either way its allocation on this year's certificate is released; (2) every certificate of the year
 * still active expires, its available balance lapsing ({@link CertificateExpiry#lapse}). A second run finds nothing
 * to do, except contracts that could not continue, which it tries again (a row changes only if the outcome does).
 * Runs as a job ({@link YearEndWriter}: progress, re-run and recovery as every job) started by the timer after the
 * closing date (nightly and at start: {@link #catchUp}, as «system») or by hand.
 */
@Stateless
public class YearEnd {
    private static final Logger LOG = Logger.getLogger(YearEnd.class.getName());
    private static final List<CertificateStatus> ACTIVE = List.of(CertificateStatus.ISSUED, CertificateStatus.IN_USE, CertificateStatus.SUSPENDED);
    private static final List<ContractStatus> LIVE = List.of(ContractStatus.CONCLUDED, ContractStatus.ACTIVE);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @EJB
    private ContractLedger contracts;

    @EJB
    private CertificateExpiry expiry;

    @EJB
    private CertificateIssuing issuing;

    @EJB
    private TransitionLog transitions;

    @EJB
    private AuditLog audit;

    @EJB
    private Jobs jobs;

    @Schedule(hour = "3", minute = "10", persistent = false, info = "year-end closings past their closing date")
    public void nightly() {
        catchUp();
    }

    /**
     * Starts the closings whose closing date has passed and resumes those whose job a crash or a failure cut off
     * (at start, after {@code JobRecovery} marked them interrupted); returns how many. Work nobody started: the job's
     * starter is {@link Caller#system()}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int catchUp() {
        List<Long> due = em.createQuery("select c.id from ClosingCalendar c where c.status <> :closed and (c.closingDate < :today "
                        + "or c.status = :running) order by c.id", Long.class).setParameter("closed", ClosingStatus.CLOSED)
                .setParameter("today", LocalDate.now(clock)).setParameter("running", ClosingStatus.IN_PROGRESS).getResultList();
        int started = 0;
        for (Long id : due) {
            started += run(id, Caller.system()) ? 1 : 0;
        }
        return started;
    }

    /** The closing's latest job — status and progress —, or null before the first run. */
    public JobProgress job(ClosingCalendar cal) {
        return cal.getJobId() == null ? null : jobs.progress(cal.getJobId());
    }

    /** Whether the closing's job runs now. */
    public boolean running(ClosingCalendar cal) {
        return cal.getJobId() != null && jobs.status(cal.getJobId()) == JobStatus.RUNNING;
    }

    /**
     * The year end as a job (kind {@value YearEndWriter#KIND}, the starter's): a job cut off is resumed — the units
     * it wrote stay —, otherwise the units left are planned anew (a second run of a closed year finds only contracts
     * that could not continue, and tries them again). Nothing while the closing's job runs.
     *
     * @return whether a job was started or resumed
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean run(long closingId, Caller starter) {
        ClosingCalendar cal = em.find(ClosingCalendar.class, closingId);
        if (cal.getJobId() != null) {
            JobStatus job = jobs.status(cal.getJobId());
            if (job == JobStatus.RUNNING || job == JobStatus.PREVIEWED) {
                return false;
            }
            if (job == JobStatus.FAILED || job == JobStatus.INTERRUPTED) {
                jobs.resumeAsArea(cal.getJobId());
                return true;
            }
        }
        long job = context.getBusinessObject(YearEnd.class).plan(closingId, starter);
        jobs.start(job);
        return true;
    }

    /** The transaction of a start: the units to do planned as the rows of a new job (contracts first, then certificates). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long plan(long closingId, Caller starter) {
        ClosingCalendar cal = em.find(ClosingCalendar.class, closingId, LockModeType.PESSIMISTIC_WRITE);
        Set<Long> territories = territories(cal);
        List<Long> ks = em.createQuery("select k.id from ConsumerContract k where k.certificate.year = :y and k.status in :live "
                        + "and k.authority.territory.id in :t order by k.id", Long.class).setParameter("y", cal.getYear())
                .setParameter("live", LIVE).setParameter("t", territories).getResultList();
        List<Long> cs = em.createQuery("select c.id from Certificate c where c.year = :y and c.status in :active "
                        + "and c.authority.territory.id in :t order by c.id", Long.class).setParameter("y", cal.getYear())
                .setParameter("active", ACTIVE).setParameter("t", territories).getResultList();
        java.util.stream.Stream<JobStore.PlannedRow> rows = java.util.stream.Stream.concat(
                ks.stream().map(k -> new JobStore.PlannedRow("k" + k, "Договор " + k, new YearEndWriter.Unit(closingId, true, k))),
                cs.stream().map(c -> new JobStore.PlannedRow("c" + c, "Сертификат " + c, new YearEndWriter.Unit(closingId, false, c))));
        long job = jobs.create(starter, YearEndWriter.KIND, "Закрытие " + cal.getYear() + " года", null, rows);
        cal = em.find(ClosingCalendar.class, closingId);
        cal.start(starter.login(), VolumeUse.now(clock), ks.size() + cs.size(), job);
        audit.recordAs(starter.login(), AuditEvent.YEAR_CLOSING_STARTED, cal.getId(),
                cal.getYear() + ": договоров " + ks.size() + ", сертификатов " + cs.size());
        return job;
    }

    /** One contract of the year: completed, continued or not continued; its allocation on the year's certificate released. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void decide(long closingId, long contractId, String actor) {
        ConsumerContract k = em.find(ConsumerContract.class, contractId);
        Certificate c = contracts.lock(k.getCertificate().getId());
        em.refresh(k);
        int year = c.getYear(); // the closing's: its units are the contracts and certificates of its year
        if (LIVE.contains(k.getStatus())) {
            ClosedContract row = em.createQuery("select r from ClosedContract r where r.contract = :k", ClosedContract.class)
                    .setParameter("k", k).getResultStream().findFirst().orElse(null);
            if (row == null) {
                row = new ClosedContract(em.getReference(ClosingCalendar.class, closingId), k);
            }
            String why = "закрытие " + year + " года";
            ContractAllocation left = ClosingRules.continues(k.getEndsOn(), year)
                    ? ClosingRules.remaining(k.getHours(), contracts.consumedHours(k), k.getPricePerHour()) : null;
            if (left == null) {
                complete(k, c, row, why, actor, true);
            } else {
                carryOver(k, c, row, left, year + 1, actor, why);
            }
            if (row.getId() == null) {
                em.persist(row);
            }
            if (c.getStatus() == CertificateStatus.EXPIRED) {
                expiry.lapse(c, why, actor); // what the contract gave back lapses on a certificate expired before
            }
        }
        DatabaseErrors.flush(em, Map.of());
    }

    private void complete(ConsumerContract k, Certificate c, ClosedContract row, String why, String actor, boolean freePlace) {
        ContractAllocation released = contracts.release(c, k, actor, why);
        row.released(released.hours(), released.amount());
        if (freePlace && k.getGroup() != null) {
            em.find(ProgrammeGroup.class, k.getGroup().getId(), LockModeType.PESSIMISTIC_WRITE).free();
        }
        ContractStatus from = k.getStatus();
        ContractStatus to = ContractLifecycle.TABLE.follow(from, ContractLifecycle.Action.YEAR_END);
        k.moveTo(to);
        transitions.automatic(ContractLifecycle.RECORD, k.getId(), ContractLifecycle.Action.YEAR_END, from, to, why);
        row.completed(VolumeUse.now(clock));
    }

    private void carryOver(ConsumerContract k, Certificate c, ClosedContract row, ContractAllocation left, int nextYear, String actor, String why) {
        CertificateIssuing.Continuation on = issuing.continuation(k.getAuthority(), c.getConsumer(), c.getService(), nextYear,
                "продолжение договора № " + k.getNumber() + " (" + why + ")", actor);
        ClosingRules.Refusal refusal = on.certificate() == null ? ClosingRules.refusal(on.refused()) : null;
        Certificate next = null;
        if (refusal == null) {
            next = contracts.lock(on.certificate().getId());
            var balance = contracts.balance(next);
            if (!left.fits(balance)) {
                refusal = ClosingRules.insufficient(left, balance.availableAmount());
            }
        }
        if (refusal != null) {
            ContractAllocation released = contracts.release(c, k, actor, why);
            row.released(released.hours(), released.amount());
            if (row.getOutcome() == null || row.getReason() != refusal.reason() || !Objects.equals(row.getReasonText(), refusal.text())) {
                row.notContinued(refusal.reason(), refusal.text(), VolumeUse.now(clock));
            }
            return;
        }
        ConsumerContract continuation = ConsumerContract.continuation(k, next, ClosingRules.continuationNumber(nextYear, k.getId()),
                LocalDate.now(clock), left.hours(), left.amount());
        em.persist(continuation);
        DatabaseErrors.flush(em, Map.of("uk_consumer_contract_continues", "Этот договор уже продолжен"));
        transitions.createdAutomatically(ContractLifecycle.RECORD, continuation.getId(), ContractStatus.CONCLUDED,
                "продолжение договора № " + k.getNumber() + " на " + nextYear + " год");
        contracts.allocate(next, continuation, left, actor);
        complete(k, c, row, why + ": договор продолжен договором № " + continuation.getNumber(), actor, false);
        row.continued(continuation, VolumeUse.now(clock));
    }

    /** One certificate of the year still active: its available balance lapses, it expires. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void expire(long closingId, long certificateId, String actor) {
        Certificate c = contracts.lock(certificateId);
        if (ACTIVE.contains(c.getStatus())) {
            expiry.lapse(c, "закрытие " + c.getYear() + " года", actor);
        }
        em.flush();
    }

    /** The job wrote every unit ({@code units} of them): the year is closed (called in the job's ending transaction). */
    public void finish(long closingId, String actor, int units) {
        ClosingCalendar cal = em.find(ClosingCalendar.class, closingId, LockModeType.PESSIMISTIC_WRITE);
        cal.finish(VolumeUse.now(clock));
        audit.recordAs(actor, AuditEvent.YEAR_CLOSING_FINISHED, cal.getId(), cal.getYear() + ": обработано " + units);
        LOG.info(() -> "Year " + cal.getYear() + " closed in territory " + cal.getTerritory().getId() + ": " + units + " units");
    }

    /** The territory of the calendar and those under it that have no calendar of their own for the year. */
    private Set<Long> territories(ClosingCalendar cal) {
        Map<Long, Long> parents = new HashMap<>();
        for (Object[] t : em.createQuery("select t.id, p.id from Territory t left join t.parent p", Object[].class).getResultList()) {
            parents.put((Long) t[0], (Long) t[1]);
        }
        Set<Long> ownCalendars = new HashSet<>(em.createQuery("select c.territory.id from ClosingCalendar c where c.year = :y", Long.class)
                .setParameter("y", cal.getYear()).getResultList());
        long root = cal.getTerritory().getId();
        Set<Long> out = new HashSet<>();
        for (Long id : parents.keySet()) {
            Long t = id;
            while (t != null && t != root && !ownCalendars.contains(t)) {
                t = parents.get(t);
            }
            if (t != null && t == root) {
                out.add(id);
            }
        }
        return out;
    }

}
