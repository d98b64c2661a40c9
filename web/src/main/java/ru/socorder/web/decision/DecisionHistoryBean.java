package ru.socorder.web.decision;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.socorder.service.decision.DecisionService;
import ru.socorder.service.lifecycle.HistoryEntry;

/** The «История» tab of the decision card: its lifecycle steps and other recorded actions, read again with the decision. */
@Named("decisionHistory")
@ViewScoped
public class DecisionHistoryBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionCard card;

    @EJB
    private DecisionService decisions;

    private List<HistoryEntry> entries;
    private int entriesRevision;

    public List<HistoryEntry> getEntries() {
        if (entries == null || entriesRevision != card.getRevision()) {
            entries = decisions.history(card.getId());
            entriesRevision = card.getRevision();
        }
        return entries;
    }
}
