package ru.socorder.web.enrolment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import ru.socorder.model.certificate.EnrolmentStatus;
import ru.socorder.model.security.Role;
import ru.socorder.service.certificate.EnrolmentLifecycle;
import ru.socorder.service.certificate.enrolment.EnrolmentView;
import ru.socorder.service.certificate.enrolment.Enrolments;
import ru.socorder.service.common.BusinessException;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;
import ru.socorder.web.shell.ShellBean;

/**
 * «Записи на программы»: the executor's enrolments to answer (by their due date) — confirm, or refuse with a reason
 * in a dialog — and the clerk's enrolments of the authority (cancel on the parent's request). Executors start with
 * those waiting for an answer, clerks with all.
 */
@Named("enrolments")
@ViewScoped
public class EnrolmentsBean extends ListBean<EnrolmentView> {
    private static final long serialVersionUID = 1L;

    /** Which enrolments the list shows. */
    public enum Show {
        AWAITING, OVERDUE, ALL
    }

    @EJB
    private Enrolments service;

    @Inject
    private ShellBean shell;

    private Show show;
    private EnrolmentStatus status;
    private EnrolmentView selected;
    private EnrolmentLifecycle.Action step;
    private String comment;

    @Override
    protected PagedModel<EnrolmentView> createModel() {
        Enrolments s = service;
        EnrolmentsBean self = this;
        return new PagedModel<>(r -> s.list(r, self.status, self.getShow() == Show.AWAITING, self.getShow() == Show.OVERDUE),
                EnrolmentView::id);
    }

    public void confirm(EnrolmentView e) {
        try {
            EnrolmentView done = service.confirm(e.id(), e.version());
            FacesErrors.info(Bundle.text("enrolment.confirmed", done.contractNumber()));
        } catch (BusinessException ex) {
            FacesErrors.show(ex, "listForm");
        }
    }

    /** Opens the reason dialog for a refusal (the executor) or a cancellation (the clerk). */
    public void prepare(EnrolmentView e, String action) {
        selected = e;
        step = EnrolmentLifecycle.Action.valueOf(action);
        comment = null;
    }

    public void answer() {
        try {
            if (step == EnrolmentLifecycle.Action.REFUSE) {
                service.refuse(selected.id(), selected.version(), comment);
            } else {
                service.cancel(selected.id(), selected.version(), comment);
            }
            FacesErrors.info(Bundle.text(step == EnrolmentLifecycle.Action.REFUSE ? "enrolment.refused" : "enrolment.cancelled"));
            PrimeFaces.current().ajax().update("listForm");
            PrimeFaces.current().executeScript("PF('reasonDialog').hide()");
        } catch (BusinessException ex) {
            FacesErrors.show(ex, "reasonForm");
        }
    }

    public String getStepLabel() {
        return step == null ? "" : EnrolmentLifecycle.label(step);
    }

    public boolean isCanRegister() {
        return shell.getCaller().has(Role.AUTHORITY_CLERK) && shell.getCaller().authorityId() != null;
    }

    public Show getShow() {
        if (show == null) {
            show = shell.getCaller().has(Role.EXECUTOR) ? Show.AWAITING : Show.ALL;
        }
        return show;
    }

    public void setShow(Show show) {
        this.show = show;
    }

    public Show[] getShows() {
        return Show.values();
    }

    public String showLabel(Show s) {
        return Bundle.text(switch (s) {
            case AWAITING -> "enrolment.awaiting";
            case OVERDUE -> "enrolment.overdueOnly";
            case ALL -> "enrolment.all";
        });
    }

    public EnrolmentStatus[] getStatuses() {
        return EnrolmentStatus.values();
    }

    public String label(EnrolmentStatus s) {
        return EnrolmentLifecycle.label(s);
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public void setStatus(EnrolmentStatus status) {
        this.status = status;
    }

    public EnrolmentView getSelected() {
        return selected;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
