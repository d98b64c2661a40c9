package ru.socorder.service.catalog;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.ServiceIndicator;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.PagedQuery;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;

/** Услуги: the boundary of the services of the basic/regional lists used in each territory. */
@Stateless
public class ServiceCatalog {
    static final String DUPLICATE = "Услуга с таким реестровым номером уже есть в справочнике этой территории";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AuditLog audit;

    public Page<SocialService> list(PageRequest page, Long territoryId) {
        currentUser.get();
        String numberQuery = null;
        if (page.query() != null) {
            IdentifierCheck n = RegistryNumber.check(page.query());
            numberQuery = n.valid() ? n.canonical() : null;
        }
        return PagedQuery.of(em, SocialService.class, "s", "left join fetch s.territory left join fetch s.direction")
                .where("s.territory.id = :territory", "territory", territoryId)
                .where("s.registryNumber = :number", "number", numberQuery == null ? null : RegistryNumber.of(numberQuery))
                .search(numberQuery == null ? new String[] {"s.name", "s.content", "s.consumerCategory"} : new String[0])
                .sortable(Map.of("registryNumber", "s.registryNumber", "name", "s.name", "content", "s.content",
                        "territory", "s.territory.name"), "s.registryNumber")
                .page(numberQuery == null ? page : new PageRequest(page.first(), page.size(), page.sortField(), page.ascending(), null));
    }

    /** Services with this registry number in any territory; accepts every lookalike spelling. */
    public List<SocialService> byRegistryNumber(String raw) {
        currentUser.get();
        IdentifierCheck check = RegistryNumber.check(raw);
        if (!check.valid()) {
            throw new ValidationFailed("registryNumber", check.message());
        }
        return em.createQuery("select s from SocialService s left join fetch s.territory where s.registryNumber = :n "
                + "order by s.territory.name", SocialService.class)
                .setParameter("n", RegistryNumber.of(check.canonical())).getResultList();
    }

    public SocialService get(long id) {
        currentUser.get();
        SocialService s = em.find(SocialService.class, id);
        if (s == null) {
            throw new NotFound("Услуга не найдена");
        }
        s.getIndicators().size();
        return s;
    }

    public ServiceDraft draft(long id) {
        return ServiceDraft.of(get(id));
    }

    public SocialService create(ServiceDraft draft) {
        Caller caller = currentUser.get();
        caller.requireCatalogEdit(draft.getTerritoryId());
        RuleResult rules = ServiceRules.check(draft);
        rules.throwIfInvalid();
        RegistryNumber number = RegistryNumber.of(draft.getRegistryNumber());
        Territory territory = find(Territory.class, draft.getTerritoryId(), "territoryId", "Территория не найдена");
        refuseDuplicate(number, territory.getId(), null);
        SocialService s = new SocialService(number, territory, draft.getName().trim());
        apply(draft, s);
        em.persist(s);
        DatabaseErrors.flush(em, Map.of("uk_service_territory_number", DUPLICATE));
        audit.record("SERVICE_CREATED", "SocialService", s.getId(), number.formatted() + " " + String.join("; ", rules.corrections()));
        return s;
    }

    public SocialService update(long id, ServiceDraft draft) {
        Caller caller = currentUser.get();
        SocialService s = get(id);
        caller.requireCatalogEdit(s.getTerritory().getId());
        caller.requireCatalogEdit(draft.getTerritoryId());
        if (draft.getVersion() == null) {
            throw new ValidationFailed("version", "Укажите версию записи (поле version), полученную при чтении");
        }
        if (s.getVersion() != draft.getVersion()) {
            throw Conflict.staleVersion();
        }
        ServiceRules.check(draft).throwIfInvalid();
        RegistryNumber number = RegistryNumber.of(draft.getRegistryNumber());
        Territory territory = find(Territory.class, draft.getTerritoryId(), "territoryId", "Территория не найдена");
        refuseDuplicate(number, territory.getId(), id);
        s.setRegistryNumber(number);
        s.setTerritory(territory);
        s.setName(draft.getName().trim());
        apply(draft, s);
        DatabaseErrors.flush(em, Map.of("uk_service_territory_number", DUPLICATE));
        audit.record("SERVICE_UPDATED", "SocialService", s.getId(), number.formatted());
        return s;
    }

    public void delete(long id, Long version) {
        Caller caller = currentUser.get();
        SocialService s = get(id);
        caller.requireCatalogEdit(s.getTerritory().getId());
        if (version != null && s.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        em.remove(s);
        DatabaseErrors.flush(em, Map.of());
        audit.record("SERVICE_DELETED", "SocialService", id, s.getRegistryNumber().formatted());
    }

    private void apply(ServiceDraft d, SocialService s) {
        s.setContent(ExecutorRules.trim(d.getContent()));
        s.setConditions(ExecutorRules.trim(d.getConditions()));
        s.setConsumerCategory(ExecutorRules.trim(d.getConsumerCategory()));
        s.setDirection(d.getDirectionId() == null ? null
                : find(ActivityDirection.class, d.getDirectionId(), "directionId", "Направление деятельности не найдено"));
        s.setNormativeCost(d.getNormativeCost());
        s.setLicenceRequired(d.isLicenceRequired());
        s.setValidFrom(d.getValidFrom());
        s.setValidTo(d.getValidTo());
        s.getIndicators().clear();
        for (int i = 0; i < d.getIndicators().size(); i++) {
            ServiceDraft.IndicatorDraft ind = d.getIndicators().get(i);
            MeasurementUnit unit = ind.getUnitCode() == null || ind.getUnitCode().isBlank() ? null : unit(ind.getUnitCode().trim(), i);
            s.getIndicators().add(new ServiceIndicator(ServiceRules.kind(ind.getKind()), ind.getName().trim(), unit));
        }
    }

    private MeasurementUnit unit(String code, int index) {
        return em.createQuery("select u from MeasurementUnit u where u.code = :c", MeasurementUnit.class)
                .setParameter("c", code).getResultStream().findFirst()
                .orElseThrow(() -> new ValidationFailed("indicators[" + index + "].unitCode",
                        "Показатель " + (index + 1) + ": единица измерения с кодом ОКЕИ " + code + " не найдена в справочнике"));
    }

    private void refuseDuplicate(RegistryNumber number, Long territory, Long self) {
        List<Long> same = em.createQuery("select s.id from SocialService s where s.registryNumber = :n and s.territory.id = :t", Long.class)
                .setParameter("n", number).setParameter("t", territory).getResultList();
        if (same.stream().anyMatch(other -> !other.equals(self))) {
            throw new Conflict(DUPLICATE + " (" + number.formatted() + ")");
        }
    }

    private <T> T find(Class<T> type, Long id, String field, String message) {
        T t = id == null ? null : em.find(type, id);
        if (t == null) {
            throw new ValidationFailed(field, message);
        }
        return t;
    }
}
