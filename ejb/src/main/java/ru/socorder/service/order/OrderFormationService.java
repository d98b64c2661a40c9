package ru.socorder.service.order;

import ru.socorder.service.security.Rights;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderStatus;
import ru.socorder.model.order.PlanningPeriod;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.audit.RecordHistory;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.catalog.CodeItem;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.PagedQuery;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;

/**
 * Формирование социального заказа: orders, their lines (the volume split rule is checked on every save), the
 * approval workflow with its audit trail, versions and the difference between two versions. Clerks of the owning
 * authority edit, approvers of that authority approve, everybody with access to the authority reads.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class OrderFormationService {
    @Inject
    private RecordHistory history;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @EJB
    private ru.socorder.service.lifecycle.TransitionLog transitions;

    @Inject
    private jakarta.enterprise.event.Event<OrderApproved> approved;

    /** What the database's uniqueness rules (V8) mean for a clerk. */
    private static final Map<String, String> DUPLICATES = Map.of(
            "ux_order_per_year", "Заказ органа по этому направлению на этот год уже есть: изменения вносятся новой версией",
            "ux_order_line_service", "Услуга уже есть в другой строке заказа: объёмы услуги указываются в одной строке");

    public Page<SocialOrder> list(PageRequest page, Integer year, Long authorityId, OrderStatus status) {
        Caller c = currentUser.get();
        return PagedQuery.of(em, SocialOrder.class, "o", "left join fetch o.authority left join fetch o.direction",
                        DataScope.authority(c, "o.authority.id"))
                .filter("o.authority.id = :authority", "authority", authorityId)
                .filter("o.fiscalYear = :year", "year", year)
                .filter("o.status = :status", "status", status)
                .search("o.title")
                .sortable(Map.of("year", "o.fiscalYear", "title", "o.title", "status", "o.status", "version", "o.versionNumber"),
                        "o.fiscalYear desc")
                .page(page);
    }

    /**
     * The order with everything the editor, the printed form and the export read: lines, their volumes and quality
     * indicators, services with their indicators, transitions. Volumes, services and units are batch-read (IN).
     */
    public SocialOrder get(long id) {
        return get(id, false);
    }

    /** The order version fully read for showing (the API's order document): a bounded number of queries, detached. */
    public SocialOrder display(long id) {
        return forDisplay(() -> get(id, true));
    }

    /**
     * Runs a read for display (see {@link #get(long, boolean)}): with flush mode COMMIT, as nothing is written, and
     * everything it read detached at the end, fully read.
     */
    private <T> T forDisplay(java.util.function.Supplier<T> read) {
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        T result = read.get();
        em.clear();
        return result;
    }

    /**
     * @param display read for showing or printing only: the collections of embeddables that refer to a unit (quality
     *                indicators, the services' indicators) are batch-read too, so the number of queries does not grow
     *                with the lines. EclipseLink 4 builds such batched embeddables without their reference descriptor
     *                and fails when it computes changes (at a flush), so such reads run in {@link #forDisplay}: flush
     *                mode COMMIT, everything detached before the transaction ends; changes never read this way.
     */
    private SocialOrder get(long id, boolean display) {
        SocialOrder o = em.find(SocialOrder.class, id);
        if (o == null) {
            throw new NotFound("Социальный заказ не найден");
        }
        currentUser.get().require(Rights.Action.READ, o);
        // the lines with their volumes, services and units in one query per attribute; the order's own line collection
        // then finds them in the persistence context
        TypedQuery<OrderLine> lines = em.createQuery("select l from OrderLine l where l.order = :o", OrderLine.class)
                .setParameter("o", o).setHint("eclipselink.batch.type", "IN");
        // not the collections of embeddables that refer to a unit (quality, service indicators): EclipseLink 4 builds
        // them without their reference descriptor and fails at commit; they stay one query per line
        for (String path : display ? List.of("l.years", "l.unit", "l.service", "l.quality", "l.service.indicators")
                : List.of("l.years", "l.unit", "l.service")) {
            lines.setHint("eclipselink.batch", path); // each call adds a batched attribute
        }
        lines.getResultList();
        o.getLines().forEach(l -> {
            l.getYears().size();
            l.getQuality().size();
            l.getService().getIndicators().size();
        });
        o.getAuthority().getTerritory().getName();
        return o;
    }

    public SocialOrder create(OrderForm f) {
        Caller c = currentUser.get();
        if (f.authorityId == null) {
            f.authorityId = c.authorityId();
        }
        c.require(Rights.Action.CREATE, Rights.of(SocialOrder.class, f.authorityId)); // rights before input
        List<FieldError> errors = new ArrayList<>();
        if (f.title == null || f.title.isBlank()) {
            errors.add(new FieldError("title", "Укажите наименование заказа"));
        }
        if (f.fiscalYear == null) {
            errors.add(new FieldError("fiscalYear", "Укажите финансовый год заказа"));
        } else {
            OrderYears.checkFiscalYear(f.fiscalYear, LocalDate.now(clock)).ifPresent(errors::add);
        }
        if (f.directionCode == null || f.directionCode.isBlank()) {
            errors.add(new FieldError("directionCode", "Укажите направление деятельности заказа"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        AuthorisedBody authority = em.find(AuthorisedBody.class, f.authorityId);
        ActivityDirection direction = authority.getDirections().stream().filter(d -> d.getCode().equals(f.directionCode.strip()))
                .findFirst().orElseThrow(() -> new ValidationFailed("directionCode", "Направление «" + f.directionCode.strip()
                        + "» не закреплено за уполномоченным органом «" + authority.getShortName() + "»"));
        requireNoOtherOrder(authority, direction, f.fiscalYear);
        SocialOrder o = new SocialOrder(authority, direction, f.fiscalYear, f.title.strip());
        o.setAsOfDate(f.asOfDate);
        o.setBudgetName(f.budgetName == null || f.budgetName.isBlank() ? null : f.budgetName.strip());
        o.setBeyondPlanUntil(beyondPlanUntil(f.fiscalYear, f.beyondPlanUntil));
        em.persist(o);
        o.setFamilyId(o.getId());
        new OrderLineWriter(em).write(o, f.lines == null ? List.of() : f.lines);
        transitions.created(OrderLifecycle.RECORD, o.getId(), OrderStatus.DRAFT, null);
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.ORDER_CREATED, o.getId(), o.getTitle());
        return o;
    }

    /**
     * One order per authority, direction and financial year: a change of an existing order is a new version
     * («Внести изменения»), never a second order beside it. The database holds the same rule (V8).
     */
    private void requireNoOtherOrder(AuthorisedBody authority, ActivityDirection direction, int fiscalYear) {
        em.createQuery("select o from SocialOrder o where o.authority = :a and o.direction = :d and o.fiscalYear = :y "
                        + "order by o.versionNumber desc", SocialOrder.class)
                .setParameter("a", authority).setParameter("d", direction).setParameter("y", fiscalYear).setMaxResults(1)
                .getResultStream().findFirst().ifPresent(existing -> {
                    throw new Conflict("Заказ органа «" + authority.getShortName() + "» по направлению «" + direction.getName()
                            + "» на " + fiscalYear + " год уже есть («" + existing.getTitle() + "», версия "
                            + existing.getVersionNumber() + "): изменения вносятся новой версией этого заказа");
                });
    }

    /**
     * Saves a draft: the header when the form carries a title (title, «на дату», budget, period beyond the plan), and
     * the lines ({@link OrderLineWriter}: a service's saved line is updated in place and keeps its id, lines not sent
     * are removed); the split of every line and year must add up to its total.
     */
    public SocialOrder update(long id, long version, OrderForm f) {
        SocialOrder o = editable(id, version);
        if (f.title != null) {
            if (f.title.isBlank()) {
                throw new ValidationFailed("title", "Укажите наименование заказа");
            }
            o.setTitle(f.title.strip());
            o.setAsOfDate(f.asOfDate);
            o.setBudgetName(f.budgetName == null || f.budgetName.isBlank() ? null : f.budgetName.strip());
            o.setBeyondPlanUntil(beyondPlanUntil(o.getFiscalYear(), f.beyondPlanUntil));
        }
        return updateLines(o, f.lines);
    }

    private Integer beyondPlanUntil(int fiscalYear, Integer until) {
        int first = PlanningPeriod.of(fiscalYear).firstBeyondYear();
        if (until != null && (until < first || until > fiscalYear + 30)) {
            throw new ValidationFailed("beyondPlanUntil", "Срок за пределами планового периода начинается с " + first
                    + " года: укажите год окончания не ранее " + first + " и не позднее " + (fiscalYear + 30));
        }
        return until;
    }

    private SocialOrder updateLines(SocialOrder o, List<OrderForm.Line> lines) {
        if (lines == null) {
            DatabaseErrors.flush(em, DUPLICATES);
            audit.record(AuditEvent.ORDER_HEADER_SAVED, o.getId(), o.getTitle());
            return o;
        }
        new OrderLineWriter(em).write(o, lines);
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.ORDER_LINES_SAVED, o.getId(), "строк: " + lines.size());
        return o;
    }

    /**
     * Performs a workflow action; AMEND returns the new draft version. An action not allowed in the state is 409,
     * a stale version 409, missing rights 403; every step is recorded with who, when and the comment.
     */
    public SocialOrder transition(long id, long version, OrderLifecycle.Action action, String comment) {
        Caller c = currentUser.get();
        SocialOrder o = get(id);
        OrderLifecycle.Actor actor = actor(o);
        if (!actor.clerkOfAuthority() && !actor.approverOfAuthority()) {
            c.require(Rights.Action.EDIT, o); // rights before the version and the action
        }
        // an amendment changes nothing in this version: its row is locked against a parallel amendment, not versioned
        lockForChange(o, version, action != OrderLifecycle.Action.AMEND);
        OrderStatus next = OrderLifecycle.next(o.getStatus(), action, actor, comment);
        if (action == OrderLifecycle.Action.APPROVE && (blank(o.getAuthority().getHeadPosition()) || blank(o.getAuthority().getHeadName()))) {
            throw new ValidationFailed("authority", "Утверждённый заказ подписывает руководитель уполномоченного органа: укажите его "
                    + "должность и ФИО в карточке органа (Справочники → Уполномоченные органы), затем утвердите заказ");
        }
        if (action == OrderLifecycle.Action.AMEND) {
            em.createQuery("select v from SocialOrder v where v.familyId = :f and v.versionNumber > :n", SocialOrder.class)
                    .setParameter("f", o.getFamilyId()).setParameter("n", o.getVersionNumber()).setMaxResults(1)
                    .getResultStream().findFirst().ifPresent(later -> {
                        throw new Conflict("Изменения уже вносятся: есть версия " + later.getVersionNumber() + " («"
                                + OrderLifecycle.label(later.getStatus()) + "»)");
                    });
            SocialOrder draft = OrderCopy.amendment(o);
            em.persist(draft);
            transitions.record(OrderLifecycle.RECORD, draft.getId(), action, null, next, comment);
            DatabaseErrors.flush(em, DUPLICATES);
            audit.record(AuditEvent.ORDER_AMEND, draft.getId(), "версия " + draft.getVersionNumber() + " из " + o.getId());
            return draft;
        }
        OrderStatus from = o.getStatus();
        o.setStatus(next);
        transitions.record(OrderLifecycle.RECORD, o.getId(), action, from, next, comment);
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.orderStep(action), o.getId(), comment);
        if (next == OrderStatus.APPROVED || next == OrderStatus.PUBLISHED) {
            approved.fire(new OrderApproved(o.getId(), o.getAuthority().getId()));
        }
        return o;
    }

    /**
     * Copies an order (any version) into a first draft for the next financial year: the clerk's starting point. The
     * volumes of each calendar year are kept, the new second planning year repeats the old one.
     */
    public SocialOrder copyToNextYear(long id) {
        Caller c = currentUser.get();
        SocialOrder source = get(id);
        c.require(Rights.Action.CREATE, Rights.of(SocialOrder.class, source.getAuthority().getId()));
        OrderYears.checkFiscalYear(source.getFiscalYear() + 1, LocalDate.now(clock)).ifPresent(e -> {
            throw new ValidationFailed(List.of(e));
        });
        if (source.getDirection() != null) {
            requireNoOtherOrder(source.getAuthority(), source.getDirection(), source.getFiscalYear() + 1);
        }
        SocialOrder draft = OrderCopy.nextYear(source);
        em.persist(draft);
        draft.setFamilyId(draft.getId());
        transitions.created(OrderLifecycle.RECORD, draft.getId(), OrderStatus.DRAFT,
                "копия заказа на " + source.getFiscalYear() + " год (версия " + source.getVersionNumber() + ")");
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.ORDER_COPIED, draft.getId(), "из " + source.getId());
        return draft;
    }

    /** Directions of the caller's authority (code, name): what a new order may be for. */
    public List<CodeItem> myDirections() {
        Caller c = currentUser.get();
        if (c.authorityId() == null) {
            return List.of();
        }
        return em.createQuery("select new ru.socorder.service.catalog.CodeItem(d.code, concat(d.code, ' ', d.name)) "
                + "from AuthorisedBody a join a.directions d where a.id = :a order by d.code", CodeItem.class)
                .setParameter("a", c.authorityId()).getResultList();
    }

    /** The order version as the printed form and the publication export see it. */
    public OrderSheet sheet(long id) {
        return forDisplay(() -> {
            SocialOrder o = get(id, true);
            java.time.Instant approved = transitions.lastEntered(OrderLifecycle.RECORD, id, OrderStatus.APPROVED);
            return OrderSheet.of(o, approved == null ? null : approved.atZone(ru.socorder.service.system.ClockProducer.ZONE).toLocalDate());
        });
    }

    /**
     * Orders of the current and later financial years that are not approved although the territory's approval
     * deadline is at most 30 days away or past (the latest version of each order counts), within the caller's scope.
     */
    public List<OrderAlert> approvalAlerts() {
        DataScope scope = DataScope.authority(currentUser.get(), "a.id");
        if (scope.isNothing()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<SocialOrder> open = scope.bind(em.createQuery("select o from SocialOrder o join fetch o.authority a join fetch a.territory "
                        + "where o.fiscalYear >= :y" + scope.and()
                        + " and o.versionNumber = (select max(v.versionNumber) from SocialOrder v where v.familyId = o.familyId) "
                        + "and not exists (select p from SocialOrder p where p.familyId = o.familyId and p.status in :done) "
                        + "order by o.fiscalYear, o.id", SocialOrder.class))
                .setParameter("y", today.getYear())
                .setParameter("done", List.of(OrderStatus.APPROVED, OrderStatus.PUBLISHED)).getResultList();
        List<OrderAlert> alerts = new ArrayList<>();
        for (SocialOrder o : open) {
            MonthDay setting = o.getAuthority().getTerritory().getOrderDeadline();
            if (ApprovalDeadline.warn(today, o.getFiscalYear(), setting, o.getStatus())) {
                LocalDate due = ApprovalDeadline.dueDate(o.getFiscalYear(), setting);
                alerts.add(new OrderAlert(o.getId(), o.getTitle(), o.getAuthority().getShortName(), o.getFiscalYear(),
                        OrderLifecycle.label(o.getStatus()), due, ChronoUnit.DAYS.between(today, due)));
            }
        }
        return alerts;
    }

    /** Who the caller is for this order: may it edit, approve? */
    public OrderLifecycle.Actor actor(SocialOrder o) {
        Caller c = currentUser.get();
        return new OrderLifecycle.Actor(c.can(Rights.Action.EDIT, o), c.can(Rights.Action.APPROVE, o));
    }

    /** The steps of this order version, oldest first (readers of the order only). */
    public java.util.List<ru.socorder.service.lifecycle.HistoryEntry> history(long id) {
        log(id);
        return history.of(RecordKind.ORDER, id, OrderLifecycle::describe);
    }

    /** The logged steps of this order version as stored (readers of the order only). */
    public java.util.List<ru.socorder.model.audit.RecordTransition> log(long id) {
        SocialOrder o = em.find(SocialOrder.class, id);
        if (o == null) {
            throw new NotFound("Социальный заказ не найден");
        }
        currentUser.get().require(Rights.Action.READ, o);
        return transitions.history(OrderLifecycle.RECORD, id);
    }

    /** All versions of the order this version belongs to, oldest first. */
    public List<SocialOrder> versions(long id) {
        SocialOrder o = em.find(SocialOrder.class, id);
        if (o == null) {
            throw new NotFound("Социальный заказ не найден");
        }
        currentUser.get().require(Rights.Action.READ, o);
        return familyOf(o);
    }

    private List<SocialOrder> familyOf(SocialOrder o) {
        return em.createQuery("select v from SocialOrder v join fetch v.authority where v.familyId = :f order by v.versionNumber",
                SocialOrder.class).setParameter("f", o.getFamilyId()).getResultList();
    }

    /**
     * Everything the order screen shows, read once in one persistence context: the version with its lines, the other
     * versions, the differences to the version compared with (the previous one unless another is chosen), the
     * caller's part in the workflow and the history. The screen used to read the whole order four times.
     */
    public OrderScreen screen(long id, Long compareWith) {
        return forDisplay(() -> {
            SocialOrder o = get(id, true);
            Long with = compareWith == null || compareWith == id ? (o.getPrevious() == null ? null : o.getPrevious().getId()) : compareWith;
            List<VersionDiff.Change> diff = with == null ? List.of() : VersionDiff.between(get(with, true), o);
            return new OrderScreen(o, familyOf(o), with, diff, actor(o), history.of(RecordKind.ORDER, id, OrderLifecycle::describe));
        });
    }

    public List<VersionDiff.Change> diff(long fromId, long toId) {
        return VersionDiff.between(get(fromId), get(toId));
    }

    private SocialOrder editable(long id, long version) {
        SocialOrder o = get(id);
        currentUser.get().require(Rights.Action.EDIT, o);
        lockForChange(o, version, true);
        if (!OrderLifecycle.editable(o.getStatus())) {
            throw new Conflict("Заказ в состоянии «" + OrderLifecycle.label(o.getStatus())
                    + "» не изменяется: внесите изменения новой версией");
        }
        return o;
    }

    /**
     * Serialises the changes of one order: its row is locked until the transaction ends (SELECT … FOR UPDATE), the
     * version the caller read is compared with the stored one, and the change increases the version — also when only
     * the lines change, which JPA alone would not count as a change of the order. Of two writers with the same
     * version the second waits for the first and then gets 409 «перечитайте».
     */
    private void lockForChange(SocialOrder o, long version, boolean increment) {
        Number stored = (Number) em.createNativeQuery("select version from social_order where id = ? for update")
                .setParameter(1, o.getId()).getSingleResult();
        if (stored.longValue() != version || o.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        if (increment) {
            em.lock(o, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
