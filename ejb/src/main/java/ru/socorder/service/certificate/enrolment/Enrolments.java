package ru.socorder.service.certificate.enrolment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateTerms;
import ru.socorder.model.certificate.Channel;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.certificate.Enrolment;
import ru.socorder.model.certificate.EnrolmentStatus;
import ru.socorder.model.identifier.CertificateNumber;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.registry.ProgrammeGroup;
import ru.socorder.model.registry.ProgrammeStatus;
import ru.socorder.model.security.Role;
import ru.socorder.service.audit.RecordHistory;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.calendar.ProductionCalendar;
import ru.socorder.service.calendar.WorkingDays;
import ru.socorder.service.certificate.EnrolmentLifecycle;
import ru.socorder.service.certificate.EnrolmentLifecycle.Action;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.PagedQuery;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.lifecycle.HistoryEntry;
import ru.socorder.service.lifecycle.TransitionLog;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;
import ru.socorder.service.security.Rights;

/**
 * Boundary of enrolments (запись на программу): the parent's choice of a programme group for a certificate,
 * registered by the authority's clerk (or an adapter's clerk account through the API) after {@link EnrolmentRules};
 * due for an answer in working days of the production calendar ({@link WorkingDays}, {@link ProductionCalendar}); confirmed by the group's executor — a
 * contract concluded, a place taken and the price allocated on the certificate, refused with 409 when the places or
 * the balance do not suffice, also under concurrency ({@link ContractWriter}) — or refused with a reason; cancelled
 * by the clerk on the parent's request; lapsed when unanswered ({@link EnrolmentExpiry}). Lists are scoped to the
 * two parties ({@link DataScope#authorityAndExecutor}).
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class Enrolments {
    /** Days to answer when the territory has no certificate terms for the year (the column's default). */
    static final int DEFAULT_ANSWER_DAYS = 5;

    private static final Map<String, String> SORTS = Map.of("requestedAt", "e.requestedAt", "answerDue", "e.answerDue",
            "status", "e.status", "programme", "e.group.programme.name");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private ContractWriter writer;

    @EJB
    private ProductionCalendar calendar;

    @EJB
    private ContractLedger ledger;

    @EJB
    private TransitionLog transitions;

    @EJB
    private RecordHistory histories;

    /**
     * Registers the parent's choice.
     *
     * @throws ValidationFailed the number or the group is missing or malformed (fields {@code certificateNumber}, {@code groupId})
     * @throws NotFound         no such certificate (of the caller's authority) or group
     * @throws Conflict         the rules refuse it ({@link EnrolmentRules}), all reasons in one message
     */
    public EnrolmentView register(EnrolmentForm form) {
        Caller caller = currentUser.get();
        caller.require(Rights.Action.CREATE, Rights.of(Enrolment.class, caller.authorityId(), null));
        if (form == null) {
            throw new ValidationFailed("body", "Укажите номер сертификата и группу программы");
        }
        CertificateNumber number = number(form.certificateNumber);
        if (form.groupId == null) {
            throw new ValidationFailed("groupId", "Выберите группу программы");
        }
        Certificate cert = writer.lockCertificate(certificateId(number, caller));
        ProgrammeGroup group = em.find(ProgrammeGroup.class, form.groupId);
        if (group == null) {
            throw new ValidationFailed("groupId", "Группа программы не найдена");
        }
        caller.require(Rights.Action.CREATE, Rights.of(Enrolment.class, cert.getAuthority().getId(), group.getProgramme().getExecutor().getId()));
        LocalDate today = LocalDate.now(clock);
        List<String> refusals = EnrolmentRules.refusals(writer.choice(cert, group, today, false, null));
        if (!refusals.isEmpty()) {
            throw new Conflict(EnrolmentRules.message(refusals));
        }
        Enrolment e = new Enrolment(cert, group, form.channel == null ? Channel.CLERK : form.channel, clock.instant(),
                calendar.days().after(today, answerDays(cert)));
        em.persist(e);
        DatabaseErrors.flush(em, Map.of());
        transitions.created(EnrolmentLifecycle.RECORD, e.getId(), EnrolmentStatus.REQUESTED, null);
        return view(e, caller, today);
    }

    /**
     * The executor confirms: the contract is concluded, a place taken and the price allocated — or nothing (409). The
     * group's row and then the certificate's are locked first, so confirmations racing for the last places or for
     * the same balance take turns and each sees what the previous one left.
     */
    public EnrolmentView confirm(long id, long version) {
        Caller caller = currentUser.get();
        caller.require(Rights.Action.APPROVE, find(id));
        Object[] ids = lockIds(id);
        ProgrammeGroup group = writer.lockGroups((Long) ids[0]).get(0);
        Certificate cert = writer.lockCertificate((Long) ids[1]);
        Enrolment e = find(id);
        em.refresh(e);
        answerable(e, version, caller, Action.CONFIRM, null);
        LocalDate today = LocalDate.now(clock);
        var p = group.getProgramme();
        List<String> refusals = EnrolmentRules.refusals(new EnrolmentRules.Choice(cert, group,
                writer.entry(cert.getAuthority().getId(), e.getExecutor().getId()), null, false, ledger.balance(cert),
                p.getNormativeCost() == null ? null : ContractAllocation.of(p), today, true));
        if (!refusals.isEmpty()) {
            throw new Conflict("Подтвердить запись нельзя: " + String.join("; ", refusals));
        }
        ConsumerContract k = writer.conclude(e, group, cert, today, null);
        e.moveTo(EnrolmentStatus.CONFIRMED, clock.instant(), null);
        transitions.record(EnrolmentLifecycle.RECORD, id, Action.CONFIRM, EnrolmentStatus.REQUESTED, EnrolmentStatus.CONFIRMED,
                "договор № " + k.getNumber());
        DatabaseErrors.flush(em, Map.of());
        return view(e, caller, today);
    }

    /** The executor refuses, with the reason (required: 400 naming {@code comment}). */
    public EnrolmentView refuse(long id, long version, String reason) {
        return step(id, version, Action.REFUSE, reason);
    }

    /** The authority's clerk cancels on the parent's request, with the basis (required). */
    public EnrolmentView cancel(long id, long version, String reason) {
        return step(id, version, Action.CANCEL, reason);
    }

    private EnrolmentView step(long id, long version, Action action, String reason) {
        Caller caller = currentUser.get();
        Enrolment e = find(id);
        caller.require(action == Action.CANCEL ? Rights.Action.EDIT : Rights.Action.APPROVE, e);
        answerable(e, version, caller, action, reason);
        EnrolmentStatus before = e.getStatus();
        EnrolmentStatus after = EnrolmentLifecycle.TABLE.next(before, action, actor(caller, e), reason);
        e.moveTo(after, clock.instant(), reason);
        transitions.record(EnrolmentLifecycle.RECORD, id, action, before, after, reason);
        DatabaseErrors.flush(em, Map.of());
        return view(e, caller, LocalDate.now(clock));
    }

    /** Refuses the action on the enrolment at another version, in another state, by another actor, or overdue. */
    private void answerable(Enrolment e, long version, Caller caller, Action action, String reason) {
        if (e.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        EnrolmentLifecycle.TABLE.next(e.getStatus(), action, actor(caller, e), reason);
        if (action != Action.CANCEL && e.overdueOn(LocalDate.now(clock))) {
            throw new Conflict("Срок ответа на запись истёк " + ru.socorder.model.common.RussianText.date(e.getAnswerDue())
                    + " — запись считается несостоявшейся; родитель может записаться снова");
        }
    }

    public EnrolmentView view(long id) {
        Caller caller = currentUser.get();
        Enrolment e = find(id);
        caller.require(Rights.Action.READ, e);
        return view(e, caller, LocalDate.now(clock));
    }

    /**
     * The enrolments the caller's side may see, newest first.
     *
     * @param status   only this status (as stored), or null
     * @param awaiting only those waiting for the executor's answer and not yet overdue
     * @param overdue  only those still waiting after their due date
     */
    public Page<EnrolmentView> list(PageRequest request, EnrolmentStatus status, boolean awaiting, boolean overdue) {
        Caller caller = currentUser.get();
        LocalDate today = LocalDate.now(clock);
        boolean waiting = awaiting || overdue;
        PagedQuery<Enrolment> q = PagedQuery.of(em, Enrolment.class, "e", "join fetch e.group g join fetch g.programme join fetch e.certificate "
                        + "join fetch e.executor", DataScope.authorityAndExecutor(caller, "e.authority.id", "e.executor.id"))
                .filter("e.status = :status", "status", status)
                .filter("e.status = :waiting", "waiting", waiting ? EnrolmentStatus.REQUESTED : null)
                .filter("e.answerDue >= :notBefore", "notBefore", awaiting ? today : null)
                .filter("e.answerDue < :before", "before", overdue ? today : null)
                .search("e.group.programme.name", "e.group.name", "e.executor.shortName")
                .sortable(SORTS, "e.requestedAt desc");
        Page<Enrolment> page = q.page(request);
        Map<Long, ConsumerContract> contracts = new java.util.HashMap<>();
        if (!page.items().isEmpty()) {
            em.createQuery("select k from ConsumerContract k where k.enrolment in :page", ConsumerContract.class)
                    .setParameter("page", page.items()).getResultList().forEach(k -> contracts.put(k.getEnrolment().getId(), k));
        }
        return new Page<>(page.items().stream().map(e -> view(e, caller, today, contracts.get(e.getId()))).toList(), page.total());
    }

    /**
     * The home page's counters of the caller's own work: for an executor's user the enrolments waiting for its answer,
     * for the authority's clerk those its executors left unanswered past the due date; zero for anybody else.
     */
    public long homeCount() {
        Caller caller = currentUser.get();
        PageRequest one = new PageRequest(0, 1, null, true, null);
        if (caller.has(Role.EXECUTOR) && caller.executorId() != null) {
            return list(one, null, true, false).total();
        }
        if (caller.has(Role.AUTHORITY_CLERK) && caller.authorityId() != null) {
            return list(one, null, false, true).total();
        }
        return 0;
    }

    /** What happened to the enrolment. */
    public List<HistoryEntry> history(long id) {
        Caller caller = currentUser.get();
        caller.require(Rights.Action.READ, find(id));
        return histories.of(RecordKind.ENROLMENT, id, EnrolmentLifecycle.TABLE::describe);
    }

    /**
     * The groups the certificate may be used for, for the clerk's picker: certified programmes of the certificate's
     * service in its authority's registry, groups not ended with a free place; at most 100, filtered by the text.
     */
    public List<GroupOption> groupOptions(String certificateNumber, String text) {
        Caller caller = currentUser.get();
        caller.require(Rights.Action.CREATE, Rights.of(Enrolment.class, caller.authorityId(), null));
        Certificate cert = em.find(Certificate.class, certificateId(number(certificateNumber), caller));
        String like = text == null || text.isBlank() ? "%" : "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%";
        List<ProgrammeGroup> groups = em.createQuery("select g from ProgrammeGroup g join fetch g.programme p join fetch p.executor x "
                        + "where p.authority = :a and p.service = :s and p.status = :certified and g.endsOn >= :today and g.taken < g.capacity "
                        + "and (lower(p.name) like :q or lower(g.name) like :q or lower(x.shortName) like :q) order by p.name, g.startsOn, g.id",
                ProgrammeGroup.class).setParameter("a", cert.getAuthority()).setParameter("s", cert.getService())
                .setParameter("certified", ProgrammeStatus.CERTIFIED).setParameter("today", LocalDate.now(clock)).setParameter("q", like)
                .setMaxResults(100).getResultList();
        return groups.stream().map(g -> new GroupOption(g.getId(), g.getProgramme().getName(), g.getName(),
                g.getProgramme().getExecutor().getShortName(), g.getStartsOn(), g.getEndsOn(), g.getFreePlaces(),
                ContractAllocation.of(g.getProgramme()).amount())).toList();
    }

    /** The working days the certificate's territory gives for an answer: the terms of the year, of the territory or a territory above it. */
    private int answerDays(Certificate cert) {
        for (Territory t = cert.getAuthority().getTerritory(); t != null; t = t.getParent()) {
            List<CertificateTerms> terms = em.createQuery("select t from CertificateTerms t where t.territory = :t and t.year = :y",
                    CertificateTerms.class).setParameter("t", t).setParameter("y", cert.getYear()).getResultList();
            if (!terms.isEmpty()) {
                return terms.get(0).getAnswerDays();
            }
        }
        return DEFAULT_ANSWER_DAYS;
    }

    static CertificateNumber number(String raw) {
        IdentifierCheck check = CertificateNumber.check(raw);
        if (!check.valid()) {
            throw new ValidationFailed("certificateNumber", check.message());
        }
        return CertificateNumber.of(raw);
    }

    /** The id of the certificate with the number, of the caller's authority (another authority's reads as missing). */
    private long certificateId(CertificateNumber number, Caller caller) {
        return em.createQuery("select c.id from Certificate c where c.number = :n and c.authority.id = :a", Long.class)
                .setParameter("n", number).setParameter("a", caller.authorityId()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("Сертификат № " + number.formatted() + " не найден среди сертификатов вашего органа"));
    }

    /** The ids of the enrolment's group and certificate, read before anything is locked. */
    private Object[] lockIds(long id) {
        return em.createQuery("select e.group.id, e.certificate.id from Enrolment e where e.id = :id", Object[].class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("Запись на программу не найдена"));
    }

    private Enrolment find(long id) {
        Enrolment e = em.find(Enrolment.class, id);
        if (e == null) {
            throw new NotFound("Запись на программу не найдена");
        }
        return e;
    }

    static EnrolmentLifecycle.Actor actor(Caller c, Enrolment e) {
        return new EnrolmentLifecycle.Actor(c.has(Role.EXECUTOR) && e.getExecutor().getId().equals(c.executorId()),
                c.has(Role.AUTHORITY_CLERK) && e.getAuthority().getId().equals(c.authorityId()));
    }

    private EnrolmentView view(Enrolment e, Caller caller, LocalDate today) {
        ConsumerContract k = em.createQuery("select k from ConsumerContract k where k.enrolment = :e", ConsumerContract.class)
                .setParameter("e", e).getResultStream().findFirst().orElse(null);
        return view(e, caller, today, k);
    }

    private static EnrolmentView view(Enrolment e, Caller caller, LocalDate today, ConsumerContract k) {
        return EnrolmentView.of(e, today, EnrolmentLifecycle.TABLE.actions(e.getStatus(), actor(caller, e)),
                k == null ? null : k.getId(), k == null ? null : k.getNumber());
    }
}
