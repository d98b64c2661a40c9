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
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.identifier.Inn;
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
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;

/** Исполнители услуг: the boundary of the executor directory. Everybody reads; administrators and clerks edit. */
@Stateless
@Interceptors(BoundaryFailures.class)
public class ExecutorCatalog {
    static final String DUPLICATE = "Исполнитель с такими ИНН и КПП уже есть в справочнике";

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

    /** @param inn exact ИНН filter (any spacing), or null */
    public Page<Executor> list(PageRequest page, String inn) {
        currentUser.get();
        String innValue = null;
        if (inn != null && !inn.isBlank()) {
            innValue = Inn.check(inn).valid() ? Inn.of(inn).value() : inn.replaceAll("\\D", "");
        }
        return PagedQuery.of(em, Executor.class, "e", "left join fetch e.territory",
                        DataScope.everyone(currentUser.get(), "реестр исполнителей открыт"))
                .filter("e.identityKey like :innPrefix", "innPrefix", innValue == null ? null : innValue + "/%")
                .search("e.fullName", "e.shortName", "e.identityKey")
                .sortable(Map.of("fullName", "e.fullName", "shortName", "e.shortName", "inn", "e.identityKey", "type", "e.type"),
                        "e.fullName")
                .page(page);
    }

    public Executor get(long id) {
        currentUser.get();
        Executor e = em.find(Executor.class, id);
        if (e == null) {
            throw new NotFound("Исполнитель не найден");
        }
        e.getLicences().size();
        return e;
    }

    /** What happened to the executor's card (created, changed), oldest first. */
    public List<HistoryEntry> history(long id) {
        get(id);
        return history.of(RecordKind.EXECUTOR, id);
    }

    public ExecutorDraft draft(long id) {
        return ExecutorDraft.of(get(id));
    }

    public Executor create(ExecutorDraft draft) {
        currentUser.get().require(Rights.Action.CREATE, Executor.class);
        ExecutorRules.check(draft).throwIfInvalid();
        refuseDuplicate(draft, null);
        Executor e = new Executor(ExecutorRules.type(draft.getType()), draft.getFullName().trim(), Inn.of(draft.getInn()));
        ExecutorRules.apply(draft, e);
        e.setTerritory(territory(draft.getTerritoryId()));
        em.persist(e);
        DatabaseErrors.flush(em, Map.of("uk_executor_identity", DUPLICATE));
        audit.record(AuditEvent.EXECUTOR_CREATED, e.getId(), e.getIdentityKeyForAudit());
        return e;
    }

    public Executor update(long id, ExecutorDraft draft) {
        currentUser.get().require(Rights.Action.EDIT, Executor.class);
        Executor e = get(id);
        if (draft.getVersion() == null) {
            throw new ValidationFailed("version", "Укажите версию записи (поле version), полученную при чтении");
        }
        if (e.getVersion() != draft.getVersion()) {
            throw Conflict.staleVersion();
        }
        ExecutorRules.check(draft).throwIfInvalid();
        refuseDuplicate(draft, id);
        ExecutorRules.apply(draft, e);
        e.setTerritory(territory(draft.getTerritoryId()));
        DatabaseErrors.flush(em, Map.of("uk_executor_identity", DUPLICATE));
        audit.record(AuditEvent.EXECUTOR_UPDATED, e.getId(), e.getIdentityKeyForAudit());
        return e;
    }

    public void delete(long id, Long version) {
        currentUser.get().require(Rights.Action.DELETE, Executor.class);
        if (version == null) {
            throw new ValidationFailed("version", "Укажите версию записи (параметр version), полученную при чтении");
        }
        Executor e = get(id);
        if (e.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        long users = em.createQuery("select count(u) from UserAccount u where u.executor = :e", Long.class)
                .setParameter("e", e).getSingleResult();
        if (users > 0) {
            throw new Conflict("Исполнителя нельзя удалить: к нему привязаны пользователи (" + users + ")");
        }
        em.remove(e);
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.EXECUTOR_DELETED, id, e.getIdentityKeyForAudit());
    }

    /** Reads a CSV/XLSX file and checks every row; writes nothing. */
    public ImportPreview<ExecutorDraft> previewImport(String fileName, byte[] content) {
        currentUser.get().require(Rights.Action.CREATE, Executor.class);
        return ExecutorImport.preview(TableReader.read(fileName, content), this::territoryByOktmo, keys -> CatalogLookups.existingExecutorKeys(em, keys));
    }

    /** The list (filtered like the screen) as XLSX or CSV. */
    public TableWriter.ExportFile export(String query, String format) {
        currentUser.get();
        TableWriter.requireFormat(format);
        ExecutorCatalog self = context.getBusinessObject(ExecutorCatalog.class);
        // read page by page while the file is written, each page in its own call: the heap holds one page
        Iterable<Executor> all = TableWriter.paged((first, size) -> self.list(new PageRequest(first, size, "fullName", true, query), null).items(),
                PageRequest.MAX_SIZE);
        return TableWriter.write(format, "executors", List.of(
                new TableWriter.Column<Executor>("Тип", e -> e.getType().label()),
                new TableWriter.Column<Executor>("Полное наименование", Executor::getFullName),
                new TableWriter.Column<Executor>("Краткое наименование", Executor::getShortName),
                new TableWriter.Column<Executor>("ИНН", e -> e.getInn().value()),
                new TableWriter.Column<Executor>("КПП", e -> e.getKpp() == null ? null : e.getKpp().value()),
                new TableWriter.Column<Executor>("ОГРН", e -> e.getOgrn() == null ? null : e.getOgrn().value()),
                new TableWriter.Column<Executor>("СНИЛС", e -> e.getSnils() == null ? null : e.getSnils().formatted()),
                new TableWriter.Column<Executor>("ОКТМО", e -> e.getTerritory() == null || e.getTerritory().getOktmo() == null
                        ? null : e.getTerritory().getOktmo().value()),
                new TableWriter.Column<Executor>("Адрес", Executor::getAddress),
                new TableWriter.Column<Executor>("Руководитель", Executor::getHeadName),
                new TableWriter.Column<Executor>("Телефон", Executor::getPhone),
                new TableWriter.Column<Executor>("Email", Executor::getEmail),
                new TableWriter.Column<Executor>("Некоммерческая", Executor::isNonProfit),
                new TableWriter.Column<Executor>("Господдержка", Executor::isReceivesStateSupport)), all);
    }

    private Long territoryByOktmo(String oktmo) {
        return CatalogLookups.territoryByOktmo(em, oktmo);
    }

    private void refuseDuplicate(ExecutorDraft draft, Long self) {
        List<Long> same = em.createQuery("select e.id from Executor e where e.identityKey = :k", Long.class)
                .setParameter("k", ExecutorRules.identityKey(draft)).getResultList();
        if (same.stream().anyMatch(other -> !other.equals(self))) {
            throw new Conflict(DUPLICATE + " (ИНН " + Inn.of(draft.getInn()).value()
                    + (ExecutorRules.blank(draft.getKpp()) ? "" : ", КПП " + draft.getKpp().trim()) + ")");
        }
    }

    private Territory territory(Long id) {
        if (id == null) {
            return null;
        }
        Territory t = em.find(Territory.class, id);
        if (t == null) {
            throw new ValidationFailed("territoryId", "Территория не найдена");
        }
        return t;
    }
}
