package ru.socorder.service.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderLineYear;
import ru.socorder.model.order.OrderStatus;
import ru.socorder.model.order.OrderTransition;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.model.security.Role;
import ru.socorder.service.audit.AuditLog;
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

/**
 * Формирование социального заказа: orders, their lines (the volume split rule is checked on every save), the
 * approval workflow with its audit trail, versions and the difference between two versions. Clerks of the owning
 * authority edit, approvers of that authority approve, everybody with access to the authority reads.
 */
@Stateless
public class OrderFormationService {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    public Page<SocialOrder> list(PageRequest page, Integer year, Long authorityId, OrderStatus status) {
        Caller c = currentUser.get();
        Long scope = c.isAdmin() || c.has(Role.OBSERVER) ? authorityId : c.authorityId();
        if (scope == null && !(c.isAdmin() || c.has(Role.OBSERVER))) {
            return new Page<>(List.of(), 0);
        }
        return PagedQuery.of(em, SocialOrder.class, "o", "left join fetch o.authority")
                .where("o.authority.id = :authority", "authority", scope)
                .where("o.fiscalYear = :year", "year", year)
                .where("o.status = :status", "status", status)
                .search("o.title")
                .sortable(Map.of("year", "o.fiscalYear", "title", "o.title", "status", "o.status", "version", "o.versionNumber"),
                        "o.fiscalYear desc")
                .page(page);
    }

    public SocialOrder get(long id) {
        SocialOrder o = em.find(SocialOrder.class, id);
        if (o == null) {
            throw new NotFound("Социальный заказ не найден");
        }
        currentUser.get().requireRead(o.getAuthority().getId());
        o.getLines().forEach(l -> l.getYears().size());
        o.getTransitions().size();
        return o;
    }

    public SocialOrder create(OrderForm f) {
        Caller c = currentUser.get();
        if (f.authorityId == null || f.fiscalYear == null || f.title == null || f.title.isBlank()) {
            throw new ValidationFailed(List.of(new FieldError("header", "Укажите уполномоченный орган, год и наименование заказа")));
        }
        c.requireEdit(f.authorityId);
        AuthorisedBody authority = em.find(AuthorisedBody.class, f.authorityId);
        ActivityDirection direction = f.directionCode == null ? null
                : em.createQuery("select d from ActivityDirection d where d.code = :c", ActivityDirection.class)
                        .setParameter("c", f.directionCode).getResultStream().findFirst()
                        .orElseThrow(() -> new ValidationFailed("directionCode", "Направление деятельности не найдено"));
        SocialOrder o = new SocialOrder(authority, direction, f.fiscalYear, f.title.trim());
        o.setAsOfDate(f.asOfDate);
        o.setBudgetName(f.budgetName);
        em.persist(o);
        o.setFamilyId(o.getId());
        applyLines(o, f.lines);
        o.getTransitions().add(new OrderTransition(o, "CREATE", null, OrderStatus.DRAFT, c.login(), clock.instant(), null));
        DatabaseErrors.flush(em, Map.of());
        audit.record("ORDER_CREATED", "SocialOrder", o.getId(), o.getTitle());
        return o;
    }

    /** Replaces the lines of a draft; the split of every line and year must add up to its total. */
    public SocialOrder updateLines(long id, long version, List<OrderForm.Line> lines) {
        SocialOrder o = editable(id, version);
        o.getLines().clear();
        em.flush();
        applyLines(o, lines);
        DatabaseErrors.flush(em, Map.of());
        audit.record("ORDER_LINES_SAVED", "SocialOrder", o.getId(), lines.size() + " строк");
        return o;
    }

    private void applyLines(SocialOrder o, List<OrderForm.Line> lines) {
        List<FieldError> errors = new ArrayList<>();
        List<OrderLine> built = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderForm.Line l = lines.get(i);
            SocialService service = service(l, o, i, errors);
            String label = "Строка " + (i + 1) + (service == null ? "" : " (" + service.getRegistryNumber().formatted() + ")");
            OrderLine line = service == null ? null : new OrderLine(o, i, service);
            for (OrderForm.Year y : l.years) {
                if (!o.getYears().contains(y.year)) {
                    errors.add(new FieldError("lines[" + i + "].years[" + y.year + "]", label + ": год " + y.year
                            + " вне периода заказа " + o.getFiscalYear() + "–" + (o.getFiscalYear() + 2)));
                    continue;
                }
                VolumeSplit split = new VolumeSplit(y.total, y.treasury, y.budgetAutonomous, y.competition, y.certificates);
                errors.addAll(split.check("lines[" + i + "].years[" + y.year + "]", label, y.year));
                if (line != null) {
                    line.getYears().add(new OrderLineYear(y.year, split.total(), split.treasury(), split.budgetAutonomous(),
                            split.competition(), split.certificates()));
                }
            }
            if (line != null) {
                line.setDeterminationYear(l.determinationYear);
                line.setPlace(l.place);
                line.setVolumeIndicator(l.volumeIndicator);
                if (l.unitCode != null) {
                    MeasurementUnit unit = em.createQuery("select u from MeasurementUnit u where u.code = :c", MeasurementUnit.class)
                            .setParameter("c", l.unitCode).getResultStream().findFirst().orElse(null);
                    if (unit == null) {
                        errors.add(new FieldError("lines[" + i + "].unitCode", label + ": единица ОКЕИ " + l.unitCode + " не найдена"));
                    }
                    line.setUnit(unit);
                }
                built.add(line);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        o.getLines().addAll(built);
    }

    private SocialService service(OrderForm.Line l, SocialOrder o, int i, List<FieldError> errors) {
        if (l.serviceId != null) {
            SocialService s = em.find(SocialService.class, l.serviceId);
            if (s != null) {
                return s;
            }
        } else if (l.registryNumber != null) {
            IdentifierCheck check = RegistryNumber.check(l.registryNumber);
            if (!check.valid()) {
                errors.add(new FieldError("lines[" + i + "].registryNumber", "Строка " + (i + 1) + ": " + check.message()));
                return null;
            }
            SocialService s = em.createQuery("select s from SocialService s where s.registryNumber = :n and s.territory = :t",
                    SocialService.class).setParameter("n", RegistryNumber.of(check.canonical()))
                    .setParameter("t", o.getAuthority().getTerritory()).getResultStream().findFirst().orElse(null);
            if (s != null) {
                return s;
            }
        }
        errors.add(new FieldError("lines[" + i + "].serviceId", "Строка " + (i + 1) + ": услуга не найдена в справочнике территории"));
        return null;
    }

    /**
     * Performs a workflow action; AMEND returns the new draft version. An action not allowed in the state is 409,
     * a stale version 409, missing rights 403; every step is recorded with who, when and the comment.
     */
    public SocialOrder transition(long id, long version, OrderLifecycle.Action action, String comment) {
        Caller c = currentUser.get();
        SocialOrder o = get(id);
        if (o.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        OrderLifecycle.Actor actor = actor(o);
        OrderStatus next = OrderLifecycle.next(o.getStatus(), action, actor, comment);
        if (action == OrderLifecycle.Action.AMEND) {
            SocialOrder draft = new SocialOrder(o.getAuthority(), o.getDirection(), o.getFiscalYear(), o.getTitle());
            draft.setAsOfDate(o.getAsOfDate());
            draft.setBudgetName(o.getBudgetName());
            draft.follow(o);
            for (OrderLine l : o.getLines()) {
                OrderLine copy = new OrderLine(draft, l.getPosition(), l.getService());
                copy.setDeterminationYear(l.getDeterminationYear());
                copy.setPlace(l.getPlace());
                copy.setVolumeIndicator(l.getVolumeIndicator());
                copy.setUnit(l.getUnit());
                l.getYears().forEach(y -> copy.getYears().add(new OrderLineYear(y.getYear(), y.getTotal(), y.getTreasury(),
                        y.getBudgetAutonomous(), y.getCompetition(), y.getCertificates())));
                draft.getLines().add(copy);
            }
            em.persist(draft);
            draft.getTransitions().add(new OrderTransition(draft, action.name(), null, next, c.login(), clock.instant(), comment));
            DatabaseErrors.flush(em, Map.of());
            audit.record("ORDER_AMEND", "SocialOrder", draft.getId(), "версия " + draft.getVersionNumber() + " из " + o.getId());
            return draft;
        }
        OrderStatus from = o.getStatus();
        o.setStatus(next);
        o.getTransitions().add(new OrderTransition(o, action.name(), from, next, c.login(), clock.instant(), comment));
        DatabaseErrors.flush(em, Map.of());
        audit.record("ORDER_" + action.name(), "SocialOrder", o.getId(), comment);
        return o;
    }

    /** Who the caller is for this order: may it edit, approve? */
    public OrderLifecycle.Actor actor(SocialOrder o) {
        Caller c = currentUser.get();
        return new OrderLifecycle.Actor(c.canEdit(o.getAuthority().getId()),
                c.has(Role.APPROVER) && o.getAuthority().getId().equals(c.authorityId()));
    }

    /** All versions of the order this version belongs to, oldest first. */
    public List<SocialOrder> versions(long id) {
        SocialOrder o = get(id);
        return em.createQuery("select o from SocialOrder o where o.familyId = :f order by o.versionNumber", SocialOrder.class)
                .setParameter("f", o.getFamilyId()).getResultList();
    }

    public List<VersionDiff.Change> diff(long fromId, long toId) {
        return VersionDiff.between(get(fromId), get(toId));
    }

    private SocialOrder editable(long id, long version) {
        SocialOrder o = get(id);
        currentUser.get().requireEdit(o.getAuthority().getId());
        if (o.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        if (!OrderLifecycle.editable(o.getStatus())) {
            throw new Conflict("Заказ в состоянии «" + OrderLifecycle.label(o.getStatus())
                    + "» не изменяется: внесите изменения новой версией");
        }
        return o;
    }

    /** The amount for display: normative cost × volume, for a line, a year and a method (unrounded). */
    public static BigDecimal plannedAmount(OrderLine line, OrderLineYear year, VolumeSplit.Method method) {
        BigDecimal cost = line.getService().getNormativeCost();
        if (cost == null) {
            return null;
        }
        return new VolumeSplit(year.getTotal(), year.getTreasury(), year.getBudgetAutonomous(), year.getCompetition(),
                year.getCertificates()).money(cost, method).amount();
    }
}
