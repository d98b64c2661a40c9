package ru.socorder.service.catalog;

import ru.socorder.service.security.Rights;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.ServiceIndicator;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.identifier.RegistryNumber;
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
import ru.socorder.service.exchange.ImportPreview;
import ru.socorder.service.exchange.RuleResult;
import ru.socorder.service.exchange.TableReader;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.service.lifecycle.HistoryEntry;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;

/** Услуги: the boundary of the services of the basic/regional lists used in each territory. */
@Stateless
@Interceptors(BoundaryFailures.class)
public class ServiceCatalog {
    /** How many services a picker offers at once (typing narrows them). */
    static final int OPTIONS = 30;
    static final String DUPLICATE = "Услуга с таким реестровым номером уже есть в справочнике этой территории";

    @Inject
    private RecordHistory history;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AuditLog audit;

    /**
     * Services by page; the query finds a part of the name, content or consumer category, or a part of the registry
     * number in any lookalike spelling ({@link RegistryNumber#searchPatterns}).
     */
    public Page<SocialService> list(PageRequest page, Long territoryId) {
        return PagedQuery.of(em, SocialService.class, "s", "left join fetch s.territory left join fetch s.direction",
                        DataScope.everyone(currentUser.get(), "перечень услуг открыт"))
                .filter("s.territory.id = :territory", "territory", territoryId)
                .search("s.name", "s.content", "s.consumerCategory")
                .searchAs("s.registryNumber", RegistryNumber::searchPatterns)
                .sortable(Map.of("registryNumber", "s.registryNumber", "name", "s.name", "content", "s.content",
                        "territory", "s.territory.name"), "s.registryNumber")
                .page(page);
    }

    /**
     * Services of a territory a picker offers for the text typed (as the list searches it), by registry number;
     * the ones already chosen are left out.
     */
    public List<OptionItem> options(long territoryId, String query, java.util.Collection<Long> chosen) {
        return PagedQuery.of(em, SocialService.class, "s", null, DataScope.everyone(currentUser.get(), "перечень услуг открыт"))
                .filter("s.territory.id = :territory", "territory", territoryId)
                .filter("s.id not in :chosen", "chosen", chosen == null || chosen.isEmpty() ? null : List.copyOf(chosen))
                .search("s.name", "s.content")
                .searchAs("s.registryNumber", RegistryNumber::searchPatterns)
                .sortable(Map.of(), "s.registryNumber")
                .page(new PageRequest(0, OPTIONS, null, true, query)).items().stream().map(ServiceCatalog::option).toList();
    }

    /** One service as a picker shows it. */
    public OptionItem option(long id) {
        return option(get(id));
    }

    private static OptionItem option(SocialService s) {
        return new OptionItem(s.getId(), s.getRegistryNumber().formatted() + " — " + s.getName()
                + (s.getContent() == null ? "" : " (" + s.getContent() + ")"));
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

    /** What happened to the service (created, changed), oldest first. */
    public List<HistoryEntry> history(long id) {
        get(id);
        return history.of(RecordKind.SERVICE, id);
    }

    public ServiceDraft draft(long id) {
        return ServiceDraft.of(get(id));
    }

    public SocialService create(ServiceDraft draft) {
        Caller caller = currentUser.get();
        caller.require(Rights.Action.CREATE, Rights.of(SocialService.class, draft.getTerritoryId()));
        RuleResult rules = ServiceRules.check(draft);
        rules.throwIfInvalid();
        RegistryNumber number = RegistryNumber.of(draft.getRegistryNumber());
        Territory territory = find(Territory.class, draft.getTerritoryId(), "territoryId", "Территория не найдена");
        refuseDuplicate(number, territory.getId(), null);
        SocialService s = new SocialService(number, territory, draft.getName().trim());
        apply(draft, s);
        em.persist(s);
        DatabaseErrors.flush(em, Map.of("uk_service_territory_number", DUPLICATE));
        audit.record(AuditEvent.SERVICE_CREATED, s.getId(), number.formatted() + " " + String.join("; ", rules.corrections()));
        return s;
    }

    public SocialService update(long id, ServiceDraft draft) {
        Caller caller = currentUser.get();
        SocialService s = get(id);
        caller.require(Rights.Action.EDIT, s);
        caller.require(Rights.Action.EDIT, Rights.of(SocialService.class, draft.getTerritoryId()));
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
        audit.record(AuditEvent.SERVICE_UPDATED, s.getId(), number.formatted());
        return s;
    }

    public void delete(long id, Long version) {
        Caller caller = currentUser.get();
        SocialService s = get(id);
        caller.require(Rights.Action.DELETE, s);
        if (version == null) {
            throw new ValidationFailed("version", "Укажите версию записи (параметр version), полученную при чтении");
        }
        if (s.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        em.remove(s);
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.SERVICE_DELETED, id, s.getRegistryNumber().formatted());
    }

    /** Reads a CSV/XLSX file of services and checks every row; writes nothing. */
    public ImportPreview<ServiceDraft> previewImport(String fileName, byte[] content) {
        Caller caller = currentUser.get();
        caller.require(Rights.Action.CREATE, SocialService.class);
        return ServiceImport.preview(TableReader.read(fileName, content), this::territoryByOktmo, caller.authorityTerritoryId(),
                this::directionByCode, keys -> CatalogLookups.existingServiceKeys(em, keys));
    }

    /** The list (filtered like the screen) as XLSX or CSV. */
    public TableWriter.ExportFile export(String query, String format) {
        TableWriter.requireFormat(format);
        ServiceCatalog self = context.getBusinessObject(ServiceCatalog.class);
        // read page by page while the file is written, each page in its own call: the heap holds one page
        Iterable<SocialService> all = TableWriter.paged((first, size) -> self.list(new PageRequest(first, size, "registryNumber", true, query), null).items(),
                PageRequest.MAX_SIZE);
        return TableWriter.write(format, "services", List.of(
                new TableWriter.Column<SocialService>("Реестровый номер", s -> s.getRegistryNumber().formatted()),
                new TableWriter.Column<SocialService>("Наименование услуги", SocialService::getName),
                new TableWriter.Column<SocialService>("Содержание", SocialService::getContent),
                new TableWriter.Column<SocialService>("Условия (формы) оказания", SocialService::getConditions),
                new TableWriter.Column<SocialService>("Категория потребителей", SocialService::getConsumerCategory),
                new TableWriter.Column<SocialService>("Направление", s -> s.getDirection() == null ? null : s.getDirection().getCode()),
                new TableWriter.Column<SocialService>("Нормативные затраты", SocialService::getNormativeCost),
                new TableWriter.Column<SocialService>("Требуется лицензия", SocialService::isLicenceRequired),
                new TableWriter.Column<SocialService>("ОКТМО", s -> s.getTerritory().getOktmo() == null ? null : s.getTerritory().getOktmo().value()),
                new TableWriter.Column<SocialService>("Территория", s -> s.getTerritory().getName())), all);
    }

    private Long territoryByOktmo(String oktmo) {
        return CatalogLookups.territoryByOktmo(em, oktmo);
    }

    private Long directionByCode(String code) {
        return em.createQuery("select d.id from ActivityDirection d where d.code = :c", Long.class)
                .setParameter("c", code.trim()).getResultStream().findFirst().orElse(null);
    }

    private void apply(ServiceDraft d, SocialService s) {
        ServiceRecords.apply(em, d, s);
    }

    private void refuseDuplicate(RegistryNumber number, Long territory, Long self) {
        List<Long> same = em.createQuery("select s.id from SocialService s where s.registryNumber = :n and s.territory.id = :t", Long.class)
                .setParameter("n", number).setParameter("t", territory).getResultList();
        if (same.stream().anyMatch(other -> !other.equals(self))) {
            throw new Conflict(DUPLICATE + " (" + number.formatted() + ")");
        }
    }

    private <T> T find(Class<T> type, Long id, String field, String message) {
        return ServiceRecords.find(em, type, id, field, message);
    }
}
