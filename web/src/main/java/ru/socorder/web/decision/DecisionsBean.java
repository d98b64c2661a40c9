package ru.socorder.web.decision;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ru.socorder.model.decision.Decision;
import ru.socorder.service.decision.DecisionLifecycle;
import ru.socorder.service.decision.DecisionService;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/** Решения об организации: the list. */
@Named("decisions")
@ViewScoped
public class DecisionsBean extends ListBean<Decision> {
    private static final long serialVersionUID = 1L;

    @EJB
    private DecisionService service;

    @Override
    protected PagedModel<Decision> createModel() {
        DecisionService s = service;
        return new PagedModel<>(r -> s.list(r, null), Decision::getId);
    }

    public String status(Decision d) {
        return DecisionLifecycle.label(d.getStatus());
    }
}
