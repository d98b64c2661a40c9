package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.CodeItem;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.service.catalog.ServiceDraft;
import ru.socorder.service.common.BusinessException;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/** Услуга: create or edit a service of the list with its indicators. */
@Named("serviceEdit")
@ViewScoped
public class ServiceEditBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceCatalog services;

    @EJB
    private CatalogService catalog;

    private Long id;
    private ServiceDraft draft;
    private List<OptionItem> territories;
    private List<OptionItem> directions;
    private List<CodeItem> units;
    private String numberNote;

    public void load() {
        if (draft == null) {
            draft = id == null ? new ServiceDraft() : services.draft(id);
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
