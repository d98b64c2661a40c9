package ru.socorder.web.decision;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ru.socorder.service.decision.ApprobationPlanService;
import ru.socorder.service.decision.PlanAlert;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/** Сроки плана апробации: every overdue activity and every one due within 30 days, in the territories the user reads. */
@Named("deadlines")
@ViewScoped
public class DeadlinesBean extends ListBean<PlanAlert> {
    private static final long serialVersionUID = 1L;

    @EJB
    private ApprobationPlanService plans;

    @Override
    protected PagedModel<PlanAlert> createModel() {
        ApprobationPlanService s = plans;
        return new PagedModel<>(r -> s.alerts(r, null), PlanAlert::activityId);
    }
}
