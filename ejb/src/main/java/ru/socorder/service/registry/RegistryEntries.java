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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.socorder.model.registry.RegistryApplication;
import ru.socorder.model.registry.RegistryEntry;
import ru.socorder.model.registry.RegistryEntryStatus;
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
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;
import ru.socorder.service.security.Rights;

/**
 * The registry of executors of an authority: entries listed and searched by every logged-in user (the registry is
 * public), created or re-activated by an inclusion ({@link RegistryApplications}), suspended, resumed, excluded and
 * re-included by the authority's clerks — each step with its date and basis, in the transition log. An entry's number
 * is the next one within the authority's registry and is never reused (entries are never deleted; the database keeps
 * the number unique per authority).
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class RegistryEntries {
    private static final Map<String, String> DUPLICATES = Map.of(
            "uk_registry_entry_number", "Номер записи реестра только что занят другой записью: повторите включение",
            "uk_registry_entry_executor", "Исполнитель уже включён в реестр этого органа");

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

    /** Entries of the registries: every logged-in user reads them; filtered by authority, executor, status. */
    public Page<RegistryEntry> list(PageRequest page, Long authorityId, Long executorId, RegistryEntryStatus status) {
        Caller c = currentUser.get();
        return PagedQuery.of(em, RegistryEntry.class, "e", "join fetch e.executor join fetch e.authority",
                        DataScope.everyone(c, "реестр исполнителей общедоступен"))
                .filter("e.authority.id = :authority", "authority", authorityId)
                .filter("e.executor.id = :executor", "executor", executorId)
                .filter("e.status = :status", "status", status)
                .search("e.executor.fullName", "e.executor.shortName")
                .sortable(Map.of("number", "e.number", "includedOn", "e.includedOn", "executor", "e.executor.fullName",
                        "status", "e.status"), "e.authority.id, e.number")
                .page(page);
    }

    public RegistryEntry get(long id) {
        RegistryEntry e = em.find(RegistryEntry.class, id);
        if (e == null) {
            throw new NotFound("Запись реестра исполнителей не найдена");
        }
        currentUser.get().require(Rights.Action.READ, e);
        return e;
    }

    /** The caller's own entries (an executor's user: its organisation's, in every authority's registry). */
    public List<RegistryEntry> mine() {
        Caller c = currentUser.get();
        if (c.executorId() == null) {
            return List.of();
        }
        return em.createQuery("select e from RegistryEntry e join fetch e.authority where e.executor.id = :x order by e.includedOn",
                RegistryEntry.class).setParameter("x", c.executorId()).getResultList();
    }

    /** The executor's entry in the authority's registry, if any. */
    public RegistryEntry of(long authorityId, long executorId) {
        return em.createQuery("select e from RegistryEntry e where e.authority.id = :a and e.executor.id = :x", RegistryEntry.class)
                .setParameter("a", authorityId).setParameter("x", executorId).getResultStream().findFirst().orElse(null);
    }

    public RegistryEntryLifecycle.Actor actor(RegistryEntry e) {
        return new RegistryEntryLifecycle.Actor(currentUser.get().can(Rights.Action.APPROVE, e));
    }

    /**
     * Includes the application's executor for its services (called by the inclusion, in its transaction): a new entry
     * with the next number of the authority's registry, or the existing one — re-included when excluded — with the
     * services added.
     */
    public RegistryEntry include(RegistryApplication a, LocalDate on) {
        currentUser.get().require(Rights.Action.APPROVE, a);
        RegistryEntry e = of(a.getAuthority().getId(), a.getExecutor().getId());
        String basis = "заявка № " + a.getId();
        if (e == null) {
            // serialise numbering within the authority: the authority's row is locked until the inclusion commits
            em.createNativeQuery("select id from authorised_body where id = ? for update").setParameter(1, a.getAuthority().getId())
                    .getSingleResult();
            Integer max = em.createQuery("select max(x.number) from RegistryEntry x where x.authority.id = :a", Integer.class)
                    .setParameter("a", a.getAuthority().getId()).getSingleResult();
            e = new RegistryEntry(a.getAuthority(), a.getExecutor(), max == null ? 1 : max + 1, a, on);
            e.getServices().addAll(a.getServices());
            em.persist(e);
            transitions.created(RegistryEntryLifecycle.RECORD, e.getId(), RegistryEntryStatus.ACTIVE, basis);
            DatabaseErrors.flush(em, DUPLICATES);
            return e;
        }
        em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (e.getStatus() == RegistryEntryStatus.EXCLUDED) {
            RegistryEntryStatus next = RegistryEntryLifecycle.TABLE.next(e.getStatus(), RegistryEntryLifecycle.Action.REINCLUDE, actor(e), basis);
            transitions.record(RegistryEntryLifecycle.RECORD, e.getId(), RegistryEntryLifecycle.Action.REINCLUDE, e.getStatus(), next, basis);
            e.moveTo(next, on, basis);
        }
        e.setApplication(a);
        e.getServices().addAll(a.getServices());
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.REGISTRY_ENTRY_SERVICES, e.getId(), basis + ": " + a.getServices().stream()
                .map(s -> s.getRegistryNumber().formatted()).collect(Collectors.joining(", ")));
        return e;
    }

    /** Suspends, resumes, excludes or re-includes the entry on a date (today when none), with its basis. */
    public RegistryEntry transition(long id, long version, RegistryEntryLifecycle.Action action, LocalDate on, String basis) {
        RegistryEntry e = get(id);
        currentUser.get().require(Rights.Action.APPROVE, e);
        if (e.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        RegistryEntryStatus from = e.getStatus();
        RegistryEntryStatus next = RegistryEntryLifecycle.TABLE.next(from, action, actor(e), basis);
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        if (date.isBefore(e.getIncludedOn())) {
            throw new ValidationFailed("date", "Дата не может быть раньше включения в реестр");
        }
        e.moveTo(next, date, basis == null || basis.isBlank() ? null : basis.strip());
        transitions.record(RegistryEntryLifecycle.RECORD, e.getId(), action, from, next,
                ru.socorder.model.common.RussianText.date(date) + (basis == null || basis.isBlank() ? "" : ": " + basis.strip()));
        DatabaseErrors.flush(em, DUPLICATES);
        return e;
    }

    public List<HistoryEntry> history(long id) {
        get(id);
        return history.of(RecordKind.REGISTRY_ENTRY, id, RegistryEntryLifecycle.TABLE::describe);
    }
}
