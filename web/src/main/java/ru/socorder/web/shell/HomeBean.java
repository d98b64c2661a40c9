package ru.socorder.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import ru.socorder.model.decision.DecisionStatus;
import ru.socorder.model.order.OrderStatus;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.CatalogSummary;
import ru.socorder.service.decision.ApprobationPlanService;
import ru.socorder.service.decision.DecisionLifecycle;
import ru.socorder.service.decision.PlanAlert;
import ru.socorder.service.home.HomeService;
import ru.socorder.service.order.OrderAlert;
import ru.socorder.service.order.OrderFormationService;
import ru.socorder.service.order.OrderLifecycle;

/**
 * Главная: the caller's own work first — the orders of its authority and the decisions of its territory by status,
 * the orders whose approval deadline comes, the plan items of its territory overdue or due soon (at most
 * {@link HomeService#TOP} rows each, with a link to the whole list); then, for administrators, the other territories
 * as counts; the catalogue's counters last.
 */
@Named("home")
@ViewScoped
public class HomeBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogService catalog;

    @EJB
    private ApprobationPlanService plans;

    @EJB
    private OrderFormationService orders;

    @EJB
    private HomeService home;

    @Inject
    private ShellBean shell;

    private CatalogSummary summary;
    private List<OrderAlert> orderAlerts;
    private List<PlanAlert> alerts;
    private Map<OrderStatus, Long> myOrders;
    private Map<DecisionStatus, Long> myDecisions;
    private HomeService.Territories territories;
    private HomeService.RegistryCounters registry;

    /** A counter of the home page: what is counted and how many. */
    public record Counter(String label, long count) implements Serializable {
    }

    @PostConstruct
    void load() {
        summary = catalog.summary();
        myOrders = home.myOrders();
        myDecisions = home.myDecisions();
        alerts = plans.alerts();
        // the approval deadlines of the own authority only: other authorities' orders are not this user's work
        orderAlerts = shell.getCaller().authorityId() == null ? List.of() : orders.approvalAlerts();
        territories = home.territories();
        registry = home.registry();
    }

    /** Whether the user works for an authority: the own-work part of the page is shown. */
    public boolean isOwnWork() {
        return shell.getCaller().authorityId() != null;
    }

    /** The orders of the own authority by status, every status shown (zeros too). */
    public List<Counter> getOrderCounters() {
        return Arrays.stream(OrderStatus.values()).map(s -> new Counter(OrderLifecycle.label(s), myOrders.getOrDefault(s, 0L))).toList();
    }

    /** The decisions of the own territory by status. */
    public List<Counter> getDecisionCounters() {
        return Arrays.stream(DecisionStatus.values()).map(s -> new Counter(DecisionLifecycle.label(s), myDecisions.getOrDefault(s, 0L)))
                .toList();
    }

    public long getOverdueCount() {
        return alerts.stream().filter(PlanAlert::overdue).count();
    }

    public long getUpcomingCount() {
        return alerts.size() - getOverdueCount();
    }

    /** The first plan items of the own territory: overdue first, by due date. */
    public List<PlanAlert> getTopAlerts() {
        return alerts.subList(0, Math.min(HomeService.TOP, alerts.size()));
    }

    public List<PlanAlert> getAlerts() {
        return alerts;
    }

    /** The first orders of the own authority whose approval deadline comes or has passed. */
    public List<OrderAlert> getTopOrderAlerts() {
        return orderAlerts.subList(0, Math.min(HomeService.TOP, orderAlerts.size()));
    }

    public List<OrderAlert> getOrderAlerts() {
        return orderAlerts;
    }

    public HomeService.Territories getTerritories() {
        return territories;
    }

    public CatalogSummary getSummary() {
        return summary;
    }

    // --- registry of executors (issue 14) ---------------------------------------------------------------------------

    public HomeService.RegistryCounters getRegistry() {
        return registry;
    }

    /** The executor's own applications by status (only those it has). */
    public List<Counter> getOwnApplications() {
        return registry.ownApplications().entrySet().stream()
                .map(e -> new Counter(ru.socorder.service.registry.RegistryApplicationLifecycle.label(e.getKey()), e.getValue())).toList();
    }

    /** A registry block is shown to the authority's staff and to an executor's users. */
    public boolean isRegistryWork() {
        return isOwnWork() || shell.getCaller().executorId() != null;
    }
}
