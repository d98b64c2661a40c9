package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.socorder.model.catalog.Territory;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/** Территории: the list of regions and municipalities. */
@Named("territories")
@ViewScoped
public class TerritoriesBean extends ListBean<Territory> {
    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogService catalog;

    @Override
    protected PagedModel<Territory> createModel() {
        CatalogService service = catalog;
        return new PagedModel<>(r -> service.territories(r), Territory::getId);
    }

    @Override
    protected List<TableWriter.Column<Territory>> exportColumns() {
        return List.of(new TableWriter.Column<Territory>("Наименование", Territory::getName),
                new TableWriter.Column<Territory>("ОКТМО", t -> t.getOktmo() == null ? null : t.getOktmo().value()),
                new TableWriter.Column<Territory>("Уровень", t -> t.getLevel().label()),
                new TableWriter.Column<Territory>("Входит в", t -> t.getParent() == null ? null : t.getParent().getName()));
    }

    @Override
    protected String exportName() {
        return "territories";
    }
}
