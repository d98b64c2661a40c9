package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.UnitForm;
import ru.socorder.web.shell.EditBean;

/** Единица измерения: create or edit. */
@Named("unitEdit")
@ViewScoped
public class UnitEditBean extends EditBean<UnitForm> {
    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogService catalog;

    @Override
    protected UnitForm newForm() {
        return new UnitForm();
    }

    @Override
    protected UnitForm loadForm(long id) {
        return UnitForm.of(catalog.find(MeasurementUnit.class, id));
    }

    @Override
    protected String store(UnitForm form) {
        catalog.saveUnit(form);
        return form.getCode() + " " + form.getName();
    }

    @Override
    protected Object rightsTarget() {
        return MeasurementUnit.class;
    }

    @Override
    protected String formId() {
        return "unitForm";
    }

    @Override
    protected String listOutcome() {
        return "/catalog/units";
    }
}
