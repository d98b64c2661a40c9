package ru.socorder.web.enrolment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import ru.socorder.model.certificate.TerminationSide;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.security.Role;
import ru.socorder.service.certificate.enrolment.ContractView;
import ru.socorder.service.certificate.enrolment.Contracts;
import ru.socorder.service.certificate.enrolment.Enrolments;
import ru.socorder.service.certificate.enrolment.ExecutorChangeForm;
import ru.socorder.service.certificate.enrolment.GroupOption;
import ru.socorder.service.certificate.enrolment.TerminationForm;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.lifecycle.HistoryEntry;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;
import ru.socorder.web.shell.ShellBean;

/**
 * The card of a consumer contract: its data, history, and — for whoever the boundary would let — termination (date,
 * initiative, basis) and the clerk's change of executor (a group for the same certificate, the old contract's last
 * day, the parent's application), each in a dialog of its own.
 */
@Named("contract")
@ViewScoped
public class ContractBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Contracts service;

    @EJB
    private Enrolments enrolments;

    @Inject
    private ShellBean shell;

    @Inject
    private Clock clock;

    private Long id;
    private ContractView view;
    private List<HistoryEntry> history;
    private LocalDate date;
    private TerminationSide by;
    private String comment;
    private List<GroupOption> groups;
    private Long groupId;

    /** f:viewAction: reads the contract (404/403 shown by the error page). */
    public void load() {
        if (id == null) {
            throw new NotFound("Договор не указан");
        }
        if (view == null) {
            view = service.view(id);
        }
    }

    public void prepareTerminate() {
        date = LocalDate.now(clock);
        by = isExecutor() ? TerminationSide.EXECUTOR : TerminationSide.PARENT;
        comment = null;
    }

    public void terminate() {
        try {
            TerminationForm f = new TerminationForm();
            f.version = view.version();
            f.date = date;
            f.by = by;
            f.comment = comment;
            view = service.terminate(id, f);
            history = null;
            FacesErrors.info(Bundle.text("contract.terminated"));
            PrimeFaces.current().ajax().update("main");
            PrimeFaces.current().executeScript("PF('terminateDialog').hide()");
        } catch (BusinessException e) {
            FacesErrors.show(e, "terminateForm");
        }
    }

    public void prepareChange() {
        date = LocalDate.now(clock);
        comment = null;
        groupId = null;
        try {
            groups = enrolments.groupOptions(view.certificateNumber(), null).stream().filter(g -> !java.util.Objects.equals(g.id(), view.groupId())).toList();
        } catch (BusinessException e) {
            groups = List.of();
            FacesErrors.show(e, "changeForm");
        }
    }

    public String change() {
        try {
            ExecutorChangeForm f = new ExecutorChangeForm();
            f.version = view.version();
            f.groupId = groupId;
            f.date = date;
            f.comment = comment;
            ContractView next = service.changeExecutor(id, f);
            FacesErrors.info(Bundle.text("contract.changed", next.number()));
            return "/enrolment/contract?faces-redirect=true&id=" + next.id();
        } catch (BusinessException e) {
            FacesErrors.show(e, "changeForm");
            return null;
        }
    }

    public List<HistoryEntry> getHistory() {
        if (history == null) {
            history = service.history(id);
        }
        return history;
    }

    public boolean isExecutor() {
        return shell.getCaller().has(Role.EXECUTOR);
    }

    public TerminationSide[] getSides() {
        return TerminationSide.values();
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : RussianText.amount(amount);
    }

    public String number(BigDecimal value) {
        return value == null ? "" : RussianText.number(value);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ContractView getView() {
        return view;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public TerminationSide getBy() {
        return by;
    }

    public void setBy(TerminationSide by) {
        this.by = by;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<GroupOption> getGroups() {
        return groups;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }
}
