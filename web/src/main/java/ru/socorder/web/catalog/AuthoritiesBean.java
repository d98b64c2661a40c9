package ru.socorder.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.exchange.TableWriter;
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

    @Override
    protected List<TableWriter.Column<AuthorisedBody>> exportColumns() {
        return List.of(new TableWriter.Column<AuthorisedBody>("Полное наименование", AuthorisedBody::getFullName),
                new TableWriter.Column<AuthorisedBody>("Краткое наименование", AuthorisedBody::getShortName),
                new TableWriter.Column<AuthorisedBody>("Территория", a -> a.getTerritory().getName()),
                new TableWriter.Column<AuthorisedBody>("ИНН", a -> a.getInn() == null ? null : a.getInn().value()),
                new TableWriter.Column<AuthorisedBody>("КПП", a -> a.getKpp() == null ? null : a.getKpp().value()),
                new TableWriter.Column<AuthorisedBody>("ОГРН", a -> a.getOgrn() == null ? null : a.getOgrn().value()),
                new TableWriter.Column<AuthorisedBody>("ОКПО", AuthorisedBody::getOkpo),
                new TableWriter.Column<AuthorisedBody>("Глава по БК", AuthorisedBody::getBudgetChapterCode),
                new TableWriter.Column<AuthorisedBody>("Руководитель", AuthorisedBody::getHeadName));
    }

    @Override
    protected String exportName() {
        return "authorities";
    }
}
