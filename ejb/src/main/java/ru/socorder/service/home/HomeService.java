package ru.socorder.service.home;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.socorder.model.decision.DecisionStatus;
import ru.socorder.model.order.OrderStatus;
import ru.socorder.model.registry.ProgrammeStatus;
import ru.socorder.model.registry.RegistryApplicationStatus;
import ru.socorder.model.registry.RegistryEntryStatus;
import ru.socorder.model.security.Role;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.decision.ApprobationPlanService;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;

/**
 * The counters of the home page. The caller's own work is read through {@link DataScope#ownAuthority} and
 * {@link DataScope#ownTerritory} (an administrator, an observer or an executor's user has none of it); other territories
 * are summarised for administrators only, as counts per territory, the busiest first and at most {@link #TOP} of them.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class HomeService {
    /** How many rows a list on the home page shows at most (the rest is one click away). */
    public static final int TOP = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private ApprobationPlanService plans;

    /** A territory in the administrator's summary. */
    public record TerritoryRow(String territory, long ordersInWork, long ordersApproved, long decisionsInForce, long overdue)
            implements Serializable {
    }

    /** The administrator's summary: the territories with the most overdue plan items first, and how many there are in all. */
    public record Territories(List<TerritoryRow> top, int total) implements Serializable {
    }

    /** The orders of the caller's authority by status: the current version of each order (an amendment replaces it). */
    public Map<OrderStatus, Long> myOrders() {
        DataScope scope = DataScope.ownAuthority(currentUser.get(), "o.authority.id");
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        if (scope.isNothing()) {
            return counts;
        }
        for (Object[] row : scope.bind(em.createQuery("select o.status, count(o) from SocialOrder o where " + LATEST + scope.and()
                + " group by o.status", Object[].class)).getResultList()) {
            counts.put((OrderStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The decisions of the caller's territory by status. */
    public Map<DecisionStatus, Long> myDecisions() {
        DataScope scope = DataScope.ownTerritory(currentUser.get(), "d.territory.id");
        Map<DecisionStatus, Long> counts = new EnumMap<>(DecisionStatus.class);
        if (scope.isNothing()) {
            return counts;
        }
        for (Object[] row : scope.bind(em.createQuery("select d.status, count(d) from Decision d where 1 = 1" + scope.and()
                + " group by d.status", Object[].class)).getResultList()) {
            counts.put((DecisionStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Per territory: orders in work and approved, decisions in force, overdue plan items; administrators only (others: none). */
    public Territories territories() {
        Caller caller = currentUser.get();
        if (!caller.has(Role.ADMIN)) {
            return new Territories(List.of(), 0);
        }
        Map<String, long[]> rows = new TreeMap<>();
        for (Object[] r : em.createQuery("select t.name, o.status, count(o) from SocialOrder o join o.authority a join a.territory t where "
                + LATEST + " group by t.name, o.status", Object[].class).getResultList()) {
            boolean approved = r[1] == OrderStatus.APPROVED || r[1] == OrderStatus.PUBLISHED;
            rows.computeIfAbsent((String) r[0], k -> new long[4])[approved ? 1 : 0] += (Long) r[2];
        }
        for (Object[] r : em.createQuery("select t.name, count(d) from Decision d join d.territory t where d.status = :adopted "
                + "group by t.name", Object[].class).setParameter("adopted", DecisionStatus.ADOPTED).getResultList()) {
            rows.computeIfAbsent((String) r[0], k -> new long[4])[2] += (Long) r[1];
        }
        plans.overdueByTerritory().forEach((territory, n) -> rows.computeIfAbsent(territory, k -> new long[4])[3] += n);
        List<TerritoryRow> all = new ArrayList<>();
        rows.forEach((name, c) -> all.add(new TerritoryRow(name, c[0], c[1], c[2], c[3])));
        all.sort(Comparator.comparingLong(TerritoryRow::overdue).reversed().thenComparing(TerritoryRow::territory));
        return new Territories(all.subList(0, Math.min(TOP, all.size())), all.size());
    }

    // --- registry of executors (issue 14) ---------------------------------------------------------------------------

    /**
     * The registry's counters of the caller: applications awaiting review in the own authority (its staff); the own
     * organisation's applications by status, active registry entries and programmes (an executor's user).
     */
    public record RegistryCounters(long awaitingReview, Map<RegistryApplicationStatus, Long> ownApplications, long ownActiveEntries,
                                   long ownProgrammes, long ownCertifiedProgrammes) implements Serializable {
    }

    public RegistryCounters registry() {
        Caller c = currentUser.get();
        DataScope authority = DataScope.ownAuthority(c, "a.authority.id");
        long awaiting = authority.isNothing() ? 0 : authority.bind(em.createQuery("select count(a) from RegistryApplication a "
                        + "where a.status in :open" + authority.and(), Long.class))
                .setParameter("open", List.of(RegistryApplicationStatus.SUBMITTED, RegistryApplicationStatus.UNDER_REVIEW)).getSingleResult();
        Map<RegistryApplicationStatus, Long> own = new EnumMap<>(RegistryApplicationStatus.class);
        if (c.executorId() == null || !c.has(Role.EXECUTOR)) {
            return new RegistryCounters(awaiting, own, 0, 0, 0);
        }
        for (Object[] row : em.createQuery("select a.status, count(a) from RegistryApplication a where a.executor.id = :x group by a.status",
                Object[].class).setParameter("x", c.executorId()).getResultList()) {
            own.put((RegistryApplicationStatus) row[0], (Long) row[1]);
        }
        long entries = em.createQuery("select count(e) from RegistryEntry e where e.executor.id = :x and e.status = :active", Long.class)
                .setParameter("x", c.executorId()).setParameter("active", RegistryEntryStatus.ACTIVE).getSingleResult();
        long programmes = em.createQuery("select count(p) from Programme p where p.executor.id = :x", Long.class)
                .setParameter("x", c.executorId()).getSingleResult();
        long certified = em.createQuery("select count(p) from Programme p where p.executor.id = :x and p.status = :s", Long.class)
                .setParameter("x", c.executorId()).setParameter("s", ProgrammeStatus.CERTIFIED).getSingleResult();
        return new RegistryCounters(awaiting, own, entries, programmes, certified);
    }

    /** The current version of an order family. */
    private static final String LATEST = "o.versionNumber = (select max(v.versionNumber) from SocialOrder v where v.familyId = o.familyId)";
}
