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
import java.util.List;
import java.util.Map;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.ProgrammeForm;
import ru.socorder.model.registry.ProgrammeGroup;
import ru.socorder.model.registry.ProgrammeStatus;
import ru.socorder.model.registry.RegistryApplication;
import ru.socorder.model.registry.RegistryEntry;
import ru.socorder.model.registry.ServiceNormative;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.audit.RecordHistory;
import ru.socorder.service.audit.RecordKind;
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
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;
import ru.socorder.service.security.Rights;

/**
 * Programmes and their groups: drafted by the executor's users (or a clerk on its behalf) while a draft or returned,
 * submitted, and certified, refused, returned, suspended, resumed or excluded by the authority ({@link ProgrammeLifecycle}).
 * Certifying needs the executor's active registry entry for the programme's service and fixes the price: the
 * normative cost of a человеко-час of the service for the year of certification ({@link ServiceNormatives}) × hours,
 * six decimals ({@link ProgrammePricing}). Groups (dates, capacity, schedule) are added and changed by the same editors
 * while the programme is not refused, excluded or withdrawn; places are taken and freed only by enrolments through
 * {@link ProgrammeGroup#take()} / {@link ProgrammeGroup#free()}, never here.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class Programmes {
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
    private RegistryEntries entries;

    @EJB
    private ServiceNormatives normatives;

    /** Programmes (public: parents choose from them), filtered by authority, executor, service, status. */
    public Page<Programme> list(PageRequest page, Long authorityId, Long executorId, Long serviceId, ProgrammeStatus status) {
        Caller c = currentUser.get();
        return PagedQuery.of(em, Programme.class, "p", "join fetch p.executor join fetch p.service",
                        DataScope.everyone(c, "программы выбирают родители"))
                .filter("p.authority.id = :authority", "authority", authorityId)
                .filter("p.executor.id = :executor", "executor", executorId)
                .filter("p.service.id = :service", "service", serviceId)
                .filter("p.status = :status", "status", status)
                .search("p.name", "p.executor.fullName", "p.executor.shortName")
                .sortable(Map.of("name", "p.name", "executor", "p.executor.fullName", "status", "p.status", "hours", "p.hours"),
                        "p.name")
                .page(page);
    }

    public Programme get(long id) {
        Programme p = em.find(Programme.class, id);
        if (p == null) {
            throw new NotFound("Программа не найдена");
        }
        currentUser.get().require(Rights.Action.READ, p);
        return p;
    }

    public ProgrammeLifecycle.Actor actor(Programme p) {
        Caller c = currentUser.get();
        return new ProgrammeLifecycle.Actor(c.can(Rights.Action.EDIT, p), c.can(Rights.Action.APPROVE, p));
    }

    public Programme create(ProgrammeDraft d) {
        Caller c = currentUser.get();
        Long authorityId = d == null || d.getAuthorityId() == null ? c.authorityId() : d.getAuthorityId();
        Long executorId = c.executorId() != null ? c.executorId() : d == null ? null : d.getExecutorId();
        c.require(Rights.Action.CREATE, Rights.of(Programme.class, authorityId, executorId));
        if (d == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        List<FieldError> errors = new ArrayList<>(ProgrammeRules.programme(d));
        AuthorisedBody authority = authorityId == null ? null : em.find(AuthorisedBody.class, authorityId);
        if (authority == null) {
            errors.add(new FieldError("authorityId", "Укажите уполномоченный орган, который сертифицирует программу"));
        }
        Executor executor = executorId == null ? null : em.find(Executor.class, executorId);
        if (executor == null) {
            errors.add(new FieldError("executorId", "Укажите исполнителя услуг — владельца программы"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        Programme p = new Programme(authority, executor, service(d, authority), d.getName().strip(), d.getOrientation());
        fill(p, d);
        em.persist(p);
        transitions.created(ProgrammeLifecycle.RECORD, p.getId(), ProgrammeStatus.DRAFT, null);
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.PROGRAMME_CREATED, p.getId(), describe(p));
        return p;
    }

    public Programme update(long id, long version, ProgrammeDraft d) {
        Programme p = get(id);
        currentUser.get().require(Rights.Action.EDIT, p);
        lock(p, version);
        if (!p.isEditable()) {
            throw new Conflict("Программа в состоянии «" + ProgrammeLifecycle.label(p.getStatus()) + "» не изменяется");
        }
        if (d == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        List<FieldError> errors = ProgrammeRules.programme(d);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        p.setService(service(d, p.getAuthority()));
        p.setName(d.getName().strip());
        p.setOrientation(d.getOrientation());
        fill(p, d);
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.PROGRAMME_UPDATED, p.getId(), describe(p));
        return p;
    }

    /** A step: submit, withdraw (the owner), return, certify, refuse, suspend, resume, exclude (the authority). */
    public Programme transition(long id, long version, ProgrammeLifecycle.Action action, String comment) {
        Programme p = get(id);
        ProgrammeLifecycle.Actor actor = actor(p);
        if (!actor.owner() && !actor.reviewer()) {
            currentUser.get().require(Rights.Action.APPROVE, p);
        }
        lock(p, version);
        ProgrammeStatus from = p.getStatus();
        ProgrammeStatus next = ProgrammeLifecycle.TABLE.next(from, action, actor, comment);
        String note = comment;
        if (action == ProgrammeLifecycle.Action.CERTIFY || action == ProgrammeLifecycle.Action.RESUME) {
            RegistryEntry entry = entries.of(p.getAuthority().getId(), p.getExecutor().getId());
            if (entry == null || !entry.covers(p.getService())) {
                throw new Conflict("Исполнитель не включён в реестр органа по услуге " + p.getService().getRegistryNumber().formatted()
                        + " (или запись реестра не действует): сначала рассмотрите его заявку на включение");
            }
        }
        if (action == ProgrammeLifecycle.Action.CERTIFY) {
            int year = LocalDate.now(clock).getYear();
            ServiceNormative n = normatives.find(p.getService().getId(), year).orElseThrow(() -> new Conflict(
                    "Нет нормативных затрат услуги " + p.getService().getRegistryNumber().formatted() + " на " + year
                            + " год: внесите их в «Нормативные затраты», затем сертифицируйте программу"));
            p.price(n.unitCost(), ProgrammePricing.price(n, p.getHours()));
            note = "цена " + RussianText.number(p.getPrice()) + " руб. (" + RussianText.number(n.unitCost()) + " руб./чел.-ч × "
                    + RussianText.number(p.getHours()) + " ч)" + (comment == null || comment.isBlank() ? "" : "; " + comment.strip());
        }
        p.setStatus(next);
        transitions.record(ProgrammeLifecycle.RECORD, p.getId(), action, from, next, note);
        DatabaseErrors.flush(em, Map.of());
        return p;
    }

    public List<HistoryEntry> history(long id) {
        get(id);
        return history.of(RecordKind.PROGRAMME, id, ProgrammeLifecycle.TABLE::describe);
    }

    /** The groups of a programme, by start date. */
    public List<ProgrammeGroup> groups(long programmeId) {
        get(programmeId);
        return em.createQuery("select g from ProgrammeGroup g where g.programme.id = :p order by g.startsOn, g.id", ProgrammeGroup.class)
                .setParameter("p", programmeId).getResultList();
    }

    public ProgrammeGroup group(long programmeId, long groupId) {
        ProgrammeGroup g = em.find(ProgrammeGroup.class, groupId);
        if (g == null || !g.getProgramme().getId().equals(programmeId)) {
            throw new NotFound("Группа программы не найдена");
        }
        currentUser.get().require(Rights.Action.READ, g);
        return g;
    }

    public ProgrammeGroup addGroup(long programmeId, GroupForm f) {
        Programme p = get(programmeId);
        requireGroupsEditable(p);
        ProgrammeGroup g = checked(f, 0, () -> new ProgrammeGroup(p, f.getName().strip(), f.getStartsOn(), f.getEndsOn(), f.getCapacity()));
        g.setSchedule(RegistryApplications.trim(f.getSchedule()));
        p.getGroups().add(g);
        em.persist(g);
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.PROGRAMME_GROUP_ADDED, p.getId(), describe(g));
        return g;
    }

    public ProgrammeGroup updateGroup(long programmeId, long groupId, long version, GroupForm f) {
        ProgrammeGroup g = group(programmeId, groupId);
        requireGroupsEditable(g.getProgramme());
        if (g.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        checked(f, g.getTaken(), () -> g);
        g.setName(f.getName().strip());
        g.reschedule(f.getStartsOn(), f.getEndsOn());
        g.resize(f.getCapacity());
        g.setSchedule(RegistryApplications.trim(f.getSchedule()));
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.PROGRAMME_GROUP_UPDATED, programmeId, describe(g));
        return g;
    }

    /** Deletes a group nobody is enrolled in. */
    public void deleteGroup(long programmeId, long groupId, long version) {
        ProgrammeGroup g = group(programmeId, groupId);
        requireGroupsEditable(g.getProgramme());
        if (g.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        if (g.getTaken() > 0) {
            throw new Conflict("В группе заняты места (" + g.getTaken() + "): её нельзя удалить");
        }
        g.getProgramme().getGroups().remove(g);
        em.remove(g);
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.PROGRAMME_GROUP_DELETED, programmeId, describe(g));
    }

    /** The territory of an authority: whose services a new programme for it may be of (null: no such authority). */
    public Long territoryOf(long authorityId) {
        AuthorisedBody a = em.find(AuthorisedBody.class, authorityId);
        return a == null ? null : a.getTerritory().getId();
    }

    private interface GroupMaker {
        ProgrammeGroup make();
    }

    private static ProgrammeGroup checked(GroupForm f, int taken, GroupMaker maker) {
        if (f == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        List<FieldError> errors = ProgrammeRules.group(f, taken);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return maker.make();
    }

    private void requireGroupsEditable(Programme p) {
        currentUser.get().require(Rights.Action.EDIT, p);
        if (p.getStatus() == ProgrammeStatus.REFUSED || p.getStatus() == ProgrammeStatus.EXCLUDED
                || p.getStatus() == ProgrammeStatus.WITHDRAWN) {
            throw new Conflict("Группы программы в состоянии «" + ProgrammeLifecycle.label(p.getStatus()) + "» не изменяются");
        }
    }

    private SocialService service(ProgrammeDraft d, AuthorisedBody authority) {
        SocialService s = em.find(SocialService.class, d.getServiceId());
        if (s == null || !s.getTerritory().getId().equals(authority.getTerritory().getId())) {
            throw new ValidationFailed("serviceId", "Услуга не найдена в перечне услуг территории органа");
        }
        return s;
    }

    private void fill(Programme p, ProgrammeDraft d) {
        if (d.getApplicationId() != null) {
            RegistryApplication a = em.find(RegistryApplication.class, d.getApplicationId());
            if (a == null || !a.getExecutor().getId().equals(p.getExecutor().getId()) || !a.getAuthority().getId().equals(p.getAuthority().getId())) {
                throw new ValidationFailed("applicationId", "Заявка на включение другого исполнителя или органа");
            }
            p.setApplication(a);
        }
        p.setForm(d.getForm() == null ? ProgrammeForm.FULL_TIME : d.getForm());
        p.setAges(d.getAgeFrom(), d.getAgeTo());
        p.setDurationMonths(d.getDurationMonths());
        p.setHours(d.getHours());
        p.setCapacity(d.getCapacity());
        p.setDescription(RegistryApplications.trim(d.getDescription()));
        p.getAddresses().clear();
        d.getAddresses().forEach(a -> p.getAddresses().add(a.strip()));
    }

    private void lock(Programme p, long version) {
        if (p.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private static String describe(Programme p) {
        return p.getName() + " (" + p.getService().getRegistryNumber().formatted() + ", " + RussianText.number(p.getHours()) + " ч)";
    }

    private static String describe(ProgrammeGroup g) {
        return g.getName() + ": " + RussianText.date(g.getStartsOn()) + " – " + RussianText.date(g.getEndsOn()) + ", мест " + g.getCapacity();
    }
}
