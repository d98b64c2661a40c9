package ru.socorder.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.Territory;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.ExecutorCatalog;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.service.lifecycle.HistoryEntry;
import ru.socorder.service.security.AccountService;

/**
 * The «История изменений» panel of the catalogue and user cards ({@code /WEB-INF/includes/card-history.xhtml}): asks
 * the boundary owning the record, which checks that the caller may read it, once per request. Orders and decisions
 * show their history in a tab of their own screens, read with the rest of the screen.
 */
@Named("cardHistory")
@RequestScoped
public class CardHistoryBean {
    @EJB
    private CatalogService catalog;

    @EJB
    private ServiceCatalog services;

    @EJB
    private ExecutorCatalog executors;

    @EJB
    private AccountService accounts;

    private final Map<String, List<HistoryEntry>> read = new HashMap<>();

    /** The history of the record of this kind ({@link RecordKind} name) and id; empty while the record is being created. */
    public List<HistoryEntry> of(String kind, Long id) {
        if (id == null) {
            return List.of();
        }
        return read.computeIfAbsent(kind + "/" + id, k -> switch (RecordKind.valueOf(kind)) {
            case SERVICE -> services.history(id);
            case EXECUTOR -> executors.history(id);
            case TERRITORY -> catalog.history(Territory.class, id);
            case DIRECTION -> catalog.history(ActivityDirection.class, id);
            case UNIT -> catalog.history(MeasurementUnit.class, id);
            case AUTHORITY -> catalog.history(AuthorisedBody.class, id);
            case USER -> accounts.history(id);
            default -> throw new IllegalArgumentException(kind + " shows its history on its own screen");
        });
    }
}
