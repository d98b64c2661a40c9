package ru.socorder.service.catalog;

import ru.socorder.service.security.Rights;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.exchange.ImportPreview;
import ru.socorder.service.exchange.RowSink;
import ru.socorder.service.exchange.RuleResult;
import ru.socorder.service.job.ImportTarget;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;

/**
 * Service import as a job ({@code SERVICE_IMPORT}): the preview of {@link ServiceCatalog} — refused when a row
 * belongs to a territory whose list the user may not change —, the write in chunks.
 */
@Stateless
public class ServiceImports implements ImportTarget {
    public static final String KIND = "SERVICE_IMPORT";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ServiceCatalog services;

    @Inject
    private CurrentUser currentUser;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void preview(String fileName, byte[] content, RowSink sink) {
        ImportPreview<ServiceDraft> preview = services.previewImport(fileName, content);
        Caller caller = currentUser.get();
        preview.drafts().forEach(d -> caller.require(Rights.Action.CREATE, Rights.of(ru.socorder.model.catalog.SocialService.class, d.getTerritoryId())));
        preview.sendTo(sink);
    }

    @Override
    public List<Outcome> write(List<Serializable> drafts) {
        List<ServiceDraft> all = drafts.stream().map(ServiceDraft.class::cast).toList();
        List<RuleResult> checks = all.stream().map(ServiceRules::check).toList();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            if (checks.get(i).ok()) {
                keys.add(ServiceImport.key(all.get(i)));
            }
        }
        Set<String> taken = new HashSet<>(keys.isEmpty() ? Set.of() : CatalogLookups.existingServiceKeys(em, keys));
        List<Outcome> out = new ArrayList<>();
        // one read per territory and chunk (a reference would be read per row: territories are not in the shared cache)
        Map<Long, Territory> territories = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            ServiceDraft d = all.get(i);
            if (!checks.get(i).ok()) {
                out.add(Outcome.refused(String.join("; ", checks.get(i).errors().stream().map(FieldError::message).toList())));
            } else if (!taken.add(ServiceImport.key(d))) {
                out.add(Outcome.refused(ServiceCatalog.DUPLICATE));
            } else {
                out.add(write(d, territories.computeIfAbsent(d.getTerritoryId(), id -> em.find(Territory.class, id))));
            }
        }
        DatabaseErrors.flush(em, Map.of("uk_service_territory_number", ServiceCatalog.DUPLICATE));
        return out;
    }

    private Outcome write(ServiceDraft d, Territory territory) {
        if (territory == null) {
            return Outcome.refused("Территория не найдена"); // removed since the preview
        }
        SocialService s = new SocialService(RegistryNumber.of(d.getRegistryNumber()), territory, d.getName().trim());
        try {
            ServiceRecords.apply(em, d, s);
        } catch (BusinessException e) {
            return Outcome.refused(e.getMessage()); // a direction or unit removed since the preview; nothing persisted
        }
        em.persist(s);
        return Outcome.written(s.getId());
    }
}
