package ru.socorder.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.ProgrammeStatus;
import ru.socorder.model.security.Role;
import ru.socorder.service.registry.ProgrammeLifecycle;
import ru.socorder.service.registry.Programmes;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;
import ru.socorder.web.shell.ShellBean;

/**
 * «Программы»: every programme (parents choose from them) — an executor's users see their own organisation's first
 * by the «мои» switch; filtered by status; a new one is made on its card.
 */
@Named("programmes")
@ViewScoped
public class ProgrammesBean extends ListBean<Programme> {
    private static final long serialVersionUID = 1L;

    @EJB
    private Programmes programmes;

    @Inject
    private ShellBean shell;

    private ProgrammeStatus status;
    private boolean mine = true;

    @Override
    protected PagedModel<Programme> createModel() {
        Programmes s = programmes;
        ProgrammesBean self = this;
        return new PagedModel<>(r -> s.list(r, null, self.ownExecutor(), null, self.status), Programme::getId);
    }

    private Long ownExecutor() {
        return mine && isExecutor() ? shell.getCaller().executorId() : null;
    }

    public boolean isExecutor() {
        return shell.getCaller().has(Role.EXECUTOR);
    }

    public boolean isCanCreate() {
        return isExecutor() || shell.getCaller().has(Role.AUTHORITY_CLERK);
    }

    public String statusLabel(ProgrammeStatus s) {
        return ProgrammeLifecycle.label(s);
    }

    public ProgrammeStatus[] getStatuses() {
        return ProgrammeStatus.values();
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public void setStatus(ProgrammeStatus status) {
        this.status = status;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
