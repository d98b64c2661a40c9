package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.DirectionForm;
import ru.socorder.web.shell.EditBean;

/** Направление деятельности: create or edit. */
@Named("directionEdit")
@ViewScoped
public class DirectionEditBean extends EditBean<DirectionForm> {
    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogService catalog;

    @Override
    protected DirectionForm newForm() {
        return new DirectionForm();
    }

    @Override
    protected DirectionForm loadForm(long id) {
        return DirectionForm.of(catalog.find(ActivityDirection.class, id));
    }

    @Override
    protected String store(DirectionForm form) {
        catalog.saveDirection(form);
        return form.getCode() + " " + form.getName();
    }

    @Override
    protected Object rightsTarget() {
        return ActivityDirection.class;
    }

    @Override
    protected String formId() {
        return "directionForm";
    }

    @Override
    protected String listOutcome() {
        return "/catalog/directions";
    }
}
