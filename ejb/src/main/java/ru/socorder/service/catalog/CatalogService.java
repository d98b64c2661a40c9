package ru.socorder.service.catalog;

import ru.socorder.service.security.Rights;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.catalog.TerritoryLevel;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Kpp;
import ru.socorder.model.identifier.Ogrn;
import ru.socorder.model.identifier.Oktmo;
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
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;

/**
 * Boundary of the smaller reference lists (territories, directions, authorised bodies, units) and the dashboard
 * summary. Everybody reads; administrators edit; a clerk may edit the card of its own authority.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class CatalogService {
    @Inject
    private RecordHistory history;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AuditLog audit;

    public CatalogSummary summary() {
        currentUser.get();
        return new CatalogSummary(count("Territory"), count("ActivityDirection"), count("AuthorisedBody"),
                count("SocialService"), count("Executor"), count("MeasurementUnit"));
    }

    public List<OptionItem> authorityOptions() {
        currentUser.get();
        return em.createQuery("select new ru.socorder.service.catalog.OptionItem(a.id, a.shortName) from AuthorisedBody a "
                + "order by a.shortName", OptionItem.class).getResultList();
    }

    public List<OptionItem> executorOptions() {
        currentUser.get();
        return em.createQuery("select new ru.socorder.service.catalog.OptionItem(e.id, coalesce(e.shortName, e.fullName)) "
                + "from Executor e order by e.fullName", OptionItem.class).setMaxResults(1000).getResultList();
    }

    public Page<Territory> territories(PageRequest page) {
        currentUser.get();
        return PagedQuery.of(em, Territory.class, "t", "left join fetch t.parent", DataScope.everyone(currentUser.get(), "справочник территорий"))
                .search("t.name", "t.oktmo")
                .sortable(Map.of("name", "t.name", "oktmo", "t.oktmo", "level", "t.level"), "t.name")
                .page(page);
    }

    public Page<ActivityDirection> directions(PageRequest page) {
        currentUser.get();
        return PagedQuery.of(em, ActivityDirection.class, "d", null, DataScope.everyone(currentUser.get(), "справочник направлений"))
                .search("d.name", "d.code")
                .sortable(Map.of("code", "d.code", "name", "d.name"), "d.code")
                .page(page);
    }

    public Page<AuthorisedBody> authorities(PageRequest page, Long territoryId) {
        currentUser.get();
        return PagedQuery.of(em, AuthorisedBody.class, "a", "left join fetch a.territory", DataScope.everyone(currentUser.get(), "справочник органов"))
                .filter("a.territory.id = :territory", "territory", territoryId)
                .search("a.fullName", "a.shortName", "a.inn")
                .sortable(Map.of("shortName", "a.shortName", "fullName", "a.fullName", "territory", "a.territory.name"), "a.shortName")
                .page(page);
    }

    public Page<MeasurementUnit> units(PageRequest page) {
        currentUser.get();
        return PagedQuery.of(em, MeasurementUnit.class, "u", null, DataScope.everyone(currentUser.get(), "справочник ОКЕИ"))
                .search("u.name", "u.code", "u.shortName")
                .sortable(Map.of("code", "u.code", "name", "u.name"), "u.code")
                .page(page);
    }

    /** One reference record by id (territory, direction, authority or unit). */
    public <T> T find(Class<T> type, long id) {
        currentUser.get();
        T t = em.find(type, id);
        if (t == null) {
            throw new NotFound("Запись справочника не найдена");
        }
        if (t instanceof AuthorisedBody a) {
            a.getDirections().size();
        }
        return t;
    }

    /** What happened to a reference record (created, changed), oldest first. */
    public <T> List<HistoryEntry> history(Class<T> type, long id) {
        find(type, id);
        RecordKind kind = type == Territory.class ? RecordKind.TERRITORY : type == ActivityDirection.class ? RecordKind.DIRECTION
                : type == MeasurementUnit.class ? RecordKind.UNIT : type == AuthorisedBody.class ? RecordKind.AUTHORITY : null;
        if (kind == null) {
            throw new IllegalArgumentException(type + " is not a reference record");
        }
        return history.of(kind, id);
    }

    public List<OptionItem> territoryOptions() {
        currentUser.get();
        return em.createQuery("select new ru.socorder.service.catalog.OptionItem(t.id, t.name) from Territory t order by t.name",
                OptionItem.class).getResultList();
    }

    public List<OptionItem> directionOptions() {
        currentUser.get();
        return em.createQuery("select new ru.socorder.service.catalog.OptionItem(d.id, concat(d.code, ' ', d.name)) "
                + "from ActivityDirection d order by d.code", OptionItem.class).getResultList();
    }

    /** Units as (ОКЕИ code, "code name") pairs; indicators refer to units by code. */
    public List<CodeItem> unitOptions() {
        currentUser.get();
        return em.createQuery("select new ru.socorder.service.catalog.CodeItem(u.code, concat(u.code, ' ', u.name)) "
                + "from MeasurementUnit u order by u.code", CodeItem.class).getResultList();
    }

    public Territory saveTerritory(TerritoryForm f) {
        currentUser.get().require(f.getId() == null ? Rights.Action.CREATE : Rights.Action.EDIT, Territory.class);
        ReferenceRules.territory(f).throwIfInvalid();
        Territory parent = f.getParentId() == null ? null : reference(Territory.class, f.getParentId(), "parentId");
        if (parent != null && parent.getLevel() != TerritoryLevel.REGION) {
            throw new ValidationFailed("parentId", "Муниципальное образование входит в субъект РФ, а «" + parent.getName()
                    + "» — муниципальное образование");
        }
        Territory t = f.getId() == null ? new Territory(ReferenceRules.level(f.getLevel()), f.getName().trim(), Oktmo.of(f.getOktmo()), parent)
                : current(Territory.class, f.getId(), f.getVersion(), Territory::getVersion);
        t.setLevel(ReferenceRules.level(f.getLevel()));
        t.setName(f.getName().trim());
        t.setOktmo(Oktmo.of(f.getOktmo()));
        t.setParent(parent);
        if (f.getOrderDeadline() != null && !f.getOrderDeadline().isBlank()) {
            t.setOrderDeadline(ReferenceRules.orderDeadline(f.getOrderDeadline()));
        }
        if (f.getOrderForm() != null) {
            t.setOrderForm(f.getOrderForm().options());
        }
        return persist(t, t.getId() == null, "uk_territory_oktmo", "Территория с таким ОКТМО уже есть", "TERRITORY");
    }

    public ActivityDirection saveDirection(DirectionForm f) {
        currentUser.get().require(f.getId() == null ? Rights.Action.CREATE : Rights.Action.EDIT, ActivityDirection.class);
        ReferenceRules.direction(f).throwIfInvalid();
        ActivityDirection d = f.getId() == null ? new ActivityDirection(f.getCode().trim(), f.getName().trim(), null)
                : current(ActivityDirection.class, f.getId(), f.getVersion(), ActivityDirection::getVersion);
        d.setCode(f.getCode().trim());
        d.setName(f.getName().trim());
        d.setLegalBasis(f.getLegalBasis() == null || f.getLegalBasis().isBlank() ? null : f.getLegalBasis().trim());
        return persist(d, d.getId() == null, "uk_direction_code", "Направление с таким кодом уже есть", "DIRECTION");
    }

    public MeasurementUnit saveUnit(UnitForm f) {
        currentUser.get().require(f.getId() == null ? Rights.Action.CREATE : Rights.Action.EDIT, MeasurementUnit.class);
        ReferenceRules.unit(f).throwIfInvalid();
        MeasurementUnit u = f.getId() == null ? new MeasurementUnit(f.getCode().trim(), f.getName().trim(), null)
                : current(MeasurementUnit.class, f.getId(), f.getVersion(), MeasurementUnit::getVersion);
        u.setCode(f.getCode().trim());
        u.setName(f.getName().trim());
        u.setShortName(f.getShortName() == null || f.getShortName().isBlank() ? null : f.getShortName().trim());
        return persist(u, u.getId() == null, "uk_unit_code", "Единица с таким кодом ОКЕИ уже есть", "UNIT");
    }

    public AuthorisedBody saveAuthority(AuthorityForm f) {
        var caller = currentUser.get();
        caller.require(f.getId() == null ? Rights.Action.CREATE : Rights.Action.EDIT, Rights.of(AuthorisedBody.class, f.getId()));
        ReferenceRules.authority(f).throwIfInvalid();
        Territory territory = reference(Territory.class, f.getTerritoryId(), "territoryId");
        AuthorisedBody a = f.getId() == null ? new AuthorisedBody(f.getFullName().trim(), f.getShortName().trim(), territory)
                : current(AuthorisedBody.class, f.getId(), f.getVersion(), AuthorisedBody::getVersion);
        if (!caller.isAdmin()) {
            requireScopeUnchanged(a, territory, f.getDirectionIds());
        }
        a.setFullName(f.getFullName().trim());
        a.setShortName(f.getShortName().trim());
        a.setTerritory(territory);
        a.setInn(blank(f.getInn()) ? null : Inn.of(f.getInn()));
        a.setKpp(blank(f.getKpp()) ? null : Kpp.of(f.getKpp()));
        a.setOgrn(blank(f.getOgrn()) ? null : Ogrn.of(f.getOgrn()));
        a.setOkpo(blank(f.getOkpo()) ? null : f.getOkpo().trim());
        a.setBudgetChapterCode(blank(f.getBudgetChapterCode()) ? null : f.getBudgetChapterCode().trim());
        a.setHeadPosition(blank(f.getHeadPosition()) ? null : f.getHeadPosition().trim());
        a.setHeadName(blank(f.getHeadName()) ? null : f.getHeadName().trim());
        a.getDirections().clear();
        for (Long id : f.getDirectionIds()) {
            a.getDirections().add(reference(ActivityDirection.class, id, "directionIds"));
        }
        return persist(a, a.getId() == null, "-", "", "AUTHORITY");
    }

    /**
     * The territory and the directions of an authority define what its clerks may see and change (services of the
     * territory, orders by direction): only an administrator changes them, never a clerk on the own card.
     */
    private static void requireScopeUnchanged(AuthorisedBody a, Territory territory, List<Long> directionIds) {
        if (!a.getTerritory().getId().equals(territory.getId())) {
            throw new ru.socorder.service.common.Forbidden("Территорию уполномоченного органа изменяет только администратор");
        }
        java.util.Set<Long> now = a.getDirections().stream().map(ActivityDirection::getId).collect(java.util.stream.Collectors.toSet());
        if (!now.equals(new java.util.HashSet<>(directionIds))) {
            throw new ru.socorder.service.common.Forbidden("Направления деятельности уполномоченного органа изменяет только администратор");
        }
    }

    private <T> T current(Class<T> type, long id, Long version, java.util.function.ToLongFunction<T> versionOf) {
        T t = em.find(type, id);
        if (t == null) {
            throw new NotFound("Запись справочника не найдена");
        }
        if (version == null) {
            throw new ValidationFailed("version", "Укажите версию записи (поле version), полученную при чтении");
        }
        if (versionOf.applyAsLong(t) != version) {
            throw Conflict.staleVersion();
        }
        return t;
    }

    private <T> T persist(T entity, boolean creating, String constraint, String duplicateMessage, String kind) {
        if (creating) {
            em.persist(entity);
        }
        DatabaseErrors.flush(em, Map.of(constraint, duplicateMessage));
        Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        audit.record(AuditEvent.valueOf(kind + (creating ? "_CREATED" : "_UPDATED")), (Long) id, null);
        return entity;
    }

    private <T> T reference(Class<T> type, Long id, String field) {
        T t = id == null ? null : em.find(type, id);
        if (t == null) {
            throw new ValidationFailed(field, "Связанная запись справочника не найдена");
        }
        return t;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public TerritoryLevel[] levels() {
        return TerritoryLevel.values();
    }

    private long count(String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
    }
}
