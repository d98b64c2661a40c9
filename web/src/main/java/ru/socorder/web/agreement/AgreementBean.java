package ru.socorder.web.agreement;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import ru.socorder.model.agreement.PaymentMode;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.agreement.AgreementForm;
import ru.socorder.service.agreement.AgreementLifecycle;
import ru.socorder.service.agreement.AgreementView;
import ru.socorder.service.agreement.Agreements;
import ru.socorder.service.agreement.TransitionForm;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.lifecycle.HistoryEntry;
import ru.socorder.service.order.VersionDiff;
import ru.socorder.web.shell.FacesErrors;

/**
 * The card of an agreement version: header, lines, bank details (editable in a draft by its clerk), the lifecycle
 * steps the caller may take (a step with a required comment in a dialog), the amendment, the versions with what each
 * changed, the history and the printed agreement (PDF, DOCX).
 */
@Named("agreement")
@ViewScoped
public class AgreementBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Agreements service;

    private Long id;
    private AgreementView view;
    private List<HistoryEntry> history;
    private List<AgreementView> versions;
    private AgreementEditor editor;
    private String action;
    private String comment;

    /** f:viewAction: reads the agreement (404/403 shown by the error page). */
    public void load() {
        if (id == null) {
            throw new NotFound("Соглашение не указано");
        }
        if (view == null) {
            show(service.get(id));
        }
    }

    private void show(AgreementView v) {
        view = v;
        editor = AgreementEditor.of(v);
        history = null;
        versions = null;
    }

    public void save() {
        try {
            show(service.save(id, editor.form(view.version())));
            FacesErrors.info("Проект соглашения сохранён");
        } catch (BusinessException e) {
            FacesErrors.show(e, "main");
        }
    }

    /** A step without a comment runs at once; one that needs a comment opens the dialog. */
    public void step(String name) {
        action = name;
        comment = null;
        if (needsComment(name)) {
            PrimeFaces.current().ajax().update("stepForm");
            PrimeFaces.current().executeScript("PF('stepDialog').show()");
            return;
        }
        run();
    }

    public void run() {
        try {
            TransitionForm f = new TransitionForm();
            f.action = AgreementLifecycle.Action.valueOf(action);
            f.version = view.version();
            f.comment = comment;
            show(service.transition(id, f));
            FacesErrors.info("Выполнено: " + label(action));
            PrimeFaces.current().executeScript("PF('stepDialog').hide()");
            PrimeFaces.current().ajax().update("main");
        } catch (BusinessException e) {
            FacesErrors.show(e, needsComment(action) ? "stepForm" : "main");
        }
    }

    public String amend() {
        try {
            AgreementView next = service.amend(id, view.version(), comment);
            return "/agreement/agreement?faces-redirect=true&id=" + next.id();
        } catch (BusinessException e) {
            FacesErrors.show(e, "amendForm");
            return null;
        }
    }

    public void prepareAmend() {
        comment = null;
    }

    public boolean needsComment(String name) {
        return "RETURN".equals(name) || "TERMINATE".equals(name);
    }

    public String label(String name) {
        return AgreementLifecycle.label(AgreementLifecycle.Action.valueOf(name));
    }

    public List<HistoryEntry> getHistory() {
        if (history == null) {
            history = service.history(id);
        }
        return history;
    }

    public List<AgreementView> getVersions() {
        if (versions == null) {
            versions = service.versions(id);
        }
        return versions;
    }

    public List<VersionDiff.Change> changes(long versionId) {
        return service.changes(versionId);
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : RussianText.amount(amount);
    }

    public String number(BigDecimal value) {
        return value == null ? "" : RussianText.number(value);
    }

    public String date(LocalDate d) {
        return d == null ? "" : RussianText.date(d);
    }

    public PaymentMode[] getModes() {
        return PaymentMode.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AgreementView getView() {
        return view;
    }

    public AgreementEditor getEditor() {
        return editor;
    }

    public String getAction() {
        return action;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
