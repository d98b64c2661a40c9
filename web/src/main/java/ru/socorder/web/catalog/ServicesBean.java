package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.web.shell.PagedModel;

/** Услуги: the list of services by registry number. */
@Named("services")
@ViewScoped
public class ServicesBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceCatalog catalog;

    private PagedModel<SocialService> model;

    /** The list as filtered on the screen, as XLSX or CSV. */
    public StreamedContent export(String format) {
        return Downloads.of(catalog.export(getModel().getQuery(), format));
    }

    public PagedModel<SocialService> getModel() {
        if (model == null) {
            ServiceCatalog service = catalog;
            model = new PagedModel<>(request -> service.list(request, null), SocialService::getId);
        }
        return model;
    }
}
