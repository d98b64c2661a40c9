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
import ru.socorder.model.decision.Appendix;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.InfoPart;
import ru.socorder.model.decision.Meeting;
import ru.socorder.model.decision.WorkingGroup;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
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
 * {@link AttachmentUse#DECISION_ORIGINAL}), the appendices as the resolution prints them ({@link DecisionPrinter}:
 * PDF to send, DOCX to edit) and their structure as the clerk edits it (numbers, order, stamps, titles, captions, role
 * names, information-support parts: {@link AppendixForm}, checked by {@link AppendixRules}; the printer reads the same
 * through {@link AppendixDefaults}). Rights are those of the decision: {@link DecisionService#requireReadable} to read,
 * {@link DecisionService#requireEditable} to attach and edit.
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

    @EJB
    private AuditLog audit;

    /**
     * The appendices as the editor shows them, with whether they are the usual ones (nothing of the act's own stored:
     * they follow the decision), the same for the parts of the information support, and whether the decision has a
     * working group whose roles can be named.
     */
    public record Appendices(AppendixForm form, boolean standard, boolean standardInfoParts, boolean group) implements java.io.Serializable {
    }

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

    /** The appendices of the decision as they print: the act's own where stored, the usual ones otherwise. */
    public Appendices appendices(long id) {
        return shown(decisions.view(id));
    }

    /**
     * Stores the appendices as the clerk edited them: rights and the version first, then the form (every error at
     * once, nothing written); a part equal to the usual one is stored as none and keeps following the decision.
     */
    public Appendices setAppendices(long id, AppendixForm form) {
        decisions.requireEditable(id); // rights before input
        if (form == null || form.getVersion() == null) {
            throw new ValidationFailed("version", "Передайте version — версию решения, которую вы читали");
        }
        Decision d = decisions.lockForChange(id, form.getVersion());
        DecisionView v = decisions.view(id);
        AppendixRules.Change change = AppendixRules.check(form, v);
        List<String> changed = new ArrayList<>();
        if (change.appendices() != null) {
            d.getAppendices().clear();
            d.getAppendices().addAll(change.appendices());
            changed.add(change.appendices().isEmpty() ? "приложения обычные" : "приложений: " + change.appendices().size());
        }
        if (change.infoParts() != null) {
            d.getInfoParts().clear();
            d.getInfoParts().addAll(change.infoParts());
            changed.add(change.infoParts().isEmpty() ? "информационное обеспечение обычное" : "пунктов информационного обеспечения: "
                    + change.infoParts().size());
        }
        WorkingGroup g = v.group();
        if (g != null && change.roleNames() != null) {
            change.roleNames().forEach(g::setRoleName);
            changed.add("названия ролей");
        }
        if (g != null && change.rolesInHeadings() != null) {
            g.setRolesInHeadings(change.rolesInHeadings());
        }
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.DECISION_APPENDICES, d.getId(), String.join("; ", changed));
        return shown(v);
    }

    /** The appendices as they print, as a form to edit. */
    static Appendices shown(DecisionView v) {
        Decision d = v.decision();
        AppendixForm f = new AppendixForm();
        f.setVersion(d.getVersion());
        List<AppendixForm.Item> items = new ArrayList<>();
        List<Appendix> printed = AppendixDefaults.appendices(v);
        for (int i = 0; i < printed.size(); i++) {
            Appendix a = printed.get(i);
            AppendixForm.Item item = new AppendixForm.Item();
            item.setKind(a.getKind());
            item.setNumber(a.getNumber());
            item.setStamp(a.getStamp() != null ? a.getStamp()
                    : AppendixDefaults.stamp(d, a.getNumber() == null ? String.valueOf(i + 1) : a.getNumber()));
            item.setTitle(a.getTitle());
            item.setCaptions(a.captionList());
            item.setColumnNumbers(a.columnNumberList());
            item.setIndicatorTable(a.getIndicatorTable());
            item.setValuePattern(a.getValuePattern());
            String signature = a.getSignature();
            if (signature != null && !signature.isBlank()) {
                int tab = signature.lastIndexOf('\t');
                item.setSignaturePosition(tab < 0 ? signature : signature.substring(0, tab));
                item.setSignatureName(tab < 0 ? null : signature.substring(tab + 1));
            }
            items.add(item);
        }
        f.setAppendices(items);
        List<AppendixForm.PartItem> parts = new ArrayList<>();
        for (InfoPart p : AppendixDefaults.infoParts(v)) {
            AppendixForm.PartItem item = new AppendixForm.PartItem();
            item.setKind(p.getKind());
            item.setNumber(p.getNumber());
            item.setText(p.getText());
            parts.add(item);
        }
        f.setInfoParts(parts);
        List<AppendixForm.RoleItem> roles = new ArrayList<>();
        for (GroupRole role : GroupRole.values()) {
            AppendixForm.RoleItem item = new AppendixForm.RoleItem();
            item.setRole(role);
            item.setTitle(AppendixDefaults.roleName(v.group(), role));
            roles.add(item);
        }
        f.setRoleNames(roles);
        f.setRolesInHeadings(v.group() == null ? null : v.group().isRolesInHeadings());
        return new Appendices(f, d.getAppendices().isEmpty(), d.getInfoParts().isEmpty(), v.group() != null);
    }
}
