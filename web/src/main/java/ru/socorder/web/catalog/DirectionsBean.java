package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/** Направления деятельности: the list. */
@Named("directions")
@ViewScoped
public class DirectionsBean extends ListBean<ActivityDirection> {
    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogService catalog;

    @Override
    protected PagedModel<ActivityDirection> createModel() {
        CatalogService service = catalog;
        return new PagedModel<>(r -> service.directions(r), ActivityDirection::getId);
    }

    @Override
    protected List<TableWriter.Column<ActivityDirection>> exportColumns() {
        return List.of(new TableWriter.Column<ActivityDirection>("Код", ActivityDirection::getCode),
                new TableWriter.Column<ActivityDirection>("Наименование", ActivityDirection::getName),
                new TableWriter.Column<ActivityDirection>("Правовое основание", ActivityDirection::getLegalBasis));
    }

    @Override
    protected String exportName() {
        return "directions";
    }
}
