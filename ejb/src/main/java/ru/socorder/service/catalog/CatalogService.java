package ru.socorder.service.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.Territory;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.PagedQuery;
import ru.socorder.service.security.CurrentUser;

/** Boundary of the reference data. Every logged-in user may read reference data. */
@Stateless
public class CatalogService {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

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
        return PagedQuery.of(em, Territory.class, "t", "left join fetch t.parent")
                .search("t.name", "t.oktmo")
                .sortable(Map.of("name", "t.name", "oktmo", "t.oktmo", "level", "t.level"), "t.name")
                .page(page);
    }

    public Page<ActivityDirection> directions(PageRequest page) {
        currentUser.get();
        return PagedQuery.of(em, ActivityDirection.class, "d", null)
                .search("d.name", "d.code")
                .sortable(Map.of("code", "d.code", "name", "d.name"), "d.code")
                .page(page);
    }

    public Page<AuthorisedBody> authorities(PageRequest page, Long territoryId) {
        currentUser.get();
        return PagedQuery.of(em, AuthorisedBody.class, "a", "left join fetch a.territory")
                .where("a.territory.id = :territory", "territory", territoryId)
                .search("a.fullName", "a.shortName", "a.inn")
                .sortable(Map.of("shortName", "a.shortName", "fullName", "a.fullName", "territory", "a.territory.name"), "a.shortName")
                .page(page);
    }

    public Page<MeasurementUnit> units(PageRequest page) {
        currentUser.get();
        return PagedQuery.of(em, MeasurementUnit.class, "u", null)
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

    private long count(String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
    }
}
