package ru.socorder.service.registry;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.Licence;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.decision.DecisionStatus;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.model.order.Method;
import ru.socorder.model.registry.InclusionRefusal;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.RegistryApplication;
import ru.socorder.model.registry.RegistryApplicationStatus;
import ru.socorder.service.attachment.AttachmentInfo;
import ru.socorder.service.attachment.AttachmentUse;
import ru.socorder.service.attachment.Attachments;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.audit.RecordHistory;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.catalog.LicenceDraft;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.PagedQuery;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.lifecycle.HistoryEntry;
import ru.socorder.service.lifecycle.TransitionLog;
import ru.socorder.service.order.OrderVolumes;
import ru.socorder.service.reporting.PrintedForm;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;
import ru.socorder.service.security.Rights;

/**
 * Applications for inclusion in the registry of executors: filed by an executor's user for its organisation or by a
 * clerk of the authority from paper, edited while a draft or returned, submitted, withdrawn; reviewed by the
 * authority's clerks with the {@link RegistryChecks} shown — taken into review, returned, refused with a reason from
 * {@link InclusionRefusal} and a text, or included (the executor's {@link RegistryEntries registry entry} is created or
 * re-activated for the services). Programmes are certified separately ({@link Programmes}): an inclusion does not
 * certify the programmes an application brings, because their price needs the year's normative and each is reviewed
 * on its own.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class RegistryApplications {
    /** The scan of the licence an application relies on: a PDF, JPEG or PNG up to 10 MB, several allowed. */
    public static final AttachmentUse LICENCE_SCAN = new AttachmentUse(RecordKind.REGISTRY_APPLICATION, "LICENCE",
            Set.of(ru.socorder.service.attachment.FileType.PDF, ru.socorder.service.attachment.FileType.JPEG,
                    ru.socorder.service.attachment.FileType.PNG), 10L * 1024 * 1024, "file", false);

    private static final Map<String, String> DUPLICATES = Map.of();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @EJB
    private TransitionLog transitions;

    @Inject
    private RecordHistory history;

    @EJB
    private OrderVolumes volumes;

    @EJB
    private Attachments attachments;

    @EJB
    private RegistryEntries entries;

    /** The applications the caller may see: the authority's (its staff), the executor's own (its users), all (overseers). */
    public Page<RegistryApplication> list(PageRequest page, RegistryApplicationStatus status, Long authorityId, Long executorId) {
        Caller c = currentUser.get();
        return PagedQuery.of(em, RegistryApplication.class, "a", "join fetch a.executor join fetch a.authority",
                        DataScope.authorityAndExecutor(c, "a.authority.id", "a.executor.id"))
                .filter("a.status = :status", "status", status)
                .filter("a.authority.id = :authority", "authority", authorityId)
                .filter("a.executor.id = :executor", "executor", executorId)
                .search("a.executor.fullName", "a.executor.shortName")
                .sortable(Map.of("createdAt", "a.createdAt", "submittedAt", "a.submittedAt", "status", "a.status",
                        "executor", "a.executor.fullName"), "a.createdAt desc")
                .page(page);
    }

    /** The application, to a reader of it (404 unknown, 403 another executor's). */
    public RegistryApplication get(long id) {
        RegistryApplication a = em.find(RegistryApplication.class, id);
        if (a == null) {
            throw new NotFound("Заявка на включение в реестр не найдена");
        }
        currentUser.get().require(Rights.Action.READ, a);
        return a;
    }

    /**
     * Who the caller is for the application: applicant (edits, submits, withdraws) — the executor's users, and the
     * authority's clerks only for an application they filed from paper (an electronic application is the executor's
     * own) —, reviewer (decides).
     */
    public RegistryApplicationLifecycle.Actor actor(RegistryApplication a) {
        Caller c = currentUser.get();
        return new RegistryApplicationLifecycle.Actor(applicant(c, a), c.can(Rights.Action.APPROVE, a));
    }

    private static boolean applicant(Caller c, RegistryApplication a) {
        return c.can(Rights.Action.EDIT, a) && (c.executorId() != null || a.isFiledOnPaper());
    }

    private void requireApplicant(RegistryApplication a) {
        Caller c = currentUser.get();
        c.require(Rights.Action.EDIT, a);
        if (!applicant(c, a)) {
            throw new ru.socorder.service.common.Forbidden("Заявку, поданную исполнителем в электронном виде, изменяет только исполнитель");
        }
    }

    /** A new draft: an executor's user for its own organisation, a clerk of the authority from paper. */
    public RegistryApplication create(ApplicationForm f) {
        Caller c = currentUser.get();
        Long authorityId = f == null || f.getAuthorityId() == null ? c.authorityId() : f.getAuthorityId();
        Long executorId = c.executorId() != null ? c.executorId() : f == null ? null : f.getExecutorId();
        c.require(Rights.Action.CREATE, Rights.of(RegistryApplication.class, authorityId, executorId));
        if (f == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        List<FieldError> errors = new ArrayList<>();
        AuthorisedBody authority = authorityId == null ? null : em.find(AuthorisedBody.class, authorityId);
        if (authority == null) {
            errors.add(new FieldError("authorityId", "Укажите уполномоченный орган, в реестр которого подаётся заявка"));
        }
        Executor executor = executorId == null ? null : em.find(Executor.class, executorId);
        if (executor == null) {
            errors.add(new FieldError("executorId", "Укажите исполнителя услуг, от имени которого подаётся заявка"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        RegistryApplication a = new RegistryApplication(authority, executor, c.executorId() == null, clock.instant());
        fill(a, f);
        em.persist(a);
        transitions.created(RegistryApplicationLifecycle.RECORD, a.getId(), RegistryApplicationStatus.DRAFT,
                a.isFiledOnPaper() ? "внесена с бумажного носителя" : null);
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.REGISTRY_APPLICATION_CREATED, a.getId(), describe(a));
        return a;
    }

    /** Changes a draft or a returned application (the services and the licence). */
    public RegistryApplication update(long id, long version, ApplicationForm f) {
        RegistryApplication a = get(id);
        requireApplicant(a);
        lock(a, version);
        if (!a.isEditable()) {
            throw new Conflict("Заявка в состоянии «" + RegistryApplicationLifecycle.label(a.getStatus()) + "» не изменяется");
        }
        if (f == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        fill(a, f);
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.REGISTRY_APPLICATION_UPDATED, a.getId(), describe(a));
        return a;
    }

    /**
     * A step of the application: submit, withdraw (the applicant), take, return, refuse, include (the authority). A refusal
     * names its reason from the list and a text; an inclusion creates or re-activates the executor's registry entry.
     */
    public RegistryApplication transition(long id, long version, RegistryApplicationLifecycle.Action action, String comment,
                                          InclusionRefusal reason) {
        RegistryApplication a = get(id);
        RegistryApplicationLifecycle.Actor actor = actor(a);
        if (!actor.applicant() && !actor.reviewer()) {
            currentUser.get().require(Rights.Action.APPROVE, a);
        }
        lock(a, version);
        if (action == RegistryApplicationLifecycle.Action.REFUSE && reason == null) {
            throw new ValidationFailed("reason", "Выберите причину отказа из перечня");
        }
        RegistryApplicationStatus from = a.getStatus();
        RegistryApplicationStatus next = RegistryApplicationLifecycle.TABLE.next(from, action, actor, comment);
        if (action == RegistryApplicationLifecycle.Action.SUBMIT) {
            requireComplete(a);
        }
        LocalDate today = LocalDate.now(clock);
        switch (action) {
            case INCLUDE -> {
                a.decide(RegistryApplicationStatus.INCLUDED, today, null, trim(comment));
                entries.include(a, today);
            }
            case REFUSE -> a.decide(RegistryApplicationStatus.REFUSED, today, reason, trim(comment));
            case RETURN -> {
                a.moveTo(next, clock.instant());
                a.setDecisionComment(trim(comment));
            }
            default -> a.moveTo(next, clock.instant());
        }
        transitions.record(RegistryApplicationLifecycle.RECORD, a.getId(), action, from, next,
                reason == null ? comment : reason.label() + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()));
        DatabaseErrors.flush(em, DUPLICATES);
        return a;
    }

    /** The automatic checks for the reviewer, on today's date and year. */
    public List<RegistryChecks.Check> checks(long id) {
        RegistryApplication a = get(id);
        currentUser.get().require(Rights.Action.APPROVE, a);
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        Executor e = a.getExecutor();
        List<RegistryChecks.ServiceFacts> services = a.getServices().stream().map(s -> new RegistryChecks.ServiceFacts(
                s.getRegistryNumber().formatted(), s.getName(), s.isLicenceRequired(), certificateVolume(s, year))).toList();
        List<String> specialNames = em.createQuery("select x from Decision d join d.exclusions x where d.territory.id = :t "
                + "and d.status = :adopted", String.class).setParameter("t", a.getAuthority().getTerritory().getId())
                .setParameter("adopted", DecisionStatus.ADOPTED).getResultList();
        return RegistryChecks.of(new RegistryChecks.Facts(e.getFullName(), e.getShortName(), e.getType().isLegalEntity(),
                value(e.getInn()), value(e.getKpp()), value(e.getOgrn()), e.isSpecialNameSchool(), specialNames, a.getLicence(),
                services, today, year));
    }

    private java.math.BigDecimal certificateVolume(SocialService s, int year) {
        try {
            return volumes.allowed(s.getId(), year, Method.CERTIFICATES).map(v -> v.volume()).orElse(null);
        } catch (Conflict twoOrders) {
            return null;
        }
    }

    /** The programmes the application brings. */
    public List<Programme> programmes(long id) {
        get(id);
        return em.createQuery("select p from Programme p join fetch p.service where p.application.id = :a order by p.name, p.id",
                Programme.class).setParameter("a", id).getResultList();
    }

    /** Steps and changes of the application, oldest first. */
    public List<HistoryEntry> history(long id) {
        get(id);
        return history.of(RecordKind.REGISTRY_APPLICATION, id, RegistryApplicationLifecycle.TABLE::describe);
    }

    /** Attaches a scan of the licence (while the application is editable, by its applicant). */
    public AttachmentInfo attachLicence(long id, String fileName, byte[] content) {
        RegistryApplication a = get(id);
        requireApplicant(a);
        if (!a.isEditable()) {
            throw new Conflict("Заявка в состоянии «" + RegistryApplicationLifecycle.label(a.getStatus()) + "» не изменяется");
        }
        return attachments.store(LICENCE_SCAN, id, fileName, content);
    }

    public List<AttachmentInfo> licenceFiles(long id) {
        get(id);
        return attachments.list(LICENCE_SCAN, id);
    }

    public PrintedForm licenceFile(long id) {
        get(id);
        return attachments.latest(LICENCE_SCAN, id, "К заявке не приложена копия лицензии");
    }

    private void requireComplete(RegistryApplication a) {
        List<FieldError> errors = new ArrayList<>();
        if (a.getServices().isEmpty()) {
            errors.add(new FieldError("serviceIds", "Укажите услуги, которые исполнитель будет оказывать"));
        }
        boolean needsLicence = a.getServices().stream().anyMatch(SocialService::isLicenceRequired);
        if (needsLicence && (a.getLicence() == null || a.getLicence().getNumber() == null)) {
            errors.add(new FieldError("licence.number", "Для этих услуг нужна лицензия: укажите её номер"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private void fill(RegistryApplication a, ApplicationForm f) {
        List<FieldError> errors = new ArrayList<>();
        Set<SocialService> services = new LinkedHashSet<>();
        long territory = a.getAuthority().getTerritory().getId();
        for (int i = 0; i < f.getServiceIds().size(); i++) {
            Long sid = f.getServiceIds().get(i);
            SocialService s = sid == null ? null : em.find(SocialService.class, sid);
            if (s == null || s.getTerritory().getId() != territory) {
                errors.add(new FieldError("serviceIds[" + i + "]", "Услуга не найдена в перечне услуг территории органа"));
            } else {
                services.add(s);
            }
        }
        for (int i = 0; i < f.getRegistryNumbers().size(); i++) {
            String raw = f.getRegistryNumbers().get(i);
            var check = RegistryNumber.check(raw);
            SocialService s = !check.valid() ? null : em.createQuery("select s from SocialService s where s.registryNumber = :n "
                            + "and s.territory.id = :t", SocialService.class).setParameter("n", RegistryNumber.ofCanonical(check.canonical()))
                    .setParameter("t", territory).getResultStream().findFirst().orElse(null);
            if (s == null) {
                errors.add(new FieldError("registryNumbers[" + i + "]", check.valid()
                        ? "Услуги с реестровым номером " + raw + " нет в перечне услуг территории органа" : check.message()));
            } else {
                services.add(s);
            }
        }
        LicenceDraft l = f.getLicence();
        Licence licence = null;
        if (l != null && !(blank(l.getNumber()) && l.getIssuedOn() == null && blank(l.getIssuer()) && l.getValidUntil() == null)) {
            if (blank(l.getNumber())) {
                errors.add(new FieldError("licence.number", "Укажите номер лицензии"));
            }
            if (l.getIssuedOn() != null && l.getValidUntil() != null && l.getValidUntil().isBefore(l.getIssuedOn())) {
                errors.add(new FieldError("licence.validUntil", "Срок действия лицензии раньше даты её выдачи"));
            }
            licence = new Licence(trim(l.getNumber()), l.getIssuedOn(), trim(l.getIssuer()), trim(l.getActivity()), l.getValidUntil());
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        a.getServices().clear();
        a.getServices().addAll(services);
        a.setLicence(licence);
    }

    private void lock(RegistryApplication a, long version) {
        if (a.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private static String describe(RegistryApplication a) {
        return a.getExecutor().getDisplayName() + "; услуги: " + a.getServices().stream().map(s -> s.getRegistryNumber().formatted())
                .reduce((x, y) -> x + ", " + y).orElse("—") + (a.getLicence() == null ? "" : "; лицензия № " + a.getLicence().getNumber());
    }

    private static String value(Object identifier) {
        return identifier == null ? null : identifier.toString();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
