package ru.socorder.service.catalog;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.socorder.model.identifier.Oktmo;
import ru.socorder.model.identifier.RegistryNumber;

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

    /** Which of the given executor ИНН/КПП keys are already in the directory. */
    static Set<String> existingExecutorKeys(EntityManager em, Set<String> keys) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += 1000) {
            found.addAll(em.createQuery("select e.identityKey from Executor e where e.identityKey in :keys", String.class)
                    .setParameter("keys", all.subList(i, Math.min(all.size(), i + 1000))).getResultList());
        }
        return found;
    }

    /** Which of the given "territoryId/number" service keys are already in the directory. */
    static Set<String> existingServiceKeys(EntityManager em, Set<String> keys) {
        Set<String> found = new HashSet<>();
        List<RegistryNumber> numbers = keys.stream().map(k -> RegistryNumber.of(k.substring(k.indexOf('/') + 1))).distinct().toList();
        for (int i = 0; i < numbers.size(); i += 1000) {
            for (Object[] row : em.createQuery("select s.territory.id, s.registryNumber from SocialService s where s.registryNumber in :n",
                    Object[].class).setParameter("n", numbers.subList(i, Math.min(numbers.size(), i + 1000))).getResultList()) {
                String key = row[0] + "/" + ((RegistryNumber) row[1]).value();
                if (keys.contains(key)) {
                    found.add(key);
                }
            }
        }
        return found;
    }
}
