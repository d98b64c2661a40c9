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
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.Channel;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.certificate.ContractStatus;
import ru.socorder.model.certificate.Enrolment;
import ru.socorder.model.certificate.EnrolmentStatus;
import ru.socorder.model.certificate.TerminationSide;
import ru.socorder.model.identifier.CertificateNumber;
import ru.socorder.model.registry.ProgrammeGroup;
import ru.socorder.model.security.Role;
import ru.socorder.service.audit.RecordHistory;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.certificate.ContractLifecycle;
import ru.socorder.service.certificate.EnrolmentLifecycle;
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
 * Boundary of consumer contracts (договоры с потребителями): the list and card scoped to the two parties (an
 * executor sees its own only), early termination by either side with a date and basis — what the contract did not
 * consume is released on the certificate and its place freed — and the change of executor ({@link ExecutorChange}):
 * one transaction that terminates the old contract and concludes the new one, or changes nothing at all.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class Contracts {
    private static final Map<String, String> SORTS = Map.of("number", "k.number", "concludedOn", "k.concludedOn", "startsOn", "k.startsOn",
            "status", "k.status", "programme", "k.programme.name");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private ContractWriter writer;

    @EJB
    private ContractLedger ledger;

    @EJB
    private TransitionLog transitions;

    @EJB
    private RecordHistory histories;

    /**
     * The contracts the caller's side may see, newest first.
     *
     * @param status      only this status, or null
     * @param certificate only those on the certificate with this number (as typed), or null
     */
    public Page<ContractView> list(PageRequest request, ContractStatus status, String certificate) {
        Caller caller = currentUser.get();
        CertificateNumber number = certificate == null || certificate.isBlank() ? null : Enrolments.number(certificate);
        Page<ConsumerContract> page = PagedQuery.of(em, ConsumerContract.class, "k", "join fetch k.programme join fetch k.executor "
                        + "join fetch k.certificate", DataScope.authorityAndExecutor(caller, "k.authority.id", "k.executor.id"))
                .filter("k.status = :status", "status", status)
                .filter("k.certificate.number = :number", "number", number)
                .search("k.number", "k.programme.name", "k.executor.shortName")
                .sortable(SORTS, "k.concludedOn desc")
                .page(request);
        return new Page<>(page.items().stream().map(k -> view(k, caller, null)).toList(), page.total());
    }

    public ContractView view(long id) {
        Caller caller = currentUser.get();
        ConsumerContract k = find(id);
        caller.require(Rights.Action.READ, k);
        return view(k, caller, replacedBy(k));
    }

    public List<HistoryEntry> history(long id) {
        currentUser.get().require(Rights.Action.READ, find(id));
        return histories.of(RecordKind.CONTRACT, id, ContractLifecycle.TABLE::describe);
    }

    /**
     * Ends the contract early: the unconsumed allocation is released, the place freed.
     *
     * @throws ValidationFailed no version, no basis ({@code comment}), a date outside the contract, a side the caller cannot act for
     * @throws Conflict         the contract is not in force or was changed meanwhile
     */
    public ContractView terminate(long id, TerminationForm form) {
        Caller caller = currentUser.get();
        ConsumerContract k = find(id);
        caller.require(Rights.Action.EDIT, k);
        TerminationForm f = form == null ? new TerminationForm() : form;
        long version = required(f.version);
        TerminationSide side = side(caller, k, f.by);
        Object[] ids = lockIds(id);
        ProgrammeGroup group = ids[0] == null ? null : writer.lockGroups((Long) ids[0]).get(0);
        Certificate cert = writer.lockCertificate((Long) ids[1]);
        em.refresh(k);
        ContractStatus before = k.getStatus();
        if (k.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        ContractLifecycle.TABLE.next(before, ContractLifecycle.Action.TERMINATE, actor(caller, k), f.comment);
        LocalDate on = date(f.date, k);
        writer.terminate(k, group, cert, on, side, f.comment);
        return view(k, caller, null);
    }

    /**
     * Смена исполнителя: terminates the contract on the date (on the parent's initiative) and concludes one for the new
     * group in its place — one transaction: any refusal (the new group full, the balance short, a rule) leaves the old
     * contract in force with its allocation and place.
     *
     * @return the new contract
     */
    public ContractView changeExecutor(long id, ExecutorChangeForm form) {
        Caller caller = currentUser.get();
        ConsumerContract old = find(id);
        caller.require(Rights.Action.EDIT, old);
        caller.require(Rights.Action.CREATE, Rights.of(ConsumerContract.class, old.getAuthority().getId(), null));
        ExecutorChangeForm f = form == null ? new ExecutorChangeForm() : form;
        long version = required(f.version);
        if (f.groupId == null) {
            throw new ValidationFailed("groupId", "Выберите группу программы нового исполнителя");
        }
        if (f.comment == null || f.comment.isBlank()) {
            throw new ValidationFailed("comment", "Укажите основание смены исполнителя (заявление родителя)");
        }
        Object[] ids = lockIds(id);
        if (ids[0] == null) {
            throw new Conflict("Договор не привязан к группе — смена исполнителя по нему невозможна");
        }
        if (em.createQuery("select count(g) from ProgrammeGroup g where g.id = :id", Long.class).setParameter("id", f.groupId)
                .getSingleResult() == 0) {
            throw new ValidationFailed("groupId", "Группа программы не найдена");
        }
        List<ProgrammeGroup> groups = writer.lockGroups((Long) ids[0], f.groupId);
        ProgrammeGroup oldGroup = groups.get(0);
        ProgrammeGroup newGroup = groups.get(1);
        Certificate cert = writer.lockCertificate((Long) ids[1]);
        em.refresh(old);
        if (old.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        caller.require(Rights.Action.CREATE, Rights.of(ConsumerContract.class, cert.getAuthority().getId(),
                newGroup.getProgramme().getExecutor().getId()));
        LocalDate today = LocalDate.now(clock);
        LocalDate on = f.date == null ? today : f.date;
        ExecutorChange plan = ExecutorChange.plan(new ExecutorChange.Current(old.getNumber(), old.getStatus(), oldGroup.getId(),
                        old.getConcludedOn(), old.getEndsOn(), ledger.held(old)),
                new ExecutorChange.Target(newGroup.getId(), priceOf(newGroup)), ledger.balance(cert), on);
        ContractLifecycle.TABLE.next(old.getStatus(), ContractLifecycle.Action.TERMINATE, actor(caller, old), f.comment);
        List<String> refusals = EnrolmentRules.refusals(writer.choice(cert, newGroup, today, true, old));
        if (!refusals.isEmpty()) {
            throw new Conflict("Сменить исполнителя нельзя: " + String.join("; ", refusals));
        }
        // the first half: the old contract ends, its allocation and place are given back
        writer.terminate(old, oldGroup, cert, plan.terminatedOn(), TerminationSide.PARENT, "смена исполнителя: " + f.comment.strip());
        // the second half: the new group's place, the new contract and its allocation — a refusal here undoes the first half
        Enrolment e = new Enrolment(cert, newGroup, Channel.CLERK, clock.instant(), today);
        em.persist(e);
        e.moveTo(EnrolmentStatus.CONFIRMED, clock.instant(), null);
        DatabaseErrors.flush(em, Map.of());
        transitions.created(EnrolmentLifecycle.RECORD, e.getId(), EnrolmentStatus.CONFIRMED,
                "смена исполнителя: взамен договора № " + old.getNumber());
        ConsumerContract k = writer.conclude(e, newGroup, cert, today, old);
        return view(k, caller, null);
    }

    private static ContractAllocation priceOf(ProgrammeGroup g) {
        if (g.getProgramme().getNormativeCost() == null) {
            throw new Conflict("Программа «" + g.getProgramme().getName() + "» не сертифицирована — записаться на неё нельзя");
        }
        return ContractAllocation.of(g.getProgramme());
    }

    /** Whose initiative: an executor's user always acts for the executor; a clerk for the parent unless told otherwise. */
    private static TerminationSide side(Caller caller, ConsumerContract k, TerminationSide asked) {
        boolean executor = caller.has(Role.EXECUTOR) && k.getExecutor().getId().equals(caller.executorId());
        if (executor && asked == TerminationSide.PARENT) {
            throw new ValidationFailed("by", "Исполнитель расторгает договор по своей инициативе; по заявлению родителя договор "
                    + "расторгает специалист уполномоченного органа");
        }
        return executor ? TerminationSide.EXECUTOR : asked == null ? TerminationSide.PARENT : asked;
    }

    private LocalDate date(LocalDate asked, ConsumerContract k) {
        LocalDate on = asked == null ? LocalDate.now(clock) : asked;
        if (on.isBefore(k.getConcludedOn()) || on.isAfter(k.getEndsOn())) {
            throw new ValidationFailed("date", "Дата расторжения должна быть в пределах срока договора: с "
                    + ru.socorder.model.common.RussianText.date(k.getConcludedOn()) + " по " + ru.socorder.model.common.RussianText.date(k.getEndsOn()));
        }
        return on;
    }

    private static long required(Long version) {
        if (version == null) {
            throw new ValidationFailed("version", "Передайте version, полученную при чтении договора");
        }
        return version;
    }

    static ContractLifecycle.Actor actor(Caller c, ConsumerContract k) {
        return new ContractLifecycle.Actor(c.has(Role.EXECUTOR) && k.getExecutor().getId().equals(c.executorId()),
                c.has(Role.AUTHORITY_CLERK) && k.getAuthority().getId().equals(c.authorityId()));
    }

    /** The ids of the contract's group (null for none) and certificate, read before anything is locked. */
    private Object[] lockIds(long id) {
        return em.createQuery("select g.id, k.certificate.id from ConsumerContract k left join k.group g where k.id = :id", Object[].class)
                .setParameter("id", id).getResultStream().findFirst().orElseThrow(() -> new NotFound("Договор не найден"));
    }

    private ConsumerContract find(long id) {
        ConsumerContract k = em.find(ConsumerContract.class, id);
        if (k == null) {
            throw new NotFound("Договор не найден");
        }
        return k;
    }

    private ConsumerContract replacedBy(ConsumerContract k) {
        return em.createQuery("select n from ConsumerContract n where n.replaces = :k", ConsumerContract.class).setParameter("k", k)
                .getResultStream().findFirst().orElse(null);
    }

    private static ContractView view(ConsumerContract k, Caller caller, ConsumerContract replacedBy) {
        ContractLifecycle.Actor actor = actor(caller, k);
        boolean canTerminate = ContractLifecycle.TABLE.allows(k.getStatus(), ContractLifecycle.Action.TERMINATE, actor)
                && caller.can(Rights.Action.EDIT, k);
        boolean canChange = canTerminate && k.getGroup() != null
                && caller.can(Rights.Action.CREATE, Rights.of(ConsumerContract.class, k.getAuthority().getId(), null));
        return ContractView.of(k, replacedBy, canTerminate, canChange);
    }
}
