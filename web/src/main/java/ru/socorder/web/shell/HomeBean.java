package ru.socorder.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.CatalogSummary;

/** Главная: the home dashboard. */
@Named("home")
@ViewScoped
public class HomeBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogService catalog;

    private CatalogSummary summary;

    @PostConstruct
    void load() {
        summary = catalog.summary();
    }

    public CatalogSummary getSummary() {
        return summary;
    }
}
