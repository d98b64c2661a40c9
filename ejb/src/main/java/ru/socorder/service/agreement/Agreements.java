package ru.socorder.service.agreement;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.socorder.model.agreement.Agreement;
import ru.socorder.model.agreement.AgreementStatus;
import ru.socorder.model.security.Role;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.audit.RecordHistory;
import ru.socorder.service.audit.RecordKind;
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
import ru.socorder.service.order.VersionDiff;
import ru.socorder.service.reporting.PrintFormat;
import ru.socorder.service.reporting.PrintedForm;
import ru.socorder.service.reporting.ReportEngine;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;
import ru.socorder.service.security.Rights;

/**
 * Boundary of agreements (соглашения): the list and card scoped to the two parties (an executor's users see their
 * own only), drafts created one by one or generated for a service and year ({@link AgreementDrafts}), the draft
 * edited, the lifecycle ({@link AgreementLifecycle}; signing checked against the order's volume by
 * {@link AgreementVolumes}), amendments as versions with their differences ({@link AgreementDiff}), the history and
 * the printed agreement (PDF, DOCX) from the replaceable template {@value AgreementPrinter#TEMPLATE}. Other areas
 * (payments) ask {@link #inExecution}.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class Agreements {
    private static final Map<String, String> SORTS = Map.of("number", "a.number", "year", "a.year", "status", "a.status",
            "executor", "a.executor.fullName", "concludedOn", "a.concludedOn", "createdAt", "a.createdAt");
    static final Map<String, String> CONSTRAINTS = Map.of(
            "uk_agreement_number", "Соглашение с таким номером у органа уже есть — укажите другой номер",
            "uk_agreement_one_per_year", "С исполнителем уже заключено (или готовится) соглашение по этой услуге на этот год",
            "uk_agreement_previous", "По этой редакции уже готовится дополнительное соглашение");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AgreementDrafts drafts;

    @EJB
    private AgreementVolumes volumes;

    @EJB
    private TransitionLog transitions;

    @EJB
    private RecordHistory histories;

    @EJB
    private AuditLog audit;

    @EJB
    private ReportEngine reports;

    /** The agreements the caller's side may see (latest first); every filter may be null. */
    public Page<AgreementView> list(PageRequest request, Long authorityId, Long executorId, Long serviceId, Integer year, AgreementStatus status) {
        Caller caller = currentUser.get();
        Page<Agreement> page = PagedQuery.of(em, Agreement.class, "a", "join fetch a.executor join fetch a.service join fetch a.authority",
                        DataScope.authorityAndExecutor(caller, "a.authority.id", "a.executor.id"))
                .filter("a.authority.id = :authority", "authority", authorityId)
                .filter("a.executor.id = :executor", "executor", executorId)
                .filter("a.service.id = :service", "service", serviceId)
                .filter("a.year = :year", "year", year)
                .filter("a.status = :status", "status", status)
                .search("a.number", "a.executor.fullName", "a.executor.shortName", "a.service.name")
                .sortable(SORTS, "a.createdAt desc")
                .page(request);
        return new Page<>(page.items().stream().map(a -> view(a, caller)).toList(), page.total());
    }

    public AgreementView get(long id) {
        Caller caller = currentUser.get();
        Agreement a = find(id);
        caller.require(Rights.Action.READ, a);
        return view(a, caller);
    }

    /**
     * The version of the executor's agreement for the service and year that is in execution now (the latest signed
     * version of its family), with its payment mode, advance share and bank details — what payments pay by. Empty
     * when none executes (a draft, one not yet started, closed or terminated).
     */
    public Optional<AgreementView> inExecution(long executorId, long serviceId, int year) {
        Caller caller = currentUser.get();
        return em.createQuery("select a from Agreement a where a.executor.id = :e and a.service.id = :s and a.year = :y "
                        + "and a.status = :st order by a.versionNumber desc", Agreement.class)
                .setParameter("e", executorId).setParameter("s", serviceId).setParameter("y", year)
                .setParameter("st", AgreementStatus.IN_EXECUTION).getResultStream()
                .filter(a -> caller.can(Rights.Action.READ, a)).findFirst().map(a -> view(a, caller));
    }

    /** Creates a draft for an executor of the registry, a service and a year (the clerk's authority). */
    public AgreementView create(AgreementForm form) {
        Caller caller = currentUser.get();
        caller.require(Rights.Action.CREATE, Rights.of(Agreement.class, caller.authorityId(), null));
        AgreementForm f = form == null ? new AgreementForm() : form;
        Agreement a = drafts.create(caller, f);
        if (f.lines != null && !f.lines.isEmpty() || f.bank != null) {
            drafts.apply(a, f);
            DatabaseErrors.flush(em, CONSTRAINTS);
        }
        return view(a, caller);
    }

    /** Drafts for every registry executor of the service and year without an agreement yet; a second run creates nothing. */
    public Generated generate(GenerateForm form) {
        Caller caller = currentUser.get();
        caller.require(Rights.Action.CREATE, Rights.of(Agreement.class, caller.authorityId(), null));
        AgreementDrafts.Result r = drafts.generate(caller, form == null ? new GenerateForm() : form);
        return new Generated(r.created().stream().map(a -> view(a, caller)).toList(), r.skipped());
    }

    /** Saves the draft's header, bank details and lines. */
    public AgreementView save(long id, AgreementForm form) {
        Caller caller = currentUser.get();
        Agreement a = find(id);
        caller.require(Rights.Action.EDIT, a);
        AgreementForm f = form == null ? new AgreementForm() : form;
        a = lockForChange(id, f.version);
        if (a.getStatus() != AgreementStatus.DRAFT) {
            throw new Conflict("Изменять можно только проект соглашения; соглашение в состоянии «" + a.getStatus().label() + "»");
        }
        drafts.apply(a, f);
        audit.record(AuditEvent.AGREEMENT_SAVED, a.getId(), "№ " + a.getNumber() + ", сумма " + a.getTotalAmount().toPlainString());
        DatabaseErrors.flush(em, CONSTRAINTS);
        return view(a, caller);
    }

    /** A lifecycle step (send, sign by either side, return, close, terminate). */
    public AgreementView transition(long id, TransitionForm form) {
        Caller caller = currentUser.get();
        Agreement a = find(id);
        caller.require(Rights.Action.READ, a);
        TransitionForm f = form == null ? new TransitionForm() : form;
        if (f.action == null) {
            throw new ValidationFailed("action", "Укажите действие: " + String.join(", ", names()));
        }
        a = lockForChange(id, f.version);
        AgreementStatus before = a.getStatus();
        AgreementStatus after = AgreementLifecycle.TABLE.next(before, f.action, actor(caller, a), f.comment);
        LocalDate today = LocalDate.now(clock);
        switch (f.action) {
            case SEND -> drafts.requireComplete(a);
            case SIGN_EXECUTOR -> a.signedByExecutor(clock.instant(), caller.login());
            case SIGN -> volumes.requireWithinOrder(a);
            default -> {
            }
        }
        a.moveTo(after, today);
        transitions.record(AgreementLifecycle.RECORD, a.getId(), f.action, before, after, f.comment);
        if (f.action == AgreementLifecycle.Action.SIGN) {
            startIfDue(a, today);
        }
        DatabaseErrors.flush(em, CONSTRAINTS);
        return view(a, caller);
    }

    /**
     * Execution of a signed version starts: an amendment at once (its previous version is superseded), a first
     * version on its start of validity (now when that has come; else the timer {@link AgreementStart}).
     */
    void startIfDue(Agreement a, LocalDate today) {
        Agreement previous = a.getPrevious();
        if (previous == null && a.getValidFrom().isAfter(today)) {
            return;
        }
        if (previous != null) {
            AgreementStatus was = previous.getStatus();
            AgreementStatus superseded = AgreementLifecycle.TABLE.follow(was, AgreementLifecycle.Action.SUPERSEDE);
            if (superseded != null) {
                previous.moveTo(superseded, today);
                transitions.record(AgreementLifecycle.RECORD, previous.getId(), AgreementLifecycle.Action.SUPERSEDE, was, superseded,
                        "подписана редакция " + a.getVersionNumber());
            }
        }
        AgreementStatus started = AgreementLifecycle.TABLE.follow(a.getStatus(), AgreementLifecycle.Action.START);
        a.moveTo(started, today);
        transitions.record(AgreementLifecycle.RECORD, a.getId(), AgreementLifecycle.Action.START, AgreementStatus.SIGNED, started, null);
    }

    /** Starts an amendment: a new version (a draft) of the version in execution, with the reason. */
    public AgreementView amend(long id, Long version, String reason) {
        Caller caller = currentUser.get();
        Agreement a = find(id);
        caller.require(Rights.Action.EDIT, a);
        if (reason == null || reason.isBlank()) {
            throw new ValidationFailed("reason", "Укажите основание изменения соглашения");
        }
        a = lockForChange(id, version);
        if (a.getStatus() != AgreementStatus.IN_EXECUTION) {
            throw new Conflict("Изменить можно соглашение, которое исполняется; это соглашение в состоянии «" + a.getStatus().label() + "»");
        }
        Agreement next = a.amend(reason, clock.instant(), caller.login());
        em.persist(next);
        DatabaseErrors.flush(em, CONSTRAINTS);
        transitions.created(AgreementLifecycle.RECORD, next.getId(), AgreementStatus.DRAFT,
                "дополнительное соглашение к редакции " + a.getVersionNumber() + ": " + reason.strip());
        return view(next, caller);
    }

    /** The versions of the agreement's family, newest first. */
    public List<AgreementView> versions(long id) {
        Caller caller = currentUser.get();
        Agreement a = find(id);
        caller.require(Rights.Action.READ, a);
        return em.createQuery("select a from Agreement a where a.familyId = :f order by a.versionNumber desc", Agreement.class)
                .setParameter("f", a.getFamilyId()).getResultStream().map(v -> view(v, caller)).toList();
    }

    /** What this version changed against the one it amends (empty for a first version). */
    public List<VersionDiff.Change> changes(long id) {
        Caller caller = currentUser.get();
        Agreement a = find(id);
        caller.require(Rights.Action.READ, a);
        return a.getPrevious() == null ? List.of() : AgreementDiff.between(view(a.getPrevious(), caller), view(a, caller));
    }

    public List<HistoryEntry> history(long id) {
        currentUser.get().require(Rights.Action.READ, find(id));
        return histories.of(RecordKind.AGREEMENT, id, AgreementLifecycle.TABLE::describe);
    }

    /** The printed agreement (§5.6) from the current template of {@value AgreementPrinter#TEMPLATE}. */
    public PrintedForm print(long id, PrintFormat format) {
        Caller caller = currentUser.get();
        Agreement a = find(id);
        caller.require(Rights.Action.READ, a);
        AgreementView v = view(a, caller);
        byte[] bytes = reports.print(List.of(AgreementPrinter.part(v)), format);
        audit.record(AuditEvent.AGREEMENT_PRINTED, a.getId(), format.extension());
        return new PrintedForm("soglashenie-" + v.number().replaceAll("[^0-9A-Za-zА-Яа-я-]", "_") + "." + format.extension(),
                format.contentType(), bytes);
    }

    /** The order volumes the caller's authority's signed agreements exceed (a banner on the list and the home page). */
    public List<VolumeAlert> alerts() {
        return volumes.alerts(currentUser.get());
    }

    private Agreement lockForChange(long id, Long version) {
        if (version == null) {
            throw new ValidationFailed("version", "Передайте version, полученную при чтении соглашения");
        }
        Agreement a = em.find(Agreement.class, id, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(a);
        if (a.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        return a;
    }

    private Agreement find(long id) {
        Agreement a = em.find(Agreement.class, id);
        if (a == null) {
            throw new NotFound("Соглашение не найдено");
        }
        return a;
    }

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        for (AgreementLifecycle.Action a : AgreementLifecycle.Action.values()) {
            out.add(a.name());
        }
        return out;
    }

    static AgreementLifecycle.Actor actor(Caller c, Agreement a) {
        boolean own = a.getAuthority().getId().equals(c.authorityId());
        return new AgreementLifecycle.Actor(own && c.has(Role.AUTHORITY_CLERK), own && c.has(Role.APPROVER),
                c.has(Role.EXECUTOR) && a.getExecutor().getId().equals(c.executorId()), a.isExecutorSigned());
    }

    private AgreementView view(Agreement a, Caller caller) {
        AgreementLifecycle.Actor actor = actor(caller, a);
        List<String> actions = AgreementLifecycle.TABLE.actions(a.getStatus(), actor).stream().map(Enum::name).toList();
        boolean editable = a.getStatus() == AgreementStatus.DRAFT && caller.can(Rights.Action.EDIT, a);
        boolean amendable = a.getStatus() == AgreementStatus.IN_EXECUTION && caller.can(Rights.Action.EDIT, a);
        return AgreementView.of(a, actions, editable, amendable);
    }
}
