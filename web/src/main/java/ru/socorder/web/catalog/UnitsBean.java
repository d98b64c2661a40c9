package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/** Единицы измерения (ОКЕИ): the list. */
@Named("units")
@ViewScoped
public class UnitsBean extends ListBean<MeasurementUnit> {
    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogService catalog;

    @Override
    protected PagedModel<MeasurementUnit> createModel() {
        CatalogService service = catalog;
        return new PagedModel<>(r -> service.units(r), MeasurementUnit::getId);
    }
}
