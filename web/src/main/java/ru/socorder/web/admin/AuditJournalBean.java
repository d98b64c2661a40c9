package ru.socorder.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import ru.socorder.model.audit.AuditRecord;
import ru.socorder.service.audit.AuditJournal;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.web.format.InstantConverter;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/** Журнал действий: who did what to which record, with filters by kind of record and period, and an export. */
@Named("auditJournal")
@ViewScoped
public class AuditJournalBean extends ListBean<AuditRecord> {
    private static final long serialVersionUID = 1L;

    @EJB
    private AuditJournal journal;

    private RecordKind kind;
    private LocalDate from;
    private LocalDate to;

    @Override
    protected PagedModel<AuditRecord> createModel() {
        AuditJournal j = journal;
        AuditJournalBean self = this;
        return new PagedModel<>(r -> j.page(r, self.kind, self.from, self.to), AuditRecord::getId);
    }

    @Override
    protected List<TableWriter.Column<AuditRecord>> exportColumns() {
        return List.of(
                new TableWriter.Column<>("Когда", r -> InstantConverter.format(r.getOccurredAt())),
                new TableWriter.Column<>("Кто", AuditRecord::getActor),
                new TableWriter.Column<>("Роли", AuditJournalBean::roles),
                new TableWriter.Column<>("Организация", AuditRecord::getOrganisation),
                new TableWriter.Column<>("Действие", AuditJournal::label),
                new TableWriter.Column<>("Запись", AuditJournal::kindLabel),
                new TableWriter.Column<>("Номер записи", r -> r.getObjectId() == null ? "" : r.getObjectId().toString()),
                new TableWriter.Column<>("Подробности", AuditRecord::getDetails));
    }

    /** The actor's roles named as the users screen names them («Администратор»), not by their codes. */
    static String roles(AuditRecord r) {
        if (r.getActorRoles() == null || r.getActorRoles().isBlank()) {
            return "";
        }
        return java.util.Arrays.stream(r.getActorRoles().split(","))
                .map(code -> Bundle.text("role." + code.trim())).collect(java.util.stream.Collectors.joining(", "));
    }

    @Override
    protected String exportName() {
        return "audit";
    }

    /** A filter changed: a period that ends before it begins is refused at the field, the list goes back to page one. */
    public void filter() {
        if (from != null && to != null && to.isBefore(from)) {
            to = null;
            FacesErrors.show(new ValidationFailed("to", Bundle.text("audit.badPeriod")), "auditForm");
        }
    }

    public String label(AuditRecord r) {
        return AuditJournal.label(r);
    }

    public String kindLabel(AuditRecord r) {
        return AuditJournal.kindLabel(r);
    }

    public RecordKind[] getKinds() {
        return RecordKind.values();
    }

    public RecordKind getKind() {
        return kind;
    }

    public void setKind(RecordKind kind) {
        this.kind = kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
