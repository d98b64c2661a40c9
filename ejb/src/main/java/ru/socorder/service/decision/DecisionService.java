package ru.socorder.service.decision;

import ru.socorder.service.security.Rights;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.decision.DecisionStatus;
import ru.socorder.model.decision.EfficiencyGoal;
import ru.socorder.model.decision.ElectronicDocument;
import ru.socorder.model.decision.PlanStage;
import ru.socorder.model.decision.ServiceInScope;
import ru.socorder.model.decision.WorkingGroup;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.audit.RecordHistory;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.PagedQuery;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.lifecycle.HistoryEntry;
import ru.socorder.service.lifecycle.TransitionLog;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;

/**
 * Решения об организации: the boundary of decisions — the header, the services in scope and the information support,
 * the lifecycle (adopt, expire) and the history. Everybody reads; administrators and clerks of the decision's territory
 * change them. The checks of these rights ({@link #requireReadable}, {@link #requireEditable}, {@link #requireEdit}) are
 * shared by the other boundaries of a decision: {@link ApprobationPlanService}, {@link IndicatorService},
 * {@link DecisionDocuments} and {@link WorkingGroupService}.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class DecisionService {
    @Inject
    private RecordHistory history;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AuditLog audit;

    @EJB
    private TransitionLog transitions;

    public Page<Decision> list(PageRequest page, Long territoryId) {
        currentUser.get();
        return PagedQuery.of(em, Decision.class, "d", "left join fetch d.territory", DataScope.everyone(currentUser.get(), "решения — открытые акты"))
                .filter("d.territory.id = :territory", "territory", territoryId)
                .search("d.title", "d.number", "d.issuer")
                .sortable(Map.of("date", "d.date", "number", "d.number", "territory", "d.territory.name", "status", "d.status"),
                        "d.date desc")
                .page(page);
    }

    /** A decision with its scope, plan, indicators, documents and working group. */
    public DecisionView view(long id) {
        Decision d = requireReadable(id);
        d.getDirections().size();
        d.getAuthorities().forEach(a -> a.getDirections().size());
        d.getAssignments().size();
        d.getExclusions().size();
        d.getIndicatorFootnotes().size();
        d.getSystems().size();
        List<ServiceInScope> services = em.createQuery("select s from ServiceInScope s join fetch s.service where s.decision = :d "
                + "order by s.position", ServiceInScope.class).setParameter("d", d).getResultList();
        List<PlanStage> stages = em.createQuery("select distinct s from PlanStage s left join fetch s.activities where s.decision = :d",
                PlanStage.class).setParameter("d", d).getResultList().stream()
                .sorted(Comparator.comparingInt(PlanStage::getPosition)).toList();
        List<EfficiencyGoal> goals = em.createQuery("select distinct g from EfficiencyGoal g left join fetch g.indicators where g.decision = :d",
                EfficiencyGoal.class).setParameter("d", d).getResultList().stream()
                .sorted(Comparator.comparingInt(EfficiencyGoal::getPosition)).toList();
        List<ElectronicDocument> documents = em.createQuery("select e from ElectronicDocument e where e.decision = :d order by e.number",
                ElectronicDocument.class).setParameter("d", d).getResultList();
        WorkingGroup group = em.createQuery("select distinct g from WorkingGroup g left join fetch g.members where g.decision = :d",
                WorkingGroup.class).setParameter("d", d).getResultStream().findFirst().orElse(null);
        if (group != null) {
            group.getRegulations().size();
            group.getMeetings().forEach(m -> {
                m.getPresent().size();
                m.getAgenda().forEach(a -> a.getVotes().size());
            });
        }
        return new DecisionView(d, services, stages, goals, documents, group);
    }

    /** The header of a recorded decision as a form, for editing. */
    public DecisionForm form(long id) {
        Decision d = decision(id);
        DecisionForm f = new DecisionForm();
        f.setTerritoryId(d.getTerritory().getId());
        f.setIssuer(d.getIssuer());
        f.setActType(d.getActType());
        f.setNumber(d.getNumber());
        f.setDate(d.getDate());
        f.setTitle(d.getTitle());
        f.setEffectiveFrom(d.getEffectiveFrom());
        f.setRetroactiveFrom(d.getRetroactiveFrom());
        f.setValidUntil(d.getValidUntil());
        f.setAmendsId(d.getAmends() == null ? null : d.getAmends().getId());
        f.setAmendsText(d.getAmendsText());
        f.setSignatoryPosition(d.getSignatoryPosition());
        f.setSignatoryName(d.getSignatoryName());
        f.setControlOfficial(d.getControlOfficial());
        f.setAuthorityIds(d.getAuthorities().stream().map(a -> a.getId()).toList());
        f.setDirectionCodes(d.getDirections().stream().map(x -> x.getCode()).toList());
        f.setStandardStages(false);
        return f;
    }

    /** Corrects the header of a decision (act details, signatory, directions and authorities). */
    public Decision update(long id, long version, DecisionForm f) {
        Decision d = editable(id, version);
        validateHeader(f, false);
        applyHeader(d, f);
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.DECISION_UPDATED, d.getId(), d.getLabel());
        return d;
    }

    private static void validateHeader(DecisionForm f, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        if (creating && f.getTerritoryId() == null) {
            errors.add(new FieldError("territoryId", "Укажите территорию (публично-правовое образование)"));
        }
        if (f.getIssuer() == null || f.getIssuer().isBlank()) {
            errors.add(new FieldError("issuer", "Укажите орган, издавший акт"));
        }
        if (f.getTitle() == null || f.getTitle().isBlank()) {
            errors.add(new FieldError("title", "Укажите наименование акта"));
        }
        if (f.getEffectiveFrom() != null && f.getValidUntil() != null && f.getValidUntil().isBefore(f.getEffectiveFrom())) {
            errors.add(new FieldError("validUntil", "Срок действия заканчивается раньше, чем акт вступает в силу"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private void applyHeader(Decision d, DecisionForm f) {
        d.setIssuer(f.getIssuer().trim());
        d.setActType(f.getActType() == null || f.getActType().isBlank() ? "Постановление" : f.getActType().trim());
        d.setNumber(trim(f.getNumber()));
        d.setDate(f.getDate());
        d.setTitle(f.getTitle().trim());
        d.setEffectiveFrom(f.getEffectiveFrom());
        d.setRetroactiveFrom(f.getRetroactiveFrom());
        d.setValidUntil(f.getValidUntil());
        if (f.getAmendsId() != null && (d.getAmends() == null || !d.getAmends().getId().equals(f.getAmendsId()))) {
            Decision amended = em.find(Decision.class, f.getAmendsId());
            if (amended == null || amended == d) {
                throw new ValidationFailed("amendsId", "Изменяемое решение не найдено");
            }
            d.setAmends(amended);
        }
        d.setAmendsText(trim(f.getAmendsText()));
        d.setSignatoryPosition(trim(f.getSignatoryPosition()));
        d.setSignatoryName(trim(f.getSignatoryName()));
        d.setControlOfficial(trim(f.getControlOfficial()));
        d.getAuthorities().clear();
        for (Long authority : f.getAuthorityIds()) {
            ru.socorder.model.catalog.AuthorisedBody a = em.find(ru.socorder.model.catalog.AuthorisedBody.class, authority);
            if (a == null) {
                throw new ValidationFailed("authorityIds", "Уполномоченный орган не найден");
            }
            d.getAuthorities().add(a);
        }
        d.getDirections().clear();
        for (String code : f.getDirectionCodes()) {
            d.getDirections().add(em.createQuery("select x from ActivityDirection x where x.code = :c", ru.socorder.model.catalog.ActivityDirection.class)
                    .setParameter("c", code).getResultStream().findFirst()
                    .orElseThrow(() -> new ValidationFailed("directionCodes", "Направление деятельности «" + code + "» не найдено")));
        }
        d.assignDirections();
    }

    /** Records a new decision as a draft (with the standard plan stages unless asked otherwise). */
    public Decision create(DecisionForm f) {
        currentUser.get().require(Rights.Action.CREATE, Decision.class); // rights before input
        validateHeader(f, true);
        ru.socorder.model.catalog.Territory territory = em.find(ru.socorder.model.catalog.Territory.class, f.getTerritoryId());
        if (territory == null) {
            throw new ValidationFailed("territoryId", "Территория не найдена");
        }
        currentUser.get().require(Rights.Action.CREATE, Rights.of(Decision.class, territory.getId()));
        Decision d = new Decision(territory, f.getIssuer().trim(), "Постановление", f.getTitle().trim());
        applyHeader(d, f);
        em.persist(d);
        if (f.isStandardStages()) {
            for (int i = 0; i < ApprobationPlanService.STANDARD_STAGES.size(); i++) {
                PlanStage stage = new PlanStage(d, (i + 1) + ".", ApprobationPlanService.STANDARD_STAGES.get(i), i);
                d.getStages().add(stage);
                em.persist(stage);
            }
        }
        WorkingGroup group = new WorkingGroup(d, "Рабочая группа по организации оказания услуг в социальной сфере");
        em.persist(group);
        DatabaseErrors.flush(em, Map.of());
        transitions.created(DecisionLifecycle.RECORD, d.getId(), d.getStatus(), null);
        audit.record(AuditEvent.DECISION_CREATED, d.getId(), d.getLabel());
        return d;
    }

    /** Adds a service of the decision's territory to its scope, with the selection method. */
    public ServiceInScope addService(long decisionId, long serviceId, ru.socorder.model.decision.SelectionMethod method, Long organiserId) {
        Decision d = requireEditable(decisionId);
        ru.socorder.model.catalog.SocialService service = em.find(ru.socorder.model.catalog.SocialService.class, serviceId);
        if (service == null || !service.getTerritory().getId().equals(d.getTerritory().getId())) {
            throw new ValidationFailed("serviceId", "Услуга не найдена в справочнике территории решения");
        }
        if (method == null) {
            throw new ValidationFailed("method", "Укажите способ отбора исполнителей: конкурс или социальный сертификат");
        }
        boolean already = em.createQuery("select count(s) from ServiceInScope s where s.decision = :d and s.service = :svc", Long.class)
                .setParameter("d", d).setParameter("svc", service).getSingleResult() > 0;
        if (already) {
            throw new Conflict("Услуга " + service.getRegistryNumber().formatted() + " уже включена в решение");
        }
        ru.socorder.model.catalog.AuthorisedBody organiser = organiserId == null ? null
                : em.find(ru.socorder.model.catalog.AuthorisedBody.class, organiserId);
        int position = em.createQuery("select count(s) from ServiceInScope s where s.decision = :d", Long.class)
                .setParameter("d", d).getSingleResult().intValue();
        ServiceInScope scope = new ServiceInScope(d, service, method, organiser, null, position);
        d.getServices().add(scope);
        em.persist(scope);
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.DECISION_SERVICE_ADDED, d.getId(), service.getRegistryNumber().formatted() + " " + method);
        return scope;
    }

    public void removeService(long scopeId) {
        ServiceInScope scope = em.find(ServiceInScope.class, scopeId);
        if (scope == null) {
            throw new NotFound("Услуга не включена в решение");
        }
        requireEdit(scope.getDecision());
        scope.getDecision().getServices().remove(scope);
        em.remove(scope);
        audit.record(AuditEvent.DECISION_SERVICE_REMOVED, scope.getDecision().getId(), scope.getService().getRegistryNumber().formatted());
    }

    /** A row of the electronic documents list: its name and the information system that forms it. */
    public record DocumentRow(String name, String system) implements java.io.Serializable {
    }

    /**
     * Replaces the information support of a decision (art. 8): the electronic documents with the system forming each,
     * the systems used, publication on the unified budget portal, the paper fallback.
     */
    public Decision setInformationSupport(long decisionId, long version, List<DocumentRow> documents, List<String> systems,
                                          String portal, String paperFallback) {
        Decision d = editable(decisionId, version);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).name() == null || documents.get(i).name().isBlank()) {
                errors.add(new FieldError("documents[" + i + "].name", "Документ " + (i + 1) + ": укажите наименование"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        for (ElectronicDocument old : em.createQuery("select e from ElectronicDocument e where e.decision = :d", ElectronicDocument.class)
                .setParameter("d", d).getResultList()) {
            d.getDocuments().remove(old);
            em.remove(old);
        }
        em.flush();
        for (int i = 0; i < documents.size(); i++) {
            ElectronicDocument e = new ElectronicDocument(d, i + 1, documents.get(i).name().trim(), trim(documents.get(i).system()));
            d.getDocuments().add(e);
            em.persist(e);
        }
        d.getSystems().clear();
        systems.stream().map(String::trim).filter(x -> !x.isEmpty()).distinct().forEach(d.getSystems()::add);
        d.setPortalText(trim(portal));
        d.setPaperFallback(trim(paperFallback));
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.DECISION_INFO_SUPPORT, d.getId(), documents.size() + " документов");
        return d;
    }

    /** Replaces the list of special names excluded from selection («детская школа искусств» …). */
    public Decision setExclusions(long decisionId, long version, List<String> exclusions) {
        Decision d = editable(decisionId, version);
        d.getExclusions().clear();
        exclusions.stream().map(String::trim).filter(x -> !x.isEmpty()).distinct().forEach(d.getExclusions()::add);
        audit.record(AuditEvent.DECISION_EXCLUSIONS, d.getId(), String.join("; ", d.getExclusions()));
        return d;
    }

    /** Adopts a draft; an act it amends becomes «изменено». */
    public Decision adopt(long id, long version) {
        Decision d = step(id, version, DecisionLifecycle.Action.ADOPT);
        DecisionStatus amended = d.getAmends() == null ? null
                : DecisionLifecycle.TABLE.follow(d.getAmends().getStatus(), DecisionLifecycle.Action.AMENDED_BY);
        if (amended != null) {
            DecisionStatus before = d.getAmends().getStatus();
            d.getAmends().setStatus(amended);
            transitions.record(DecisionLifecycle.RECORD, d.getAmends().getId(), DecisionLifecycle.Action.AMENDED_BY, before, amended,
                    "изменено решением " + d.getLabel());
            audit.record(AuditEvent.DECISION_AMENDED, d.getAmends().getId(), "изменено решением " + d.getLabel());
        }
        audit.record(AuditEvent.DECISION_ADOPTED, d.getId(), d.getLabel());
        return d;
    }

    /** Marks an adopted or amended decision as no longer in force. */
    public Decision expire(long id, long version) {
        Decision d = step(id, version, DecisionLifecycle.Action.EXPIRE);
        audit.record(AuditEvent.DECISION_EXPIRED, d.getId(), d.getLabel());
        return d;
    }

    /** A step of the lifecycle table, recorded in the transition log. */
    private Decision step(long id, long version, DecisionLifecycle.Action action) {
        Decision d = editable(id, version);
        DecisionStatus from = d.getStatus();
        d.setStatus(DecisionLifecycle.TABLE.next(from, action, actor(d), null));
        transitions.record(DecisionLifecycle.RECORD, d.getId(), action, from, d.getStatus(), null);
        return d;
    }

    /** Who the caller is for this decision: may it adopt and expire it? */
    public DecisionLifecycle.Actor actor(Decision d) {
        return new DecisionLifecycle.Actor(currentUser.get().can(Rights.Action.EDIT, d));
    }

    /** The steps of the decision, oldest first (decisions are public acts: every logged-in user reads them). */
    public List<HistoryEntry> history(long id) {
        requireReadable(id);
        return history.of(RecordKind.DECISION, id, DecisionLifecycle.TABLE::describe);
    }

    private Decision decision(long id) {
        Decision d = em.find(Decision.class, id);
        if (d == null) {
            throw new NotFound("Решение не найдено");
        }
        return d;
    }

    private Decision editable(long id, long version) {
        Decision d = requireEditable(id);
        if (d.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        return d;
    }

    /**
     * Serialises a change of the decision as a whole (its appendices): its row is locked until the transaction ends,
     * the version the caller read is compared with the stored one, and the change increases the version — also when
     * only its collections change, which JPA alone would not count. Of two writers with one version the second gets 409.
     */
    public Decision lockForChange(long id, long version) {
        Decision d = requireEditable(id);
        Number stored = (Number) em.createNativeQuery("select version from decision where id = ? for update")
                .setParameter(1, d.getId()).getSingleResult();
        if (stored.longValue() != version || d.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        em.lock(d, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return d;
    }

    /** Any logged-in user reads a decision (a public act); 404 for an unknown one. */
    public Decision requireReadable(long id) {
        currentUser.get();
        return decision(id);
    }

    /** 404 for an unknown decision, 403 for a caller who may not change it: checked before the input is read. */
    public Decision requireEditable(long id) {
        Decision d = decision(id);
        requireEdit(d);
        return d;
    }

    /** Administrators and clerks of the decision's territory change it. */
    public void requireEdit(Decision d) {
        currentUser.get().require(Rights.Action.EDIT, d);
    }

    /** Blank text is no text; other text is trimmed. */
    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
