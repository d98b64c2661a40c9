package ru.socorder.service.certificate;

import jakarta.persistence.EntityManager;
import java.util.List;
import ru.socorder.model.catalog.Territory;

/**
 * Settings kept per territory and year (certificate terms, the closing calendar) apply to the territories under
 * theirs that have none of their own: the territory's record, or the nearest one above it.
 */
public final class NearestTerritory {
    private NearestTerritory() {
    }

    /**
     * The record of {@code type} (an entity with {@code territory} and {@code year}) of the territory or of the nearest
     * territory above it for the year, or null.
     */
    public static <T> T find(EntityManager em, Class<T> type, Territory territory, int year) {
        String query = "select x from " + type.getSimpleName() + " x where x.territory.id = :t and x.year = :y";
        for (Territory t = territory; t != null; t = t.getParent()) {
            List<T> found = em.createQuery(query, type).setParameter("t", t.getId()).setParameter("y", year).getResultList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return null;
    }
}
