package ru.socorder.web.decision;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.decision.DecisionDocuments;
import ru.socorder.service.decision.DecisionLifecycle;
import ru.socorder.service.decision.DecisionService;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/** The head of the decision card and its «Общие сведения» tab: the status, the lifecycle steps, the original of the act. */
@Named("decisionHeader")
@ViewScoped
public class DecisionHeaderBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionCard card;

    @EJB
    private DecisionService decisions;

    @EJB
    private DecisionDocuments documents;

    /** «проект», «принято», … */
    public String statusText() {
        return DecisionLifecycle.label(card.decision().getStatus());
    }

    /** Whether the lifecycle table lets the current user take the step now (what the toolbar offers). */
    public boolean can(String action) {
        return DecisionLifecycle.TABLE.allows(card.decision().getStatus(), DecisionLifecycle.Action.valueOf(action),
                decisions.actor(card.decision()));
    }

    public void adopt() {
        card.change(null, () -> {
            decisions.adopt(card.decision().getId(), card.decision().getVersion());
            FacesErrors.info(Bundle.text("decision.adopted"));
        });
    }

    public void expire() {
        card.change(null, () -> decisions.expire(card.decision().getId(), card.decision().getVersion()));
    }

    /** Attaches the original of the act (PDF or DOCX). */
    public void uploadFile(FileUploadEvent event) {
        byte[] content;
        try (InputStream in = event.getFile().getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            FacesErrors.show(new ValidationFailed("file", "Файл не удалось получить: загрузите его снова"), null);
            return;
        }
        card.change(null, () -> {
            String stored = documents.attachOriginal(card.decision().getId(), event.getFile().getFileName(), content).getFileName();
            FacesErrors.info(Bundle.text("decision.fileAttached", stored));
        });
    }
}
