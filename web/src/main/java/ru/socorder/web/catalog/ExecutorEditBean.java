package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.ExecutorType;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.identifier.Inn;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.ExecutorCatalog;
import ru.socorder.service.catalog.ExecutorDraft;
import ru.socorder.service.catalog.LicenceDraft;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.Rights;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/**
 * Исполнитель: create or edit one executor with its licences; read-only (plain text, no buttons) for whoever may not
 * change it ({@link Rights}, the boundary's own check).
 */
@Named("executorEdit")
@ViewScoped
public class ExecutorEditBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ExecutorCatalog executors;

    @EJB
    private CatalogService catalog;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private ExecutorDraft draft;
    private boolean editable;
    private List<OptionItem> territories;

    public void load() {
        if (draft == null) {
            if (id == null) {
                draft = new ExecutorDraft();
                editable = currentUser.get().can(Rights.Action.CREATE, Executor.class);
            } else {
                Executor executor = executors.get(id);
                draft = ExecutorDraft.of(executor);
                editable = currentUser.get().can(Rights.Action.EDIT, executor);
            }
            territories = catalog.territoryOptions();
        }
    }

    /** Live check of the ИНН when the field loses focus: the same rule as on save. */
    public void checkInn() {
        if (draft.getInn() == null || draft.getInn().isBlank()) {
            return;
        }
        IdentifierCheck c = Inn.check(draft.getInn());
        if (!c.valid()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage("executorForm:inn", new FacesMessage(FacesMessage.SEVERITY_ERROR, c.message(), null));
        }
    }

    public void addLicence() {
        draft.getLicences().add(new LicenceDraft());
    }

    public void removeLicence(LicenceDraft licence) {
        draft.getLicences().remove(licence);
    }

    public String save() {
        try {
            if (draft.getId() == null) {
                executors.create(draft);
            } else {
                executors.update(draft.getId(), draft);
            }
            FacesErrors.info(Bundle.text("executor.saved", draft.getShortName() == null ? draft.getFullName() : draft.getShortName()));
            return "/catalog/executors?faces-redirect=true";
        } catch (BusinessException e) {
            FacesErrors.show(e, "executorForm");
            return null;
        }
    }

    public ExecutorType[] getTypes() {
        return ExecutorType.values();
    }

    public boolean isLegalEntity() {
        ExecutorType t = draft == null || draft.getType() == null ? null : ExecutorType.valueOf(draft.getType());
        return t == null || t.isLegalEntity();
    }

    /** Whether the caller may change the executor; otherwise the card shows plain text. */
    public boolean isEditable() {
        return editable;
    }

    public boolean isCreating() {
        return draft != null && draft.getId() == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ExecutorDraft getDraft() {
        return draft;
    }

    public List<OptionItem> getTerritories() {
        return territories;
    }

    /** The executor's type as a reader sees it. */
    public String getTypeLabel() {
        return getDraft() == null || getDraft().getType() == null ? "" : ru.socorder.model.catalog.ExecutorType.valueOf(getDraft().getType()).label();
    }
}
