package ru.socorder.service.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Map;
import ru.socorder.model.audit.AuditRecord;
import ru.socorder.model.security.Role;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.PagedQuery;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;
import ru.socorder.service.system.ClockProducer;

/** «Журнал действий»: the whole audit log, newest first, for administrators (the screen and {@code GET /api/v1/audit}). */
@Stateless
public class AuditJournal {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    /**
     * @param kind which records (null: all)
     * @param from first day (Moscow time), null: from the start
     * @param to   last day, included; null: up to now
     */
    public Page<AuditRecord> page(PageRequest request, RecordKind kind, LocalDate from, LocalDate to) {
        Caller caller = currentUser.get();
        caller.require(Role.ADMIN);
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationFailed("to", "Конец периода раньше его начала");
        }
        return PagedQuery.of(em, AuditRecord.class, "a", null, DataScope.everyone(caller, "журнал действий читает администратор"))
                .filter("a.objectType = :kind", "kind", kind == null ? null : kind.code())
                .filter("a.occurredAt >= :from", "from", from == null ? null : from.atStartOfDay(ClockProducer.ZONE).toInstant())
                .filter("a.occurredAt < :to", "to", to == null ? null : to.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant())
                .search("a.actor", "a.action", "a.details", "a.organisation")
                .sortable(Map.of("occurredAt", "a.occurredAt", "actor", "a.actor", "action", "a.action"), "a.occurredAt desc")
                .page(request);
    }

    /** «изменение», «неудачный вход» … or the stored code of an action an older version recorded. */
    public static String label(AuditRecord r) {
        AuditEvent e = AuditEvent.ofCode(r.getAction());
        return e == null ? r.getAction() : e.label();
    }

    /** «услуга», «пользователь» … or the stored type. */
    public static String kindLabel(AuditRecord r) {
        RecordKind k = RecordKind.ofCode(r.getObjectType());
        return k == null ? r.getObjectType() : k.label();
    }
}
