package ru.socorder.service.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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

    private long count(String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
    }
}
