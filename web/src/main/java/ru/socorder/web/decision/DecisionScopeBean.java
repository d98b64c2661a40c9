package ru.socorder.web.decision;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import ru.socorder.model.decision.SelectionMethod;
import ru.socorder.model.decision.ServiceInScope;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.service.decision.DecisionService;

/** The «Услуги» tab of the decision card: the services in scope with their selection method, and the exclusions. */
@Named("decisionScope")
@ViewScoped
public class DecisionScopeBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionCard card;

    @EJB
    private DecisionService decisions;

    @EJB
    private ServiceCatalog serviceCatalog;

    private OptionItem scopeService;
    private SelectionMethod scopeMethod = SelectionMethod.CERTIFICATE;
    private String exclusionsText;

    /** Services of the decision's territory not yet in its scope, for the text typed in the picker. */
    public List<OptionItem> completeService(String query) {
        return serviceCatalog.options(card.decision().getTerritory().getId(), query,
                card.getView().services().stream().map(s -> s.getService().getId()).toList());
    }

    public void addService() {
        if (card.change(null, () -> decisions.addService(card.decision().getId(), scopeService == null ? -1 : scopeService.id(),
                scopeMethod, card.decision().getAuthorities().stream().findFirst().map(a -> a.getId()).orElse(null)))) {
            scopeService = null;
        }
    }

    public void removeService(ServiceInScope scope) {
        card.change(null, () -> decisions.removeService(scope.getId()));
    }

    public void saveExclusions() {
        if (card.change(null, () -> decisions.setExclusions(card.decision().getId(), card.decision().getVersion(),
                exclusionsText == null ? List.of() : Arrays.asList(exclusionsText.split("\\n"))))) {
            exclusionsText = null;
        }
    }

    public String getExclusionsText() {
        return exclusionsText != null ? exclusionsText : String.join("\n", card.decision().getExclusions());
    }

    public void setExclusionsText(String exclusionsText) {
        this.exclusionsText = exclusionsText;
    }

    public OptionItem getScopeService() {
        return scopeService;
    }

    public void setScopeService(OptionItem scopeService) {
        this.scopeService = scopeService;
    }

    public SelectionMethod getScopeMethod() {
        return scopeMethod;
    }

    public void setScopeMethod(SelectionMethod scopeMethod) {
        this.scopeMethod = scopeMethod;
    }

    public SelectionMethod[] getMethods() {
        return SelectionMethod.values();
    }
}
