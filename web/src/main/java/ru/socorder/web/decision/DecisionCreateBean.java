package ru.socorder.web.decision;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.decision.DecisionForm;
import ru.socorder.service.decision.DecisionService;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/**
 * Новое решение / реквизиты решения: records a decision (draft, with the standard stages of the approbation plan) or,
 * with {@code ?id=}, corrects the header of a recorded one.
 */
@Named("decisionNew")
@ViewScoped
public class DecisionCreateBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private DecisionService decisions;

    @EJB
    private CatalogService catalog;

    private DecisionForm form = new DecisionForm();
    private Long id;
    private long version;
    private List<OptionItem> territories;
    private List<OptionItem> authorities;
    private List<OptionItem> directions;

    @PostConstruct
    void load() {
        territories = catalog.territoryOptions();
        authorities = catalog.authorityOptions();
        directions = catalog.directionOptions();
    }

    /** Called by f:viewAction: loads the header when editing. */
    public void loadExisting() {
        if (id != null && form.getIssuer() == null) {
            form = decisions.form(id);
            version = decisions.view(id).decision().getVersion();
        }
    }

    public String save() {
        try {
            long saved;
            if (id == null) {
                saved = decisions.create(form).getId();
                FacesErrors.info(Bundle.text("decision.created"));
            } else {
                saved = decisions.update(id, version, form).getId();
                FacesErrors.info(Bundle.text("decision.updated"));
            }
            return "/decision/decision?faces-redirect=true&id=" + saved;
        } catch (BusinessException e) {
            FacesErrors.show(e, "decisionForm");
            return null;
        }
    }

    /** Direction codes come as "04 Реализация …" labels in the select; the code is the first word. */
    public String directionCode(OptionItem o) {
        return o.label().split(" ")[0];
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DecisionForm getForm() {
        return form;
    }

    public List<OptionItem> getTerritories() {
        return territories;
    }

    public List<OptionItem> getAuthorities() {
        return authorities;
    }

    public List<OptionItem> getDirections() {
        return directions;
    }
}
