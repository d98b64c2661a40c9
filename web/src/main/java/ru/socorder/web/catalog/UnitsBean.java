package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.exchange.TableWriter;
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

    @Override
    protected List<TableWriter.Column<MeasurementUnit>> exportColumns() {
        return List.of(new TableWriter.Column<MeasurementUnit>("Код ОКЕИ", MeasurementUnit::getCode),
                new TableWriter.Column<MeasurementUnit>("Наименование", MeasurementUnit::getName),
                new TableWriter.Column<MeasurementUnit>("Краткое наименование", MeasurementUnit::getShortName));
    }

    @Override
    protected String exportName() {
        return "units";
    }
}
