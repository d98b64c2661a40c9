package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.AuthorityForm;
import ru.socorder.web.shell.EditBean;

/** Уполномоченный орган: create or edit. */
@Named("authorityEdit")
@ViewScoped
public class AuthorityEditBean extends EditBean<AuthorityForm> {
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

    public List<OptionItem> getDirections() {
        return directions;
    }

    @Override
    protected AuthorityForm newForm() {
        return new AuthorityForm();
    }

    @Override
    protected AuthorityForm loadForm(long id) {
        return AuthorityForm.of(catalog.find(AuthorisedBody.class, id));
    }

    @Override
    protected String store(AuthorityForm form) {
        catalog.saveAuthority(form);
        return form.getShortName();
    }

    @Override
    protected Object rightsTarget() {
        return ru.socorder.service.security.Rights.of(AuthorisedBody.class, getId());
    }

    @Override
    protected String formId() {
        return "authorityForm";
    }

    @Override
    protected String listOutcome() {
        return "/catalog/authorities";
    }
}
