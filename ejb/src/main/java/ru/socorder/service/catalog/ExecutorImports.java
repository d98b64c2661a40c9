package ru.socorder.service.catalog;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.identifier.Inn;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.exchange.RowSink;
import ru.socorder.service.exchange.RuleResult;
import ru.socorder.service.job.ImportTarget;

/** Executor import as a job ({@code EXECUTOR_IMPORT}): the preview of {@link ExecutorCatalog}, the write in chunks. */
@Stateless
public class ExecutorImports implements ImportTarget {
    public static final String KIND = "EXECUTOR_IMPORT";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ExecutorCatalog executors;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void preview(String fileName, byte[] content, RowSink sink) {
        executors.previewImport(fileName, content).sendTo(sink);
    }

    @Override
    public List<Outcome> write(List<Serializable> drafts) {
        List<ExecutorDraft> all = drafts.stream().map(ExecutorDraft.class::cast).toList();
        List<RuleResult> checks = all.stream().map(ExecutorRules::check).toList();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            if (checks.get(i).ok()) {
                keys.add(ExecutorRules.identityKey(all.get(i)));
            }
        }
        Set<String> taken = new HashSet<>(keys.isEmpty() ? Set.of() : CatalogLookups.existingExecutorKeys(em, keys));
        List<Outcome> out = new ArrayList<>();
        // one read per territory and chunk (a reference would be read per row: territories are not in the shared cache)
        Map<Long, Territory> territories = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            ExecutorDraft d = all.get(i);
            if (!checks.get(i).ok()) {
                out.add(Outcome.refused(String.join("; ", checks.get(i).errors().stream().map(FieldError::message).toList())));
            } else if (!taken.add(ExecutorRules.identityKey(d))) {
                out.add(Outcome.refused(ExecutorCatalog.DUPLICATE));
            } else {
                Executor e = new Executor(ExecutorRules.type(d.getType()), d.getFullName().trim(), Inn.of(d.getInn()));
                ExecutorRules.apply(d, e);
                if (d.getTerritoryId() != null) {
                    e.setTerritory(territories.computeIfAbsent(d.getTerritoryId(), id -> em.find(Territory.class, id)));
                }
                em.persist(e);
                out.add(Outcome.written(e.getId()));
            }
        }
        DatabaseErrors.flush(em, Map.of("uk_executor_identity", ExecutorCatalog.DUPLICATE));
        return out;
    }
}
