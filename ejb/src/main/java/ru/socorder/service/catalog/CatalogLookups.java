package ru.socorder.service.catalog;

import jakarta.persistence.EntityManager;
import ru.socorder.model.identifier.Oktmo;

/** Lookups the importers of several reference lists share. */
final class CatalogLookups {
    private CatalogLookups() {
    }

    /** Territory id by ОКТМО, or null when the code is invalid or unknown. */
    static Long territoryByOktmo(EntityManager em, String oktmo) {
        if (!Oktmo.check(oktmo).valid()) {
            return null;
        }
        return em.createQuery("select t.id from Territory t where t.oktmo = :o", Long.class)
                .setParameter("o", Oktmo.of(oktmo)).getResultStream().findFirst().orElse(null);
    }
}
