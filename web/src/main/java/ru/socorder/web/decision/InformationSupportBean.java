package ru.socorder.web.decision;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ru.socorder.service.decision.DecisionService;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/**
 * The «Информационное обеспечение» tab of the decision card: an editable copy of the electronic documents (each with the
 * system forming it), the systems used, publication on the portal and the paper fallback, saved at once.
 */
@Named("decisionInfo")
@ViewScoped
public class InformationSupportBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionCard card;

    @EJB
    private DecisionService decisions;

    /** A row of the documents being edited. */
    public static class DocumentLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String system;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getSystem() {
            return system;
        }

        public void setSystem(String system) {
            this.system = system;
        }
    }

    private List<DocumentLine> documentLines;
    private String systemsText;
    private String portalText;
    private String paperText;

    private void copyInformationSupport() {
        documentLines = new ArrayList<>();
        card.getView().documents().forEach(doc -> {
            DocumentLine line = new DocumentLine();
            line.setName(doc.getName());
            line.setSystem(doc.getSystem());
            documentLines.add(line);
        });
        systemsText = String.join("\n", card.decision().getSystems());
        portalText = card.decision().getPortalText();
        paperText = card.decision().getPaperFallback();
    }

    public List<DocumentLine> getDocumentLines() {
        if (documentLines == null) {
            copyInformationSupport();
        }
        return documentLines;
    }

    public void addDocumentLine() {
        getDocumentLines().add(new DocumentLine());
    }

    public void removeDocumentLine(DocumentLine line) {
        getDocumentLines().remove(line);
    }

    public void saveInformationSupport() {
        if (card.change(null, () -> {
            decisions.setInformationSupport(card.decision().getId(), card.decision().getVersion(),
                    getDocumentLines().stream().map(l -> new DecisionService.DocumentRow(l.getName(), l.getSystem())).toList(),
                    systemsText == null ? List.of() : Arrays.asList(systemsText.split("\\n")), portalText, paperText);
            FacesErrors.info(Bundle.text("info.saved"));
        })) {
            documentLines = null;
        }
    }

    public String getSystemsText() {
        if (documentLines == null) {
            copyInformationSupport();
        }
        return systemsText;
    }

    public void setSystemsText(String systemsText) {
        this.systemsText = systemsText;
    }

    public String getPortalText() {
        return portalText;
    }

    public void setPortalText(String portalText) {
        this.portalText = portalText;
    }

    public String getPaperText() {
        return paperText;
    }

    public void setPaperText(String paperText) {
        this.paperText = paperText;
    }
}
