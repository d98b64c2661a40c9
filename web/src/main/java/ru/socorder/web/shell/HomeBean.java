package ru.socorder.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.socorder.service.decision.ApprobationPlanService;
import ru.socorder.service.decision.PlanAlert;
import ru.socorder.service.order.OrderAlert;
import ru.socorder.service.order.OrderFormationService;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.CatalogSummary;

/** Главная: the home dashboard. */
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

    private CatalogSummary summary;
    private List<OrderAlert> orderAlerts;
    private List<PlanAlert> alerts;

    /** A responsible body and its overdue and upcoming plan activities. */
    public record BodyAlerts(String body, List<PlanAlert> alerts) implements Serializable {
    }

    @PostConstruct
    void load() {
        summary = catalog.summary();
        alerts = plans.alerts();
        orderAlerts = orders.approvalAlerts();
    }

    /** Orders not approved while the territory's approval deadline is within 30 days or past. */
    public List<OrderAlert> getOrderAlerts() {
        return orderAlerts;
    }

    /** Overdue and upcoming (30 days) activities, grouped by responsible body. */
    public List<BodyAlerts> getAlertsByBody() {
        Map<String, List<PlanAlert>> byBody = new TreeMap<>();
        for (PlanAlert a : alerts) {
            String[] bodies = a.responsible() == null || a.responsible().isBlank() ? new String[] {"—"} : a.responsible().split(", ");
            for (String body : bodies) {
                byBody.computeIfAbsent(body, b -> new ArrayList<>()).add(a);
            }
        }
        return byBody.entrySet().stream().map(e -> new BodyAlerts(e.getKey(), e.getValue())).toList();
    }

    public List<PlanAlert> getAlerts() {
        return alerts;
    }

    public CatalogSummary getSummary() {
        return summary;
    }
}
