package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/** Услуги: the list of services by registry number. */
@Named("services")
@ViewScoped
public class ServicesBean extends ListBean<SocialService> {
    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceCatalog catalog;

    /** The list as filtered on the screen, as XLSX or CSV (the same file the API exports). */
    @Override
    public StreamedContent export(String format) {
        return download(catalog.export(getModel().getQuery(), format));
    }

    @Override
    protected PagedModel<SocialService> createModel() {
        ServiceCatalog service = catalog;
        return new PagedModel<>(request -> service.list(request, null), SocialService::getId);
    }
}
