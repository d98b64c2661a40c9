package ru.socorder.web.decision;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.primefaces.PrimeFaces;
import org.primefaces.event.TabChangeEvent;
import ru.socorder.model.decision.Decision;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.decision.DecisionService;
import ru.socorder.service.decision.DecisionView;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.Rights;
import ru.socorder.web.shell.FacesErrors;

/**
 * The decision shown by the card {@code decision/decision.xhtml}: its id, the view read once and again after every
 * change, the open tab. The beans of the tabs inject it; what they derive from the view (the history, the group's
 * warnings) they read again when {@link #getRevision()} has moved on. The tabs are read-only (plain text, no buttons)
 * for whoever may not change the decision ({@link Rights}, the boundaries' own check).
 */
@Named("decisionCard")
@ViewScoped
public class DecisionCard implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private DecisionService decisions;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private int activeTab;
    private DecisionView view;
    private int revision;
    private boolean editable;

    /** Called by f:viewAction. */
    public void load() {
        if (id == null) {
            throw new NotFound("Решение не указано");
        }
        if (view == null) {
            reload();
        }
    }

    /** Reads the decision again (after a change). */
    public void reload() {
        view = decisions.view(id);
        editable = currentUser.get().can(Rights.Action.EDIT, view.decision());
        revision++;
    }

    /**
     * Runs a change of the decision and reads it again; a refusal is shown, field errors inside {@code formId}.
     *
     * @return whether the change was made
     */
    public boolean change(String formId, Runnable change) {
        try {
            change.run();
            reload();
            return true;
        } catch (BusinessException e) {
            FacesErrors.show(e, formId);
            return false;
        }
    }

    /** A change entered in a dialog: the dialog closes when the change was made and stays open with the errors otherwise. */
    public void changeInDialog(String dialog, String formId, Runnable change) {
        if (change(formId, change)) {
            PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
        }
    }

    /** Keeps the open tab across updates of the screen. */
    public void onTabChange(TabChangeEvent<?> event) {
        activeTab = Math.max(0, event.getComponent().getChildren().indexOf(event.getTab()));
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public Decision decision() {
        return view.decision();
    }

    /** Whether the caller may change the decision: its tabs offer inputs and buttons only then. */
    public boolean isEditable() {
        return editable;
    }

    /** How many times the decision has been read: what a tab derived from an older reading is to be read again. */
    public int getRevision() {
        return revision;
    }

    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DecisionView getView() {
        return view;
    }
}
