package ru.socorder.service.certificate;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateApplication;
import ru.socorder.model.certificate.CertificateApplicationStatus;
import ru.socorder.model.certificate.CertificateStatus;
import ru.socorder.model.certificate.CertificateTerms;
import ru.socorder.model.certificate.Consumer;
import ru.socorder.model.certificate.RefusalReason;
import ru.socorder.model.identifier.CertificateNumber;
import ru.socorder.model.identifier.Oktmo;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.lifecycle.TransitionLog;
import ru.socorder.service.order.AllowedVolume;
import ru.socorder.service.order.OrderVolumes;

/**
 * Deciding applications and serving the queue within the order's certificate volume. Everything that issues runs under
 * the lock of its volume ({@link IssueLock}: authority, service, year), so requests racing for the last units are
 * decided one after the other and never more is issued than the approved order allows. Under the lock the queue is
 * served first, in order ({@link VolumeUse#QUEUE_ORDER}); a new application is then issued only if it fits and nobody
 * waits before it. Called by the boundaries (which checked the caller's rights) in their transaction.
 */
@Stateless
public class CertificateIssuing {
    private static final Map<String, String> DUPLICATES = Map.of(
            "uk_certificate_active", "У ребёнка уже есть действующий сертификат на эту услугу (направление) в этом году",
            "uk_certificate_number", "Номер сертификата уже занят: повторите действие");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private IssueLock locks;

    @EJB
    private OrderVolumes volumes;

    @EJB
    private CertificateTermsService terms;

    @EJB
    private CertificateLedger ledger;

    @EJB
    private ru.socorder.service.certificate.closing.ClosingCalendars calendars;

    @EJB
    private TransitionLog transitions;

    @EJB
    private AuditLog audit;

    /** Decides a RECEIVED application: issued, queued or refused (with every reason found). */
    public void decide(CertificateApplication a) {
        lock(a.getAuthority().getId(), a.getService().getId(), a.getYear());
        serve(a.getAuthority(), a.getService(), a.getYear());
        Situation s = situation(a);
        CertificateApplicationLifecycle.Actor clerk = new CertificateApplicationLifecycle.Actor(true);
        CertificateApplicationStatus from = a.getStatus();
        switch (s.verdict().outcome()) {
            case REFUSE -> {
                CertificateApplicationLifecycle.TABLE.next(from, CertificateApplicationLifecycle.Action.REFUSE, clerk, s.verdict().text());
                refuse(a, s.verdict());
                transitions.record(CertificateApplicationLifecycle.RECORD, a.getId(), CertificateApplicationLifecycle.Action.REFUSE, from,
                        a.getStatus(), comment(s.verdict()));
            }
            case QUEUE -> enqueue(a, clerk);
            case ISSUE -> {
                if (queueLength(a) > 0) {
                    enqueue(a, clerk);
                } else {
                    CertificateApplicationStatus to = CertificateApplicationLifecycle.TABLE.next(from, CertificateApplicationLifecycle.Action.ISSUE,
                            clerk, null);
                    issue(a, s.terms(), to, CertificateApplicationLifecycle.Action.ISSUE);
                }
            }
        }
    }

    private void enqueue(CertificateApplication a, CertificateApplicationLifecycle.Actor clerk) {
        CertificateApplicationStatus from = a.getStatus();
        CertificateApplicationStatus to = CertificateApplicationLifecycle.TABLE.next(from, CertificateApplicationLifecycle.Action.ENQUEUE,
                clerk, null);
        a.moveTo(to, VolumeUse.now(clock));
        transitions.record(CertificateApplicationLifecycle.RECORD, a.getId(), CertificateApplicationLifecycle.Action.ENQUEUE, from, to,
                "объём социального заказа по сертификатам исчерпан");
    }

    /** Volume was freed (a certificate ended): the queue of its volume is served. */
    public void freed(Certificate c) {
        lock(c.getAuthority().getId(), c.getService().getId(), c.getYear());
        serve(c.getAuthority(), c.getService(), c.getYear());
    }

    /** An order was approved or published: the queues of its authority for its services are served. */
    public void orderApproved(long orderId) {
        SocialOrder o = em.find(SocialOrder.class, orderId);
        if (o == null) {
            return;
        }
        List<Object[]> queues = em.createQuery("select distinct a.service.id, a.year from CertificateApplication a where a.authority.id = :auth "
                        + "and a.status = :queued and a.service.id in (select l.service.id from OrderLine l where l.order.id = :o) "
                        + "order by a.service.id, a.year", Object[].class)
                .setParameter("auth", o.getAuthority().getId()).setParameter("queued", CertificateApplicationStatus.QUEUED)
                .setParameter("o", orderId).getResultList();
        for (Object[] q : queues) {
            SocialService service = em.find(SocialService.class, ((Number) q[0]).longValue());
            int year = ((Number) q[1]).intValue();
            lock(o.getAuthority().getId(), service.getId(), year);
            serve(o.getAuthority(), service, year);
        }
    }

    /** The 1-based position of a queued application in its queue. */
    public long position(CertificateApplication a) {
        return em.createQuery("select count(q) from CertificateApplication q where q.authority.id = :auth and q.service.id = :s "
                        + "and q.year = :y and q.status = :queued and (q.enqueuedAt < :at or (q.enqueuedAt = :at and q.id <= :id))", Long.class)
                .setParameter("auth", a.getAuthority().getId()).setParameter("s", a.getService().getId()).setParameter("y", a.getYear())
                .setParameter("queued", CertificateApplicationStatus.QUEUED).setParameter("at", a.getEnqueuedAt()).setParameter("id", a.getId())
                .getSingleResult();
    }

    private long queueLength(CertificateApplication a) {
        return em.createQuery("select count(q) from CertificateApplication q where q.authority.id = :auth and q.service.id = :s "
                        + "and q.year = :y and q.status = :queued", Long.class)
                .setParameter("auth", a.getAuthority().getId()).setParameter("s", a.getService().getId()).setParameter("y", a.getYear())
                .setParameter("queued", CertificateApplicationStatus.QUEUED).getSingleResult();
    }

    /**
     * Issues to the queue, in order, while the volume allows ({@link Eligibility#whenServed}). An application whose
     * child is no longer eligible (another active certificate for the service or direction meanwhile, out of the age
     * band on the start date, the service gone from the order, …) is refused with the reasons, as the intake would
     * refuse it — an automatic step of the system — and the queue goes on behind it; the others keep their order, and
     * their positions, counted from it, close up.
     */
    private void serve(AuthorisedBody authority, SocialService service, int year) {
        List<CertificateApplication> queue = em.createQuery("select a from CertificateApplication a join fetch a.consumer "
                        + "where a.authority.id = :auth and a.service.id = :s and a.year = :y and a.status = :queued "
                        + "order by a.enqueuedAt, a.id", CertificateApplication.class)
                .setParameter("auth", authority.getId()).setParameter("s", service.getId()).setParameter("y", year)
                .setParameter("queued", CertificateApplicationStatus.QUEUED).getResultList();
        for (CertificateApplication a : queue) {
            Situation s = situation(a);
            switch (Eligibility.whenServed(s.verdict())) {
                case WAIT -> {
                    return; // first come, first served: nobody overtakes the head
                }
                case SERVE -> {
                    CertificateApplicationStatus to = CertificateApplicationLifecycle.TABLE.follow(a.getStatus(),
                            CertificateApplicationLifecycle.Action.SERVE);
                    issue(a, s.terms(), to, CertificateApplicationLifecycle.Action.SERVE);
                }
                case REFUSE -> {
                    CertificateApplicationStatus from = a.getStatus();
                    CertificateApplicationStatus to = CertificateApplicationLifecycle.TABLE.follow(from,
                            CertificateApplicationLifecycle.Action.REFUSE_QUEUED);
                    refuse(a, s.verdict());
                    transitions.automatic(CertificateApplicationLifecycle.RECORD, a.getId(), CertificateApplicationLifecycle.Action.REFUSE_QUEUED,
                            from, to, comment(s.verdict()));
                }
            }
        }
    }

    /** Refuses with the verdict's reasons: the first one's code and every reason's text, for the adapters and the family. */
    private void refuse(CertificateApplication a, Eligibility.Verdict v) {
        a.refuse(v.reason(), v.text(), VolumeUse.now(clock));
    }

    private static String comment(Eligibility.Verdict v) {
        return v.reason().name() + ": " + v.text();
    }

    private record Situation(CertificateTerms terms, Eligibility.Verdict verdict) {
    }

    private Situation situation(CertificateApplication a) {
        CertificateTerms t = terms.of(a.getAuthority().getTerritory(), a.getYear());
        if (calendars.stopped(a.getAuthority().getTerritory(), a.getYear(), LocalDate.now(clock))) {
            return new Situation(t, new Eligibility.Verdict(Eligibility.Outcome.REFUSE, List.of(RefusalReason.YEAR_CLOSING)));
        }
        return situation(a.getAuthority(), a.getConsumer(), a.getService(), a.getYear(), t, a.getStartsOn());
    }

    private Situation situation(AuthorisedBody authority, Consumer child, SocialService service, int year, CertificateTerms t,
                                LocalDate startsOn) {
        Long direction = service.getDirection() == null ? null : service.getDirection().getId();
        var request = new Eligibility.Request(child.getBirthDate(), child.getTerritory(), startsOn, service.getId(), direction);
        List<Eligibility.Holding> holdings = em.createQuery("select c from Certificate c join fetch c.service where c.consumer.id = :c "
                        + "and c.status in :active", Certificate.class)
                .setParameter("c", child.getId()).setParameter("active", List.of(CertificateStatus.ISSUED, CertificateStatus.IN_USE,
                        CertificateStatus.SUSPENDED)).getResultList().stream()
                .map(c -> new Eligibility.Holding(c.getService().getId(),
                        c.getService().getDirection() == null ? null : c.getService().getDirection().getId(), c.getYear()))
                .toList();
        Optional<AllowedVolume> allowed = volumes.allowed(service.getId(), year, Method.CERTIFICATES);
        String unit = allowed.map(AllowedVolume::unitCode).orElse(null);
        BigDecimal demand = t == null ? BigDecimal.ONE : Eligibility.demand(unit, t);
        var volume = new Eligibility.Volume(allowed.map(AllowedVolume::volume).orElse(null), used(authority, service, year, unit), demand);
        return new Situation(t, Eligibility.check(t, request, holdings, volume));
    }

    /** What the active certificates of the authority, service and year take of the volume. */
    private BigDecimal used(AuthorisedBody authority, SocialService service, int year, String unitCode) {
        Object[] row = em.createQuery("select count(c), sum(c.nominalHours) from Certificate c where c.authority.id = :auth "
                        + "and c.service.id = :s and c.year = :y and c.activeKey is not null", Object[].class)
                .setParameter("auth", authority.getId()).setParameter("s", service.getId()).setParameter("y", year).getSingleResult();
        return VolumeUse.used(unitCode, ((Number) row[0]).longValue(), (BigDecimal) row[1]);
    }

    /**
     * The certificate of {@code year} a contract of a multi-year programme continues on (year-end closing), ahead of
     * the queue: the child's active certificate of that year for the service if there is one, else a new one issued
     * now under the volume's lock when the child is eligible and the order's volume has room — or the verdict saying
     * why not. Written as the system's step, the movement and the audit naming {@code actor}.
     */
    public Continuation continuation(AuthorisedBody authority, Consumer child, SocialService service, int year, String comment, String actor) {
        lock(authority.getId(), service.getId(), year);
        CertificateTerms t = terms.of(authority.getTerritory(), year);
        if (t != null) {
            String key = Certificate.activeKey(t.getOnePer(), child, service, year);
            Optional<Certificate> held = em.createQuery("select c from Certificate c where c.activeKey = :k and c.service.id = :s",
                    Certificate.class).setParameter("k", key).setParameter("s", service.getId()).getResultStream().findFirst();
            if (held.isPresent()) {
                return new Continuation(held.get(), null);
            }
        }
        LocalDate startsOn = t == null || t.getValidFrom().isBefore(LocalDate.of(year, 1, 1)) ? LocalDate.of(year, 1, 1) : t.getValidFrom();
        Eligibility.Verdict v = situation(authority, child, service, year, t, startsOn).verdict();
        if (v.outcome() != Eligibility.Outcome.ISSUE) {
            return new Continuation(null, v);
        }
        LocalDate today = LocalDate.now(clock);
        Certificate c = new Certificate(null, authority, child, service, t, today, Certificate.activeKey(t.getOnePer(), child, service, year));
        em.persist(c);
        c.numbered(CertificateNumber.issue(subject(authority.getTerritory()), year, c.getId()));
        DatabaseErrors.flush(em, DUPLICATES);
        transitions.createdAutomatically(CertificateLifecycle.RECORD, c.getId(), CertificateStatus.ISSUED, comment);
        ledger.issue(c, actor);
        DatabaseErrors.flush(em, DUPLICATES);
        audit.recordAs(actor, AuditEvent.CERTIFICATE_ISSUED, c.getId(), c.getNumber() + ", " + child.getFullName() + ": " + comment);
        return new Continuation(c, null);
    }

    /** The certificate a contract continues on, or the verdict why there is none. */
    public record Continuation(Certificate certificate, Eligibility.Verdict refused) {
    }

    private void issue(CertificateApplication a, CertificateTerms t, CertificateApplicationStatus to, CertificateApplicationLifecycle.Action action) {
        LocalDate today = LocalDate.now(clock);
        String key = Certificate.activeKey(t.getOnePer(), a.getConsumer(), a.getService(), a.getYear());
        Certificate c = new Certificate(null, a.getAuthority(), a.getConsumer(), a.getService(), t, today, key);
        c.setApplication(a);
        em.persist(c);
        c.numbered(CertificateNumber.issue(subject(a.getAuthority().getTerritory()), a.getYear(), c.getId()));
        CertificateApplicationStatus from = a.getStatus();
        a.moveTo(to, VolumeUse.now(clock));
        transitions.record(CertificateApplicationLifecycle.RECORD, a.getId(), action, from, to, "сертификат " + c.getNumber());
        DatabaseErrors.flush(em, DUPLICATES);
        transitions.created(CertificateLifecycle.RECORD, c.getId(), CertificateStatus.ISSUED, "по заявлению № " + a.getId());
        ledger.issue(c);
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.CERTIFICATE_ISSUED, c.getId(), c.getNumber() + ", " + a.getConsumer().getFullName());
    }

    /** The ОКТМО whose first two digits name the subject: the territory's own or the nearest above it. */
    static Oktmo subject(Territory territory) {
        for (Territory t = territory; t != null; t = t.getParent()) {
            if (t.getOktmo() != null) {
                return t.getOktmo();
            }
        }
        throw new IllegalStateException("territory " + territory.getId() + " has no ОКТМО above it");
    }

    private void lock(long authorityId, long serviceId, int year) {
        if (!locks.lock(authorityId, serviceId, year)) {
            locks.create(authorityId, serviceId, year);
            if (!locks.lock(authorityId, serviceId, year)) {
                throw new IllegalStateException("issue lock row missing");
            }
        }
    }
}
