package ru.socorder.service.decision;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.decision.Meeting;
import ru.socorder.service.attachment.AttachmentInfo;
import ru.socorder.service.attachment.AttachmentUse;
import ru.socorder.service.attachment.Attachments;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.reporting.PrintFormat;
import ru.socorder.service.reporting.PrintedForm;
import ru.socorder.service.reporting.ReportEngine;
import ru.socorder.service.reporting.ReportEngine.Part;

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

    /** The appendices of the decision as the resolution prints them, without protocols. */
    public PrintedForm appendices(long id, PrintFormat format) {
        return appendices(id, format, List.of());
    }

    /**
     * The appendices of the decision as the resolution prints them, followed by the protocols of the meetings chosen
     * (ids of meetings of this decision's working group, field {@code protocols}; a protocol not signed prints as a draft).
     */
    public PrintedForm appendices(long id, PrintFormat format, Collection<Long> protocols) {
        DecisionView v = decisions.view(id);
        Set<Long> meetings = v.group() == null ? Set.of() : v.group().getMeetings().stream().map(Meeting::getId).collect(Collectors.toSet());
        List<Long> foreign = protocols.stream().filter(p -> !meetings.contains(p)).toList();
        if (!foreign.isEmpty()) {
            throw new ValidationFailed("protocols", "Заседания " + foreign.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " нет среди заседаний рабочей группы этого решения: выберите протоколы из списка заседаний");
        }
        List<Part> parts = new ArrayList<>(DecisionPrinter.appendices(v));
        parts.addAll(ProtocolPrinter.protocols(v, protocols));
        byte[] content = reports.print(parts, format);
        return new PrintedForm("decision-" + id + "-appendices." + format.extension(), format.contentType(), content);
    }
}
