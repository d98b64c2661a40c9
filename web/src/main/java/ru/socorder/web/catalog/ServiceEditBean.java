package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.CodeItem;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.service.catalog.ServiceDraft;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.Rights;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/**
 * Услуга: create or edit a service of the list with its indicators; read-only (plain text, no buttons) for whoever may
 * not change it — a clerk of another territory, an approver, an observer ({@link Rights}, the boundary's own check).
 */
@Named("serviceEdit")
@ViewScoped
public class ServiceEditBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceCatalog services;

    @EJB
    private CatalogService catalog;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private ServiceDraft draft;
    private boolean editable;
    private List<OptionItem> territories;
    private List<OptionItem> directions;
    private List<CodeItem> units;
    private String numberNote;

    public void load() {
        if (draft == null) {
            if (id == null) {
                draft = new ServiceDraft();
                editable = currentUser.get().can(Rights.Action.CREATE, SocialService.class);
            } else {
                SocialService service = services.get(id);
                draft = ServiceDraft.of(service);
                editable = currentUser.get().can(Rights.Action.EDIT, service);
            }
            territories = catalog.territoryOptions();
            directions = catalog.directionOptions();
            units = catalog.unitOptions();
        }
    }

    /** Shows the canonical form of the registry number as the clerk types or pastes it. */
    public void checkNumber() {
        IdentifierCheck c = RegistryNumber.check(draft.getRegistryNumber());
        numberNote = c.valid() ? (c.corrections().isEmpty() ? null : c.message()) : c.message();
        if (c.valid()) {
            draft.setRegistryNumber(RegistryNumber.of(c.canonical()).formatted());
        }
    }

    public void addIndicator() {
        draft.getIndicators().add(new ServiceDraft.IndicatorDraft("QUALITY", null, null));
    }

    public void removeIndicator(ServiceDraft.IndicatorDraft indicator) {
        draft.getIndicators().remove(indicator);
    }

    public String save() {
        try {
            if (draft.getId() == null) {
                services.create(draft);
            } else {
                services.update(draft.getId(), draft);
            }
            FacesErrors.info(Bundle.text("service.saved", draft.getRegistryNumber()));
            return "/catalog/services?faces-redirect=true";
        } catch (BusinessException e) {
            FacesErrors.show(e, "serviceForm");
            return null;
        }
    }

    /** Whether the caller may change the service; otherwise the card shows plain text. */
    public boolean isEditable() {
        return editable;
    }

    /** The normative cost as a read-only card shows it: «1 234,5». */
    public String getNormativeCostText() {
        return draft.getNormativeCost() == null ? "" : RussianText.number(draft.getNormativeCost());
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

    public ServiceDraft getDraft() {
        return draft;
    }

    public String getNumberNote() {
        return numberNote;
    }

    public List<OptionItem> getTerritories() {
        return territories;
    }

    public List<OptionItem> getDirections() {
        return directions;
    }

    public List<CodeItem> getUnits() {
        return units;
    }
}
