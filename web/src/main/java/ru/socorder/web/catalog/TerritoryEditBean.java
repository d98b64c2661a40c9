package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.model.catalog.OrderFormCode;
import ru.socorder.model.catalog.Territory;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.OrderFormSettings;
import ru.socorder.service.catalog.TerritoryForm;
import ru.socorder.model.catalog.TerritoryLevel;
import ru.socorder.web.shell.EditBean;

/** Территория: create or edit. */
@Named("territoryEdit")
@ViewScoped
public class TerritoryEditBean extends EditBean<TerritoryForm> {
    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogService catalog;

    private List<OptionItem> territories;
    private List<OptionItem> directions;

    @Override
    protected void prepare() {
        territories = catalog.territoryOptions();
        directions = catalog.directionOptions();
    }

    public List<OptionItem> getTerritories() {
        return territories;
    }

    public TerritoryLevel[] getLevels() {
        return TerritoryLevel.values();
    }

    public List<OptionItem> getDirections() {
        return directions;
    }

    @Override
    protected TerritoryForm newForm() {
        TerritoryForm f = new TerritoryForm();
        f.setOrderForm(new OrderFormSettings());
        return f;
    }

    /** The level as a reader sees it. */
    public String getLevelLabel() {
        return getForm() == null || getForm().getLevel() == null ? "" : TerritoryLevel.valueOf(getForm().getLevel()).label();
    }

    /** The codes box lines as a reader sees them: their captions, in print order. */
    public String getCodesText() {
        return getForm() == null || getForm().getOrderForm() == null ? ""
                : String.join(", ", getForm().getOrderForm().options().codes().stream().map(OrderFormCode::caption).toList());
    }

    /** The lines the codes box of the printed order may have, in print order. */
    public OrderFormCode[] getFormCodes() {
        return OrderFormCode.values();
    }

    @Override
    protected TerritoryForm loadForm(long id) {
        return TerritoryForm.of(catalog.find(Territory.class, id));
    }

    @Override
    protected String store(TerritoryForm form) {
        catalog.saveTerritory(form);
        return form.getName();
    }

    @Override
    protected Object rightsTarget() {
        return Territory.class;
    }

    @Override
    protected String formId() {
        return "territoryForm";
    }

    @Override
    protected String listOutcome() {
        return "/catalog/territories";
    }
}
