package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/** Уполномоченные органы: the list. */
@Named("authorities")
@ViewScoped
public class AuthoritiesBean extends ListBean<AuthorisedBody> {
    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogService catalog;

    @Override
    protected PagedModel<AuthorisedBody> createModel() {
        CatalogService service = catalog;
        return new PagedModel<>(r -> service.authorities(r, null), AuthorisedBody::getId);
    }
}
