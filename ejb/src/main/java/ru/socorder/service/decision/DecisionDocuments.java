package ru.socorder.service.decision;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import ru.socorder.model.decision.Decision;
import ru.socorder.service.attachment.AttachmentInfo;
import ru.socorder.service.attachment.AttachmentUse;
import ru.socorder.service.attachment.Attachments;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.reporting.PrintFormat;
import ru.socorder.service.reporting.PrintedForm;
import ru.socorder.service.reporting.ReportEngine;

/**
 * Documents of a decision: the original of the act (a PDF or DOCX scan kept by {@link Attachments}, see
 * {@link AttachmentUse#DECISION_ORIGINAL}) and the appendices as the resolution prints them ({@link DecisionPrinter}:
 * PDF to send, DOCX to edit). Rights are those of the decision: {@link DecisionService#requireReadable} to read,
 * {@link DecisionService#requireEditable} to attach.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class DecisionDocuments {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private DecisionService decisions;

    @EJB
    private Attachments attachments;

    @EJB
    private ReportEngine reports;

    /** Attaches (or replaces) the original of the act. */
    public Decision attachOriginal(long id, String fileName, byte[] content) {
        Decision d = decisions.requireEditable(id);
        AttachmentInfo stored = attachments.store(AttachmentUse.DECISION_ORIGINAL, d.getId(), fileName, content);
        d.setFile(stored.fileName(), stored.contentType());
        DatabaseErrors.flush(em, Map.of());
        return d;
    }

    /** The attached original, or 404 when none is attached. */
    public PrintedForm original(long id) {
        Decision d = decisions.requireReadable(id);
        return attachments.latest(AttachmentUse.DECISION_ORIGINAL, d.getId(), "К решению не прикреплён файл");
    }

    /** The appendices of the decision as the resolution prints them. */
    public PrintedForm appendices(long id, PrintFormat format) {
        DecisionView v = decisions.view(id);
        byte[] content = reports.print(DecisionPrinter.appendices(v), format);
        return new PrintedForm("decision-" + id + "-appendices." + format.extension(), format.contentType(), content);
    }
}
