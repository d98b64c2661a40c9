package ru.socorder.web.decision;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.socorder.model.decision.AppendixKind;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.InfoPartKind;
import ru.socorder.service.decision.AppendixDefaults;
import ru.socorder.service.decision.AppendixForm;
import ru.socorder.service.decision.DecisionDocuments;
import ru.socorder.service.decision.DecisionService;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/**
 * The «Приложения» tab of the decision card: the appendices as they print — number, order, stamp, title, column
 * captions and numbering row, indicator table, value wording, signature — the names of the working group's roles and
 * the parts of the information support, edited in an {@link AppendixEditor} and saved at once, or put back to the usual
 * ones. Read again when the card's revision has moved on; read-only for users who may not change the decision.
 */
@Named("decisionAppendices")
@ViewScoped
public class AppendicesBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionCard card;

    @EJB
    private DecisionDocuments documents;

    @EJB
    private DecisionService decisions;

    private int readAt = -1;
    private DecisionDocuments.Appendices saved;
    private AppendixEditor editor;
    private boolean editable;
    private AppendixKind newKind = AppendixKind.PLAN;

    /** The appendices being edited (read again after a change of the decision). */
    public AppendixEditor getEditor() {
        if (readAt != card.getRevision()) {
            saved = documents.appendices(card.getId());
            editor = new AppendixEditor(saved.form(), saved.group());
            editable = decisions.actor(card.decision()).editorOfTerritory();
            readAt = card.getRevision();
        }
        return editor;
    }

    /** Whether the current user may change this decision (the tab is read-only otherwise). */
    public boolean isEditable() {
        getEditor();
        return editable;
    }

    /** Nothing of the act's own is stored: the appendices follow the decision. */
    public boolean isStandard() {
        getEditor();
        return saved.standard();
    }

    /** The parts of the information support are the usual ones, drawn from the «Информационное обеспечение» tab. */
    public boolean isStandardInfoParts() {
        getEditor();
        return saved.standardInfoParts();
    }

    public void add() {
        getEditor().add(newKind, card.decision());
    }

    public void save() {
        store(getEditor().toForm(card.decision().getVersion()), "appendix.saved");
    }

    /** Puts the appendices and the information support back to the usual ones (role names stay). */
    public void restoreUsual() {
        AppendixForm f = new AppendixForm();
        f.setVersion(card.decision().getVersion());
        f.setAppendices(List.of());
        f.setInfoParts(List.of());
        store(f, "appendix.restored");
    }

    private void store(AppendixForm f, String message) {
        card.change(null, () -> {
            documents.setAppendices(card.getId(), f);
            FacesErrors.info(Bundle.text(message));
        });
    }

    public String usualRoleName(GroupRole role) {
        return AppendixDefaults.usualRoleName(role);
    }

    public List<AppendixKind> getKinds() {
        return List.of(AppendixKind.values());
    }

    public List<InfoPartKind> getPartKinds() {
        return List.of(InfoPartKind.values());
    }

    public AppendixKind getNewKind() {
        return newKind;
    }

    public void setNewKind(AppendixKind newKind) {
        this.newKind = newKind;
    }
}
