package ru.socorder.service.audit;

import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import ru.socorder.model.audit.AuditRecord;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;

/**
 * Appends audit records in the caller's transaction, so an action and its record commit or roll back together; every
 * record names an {@link AuditEvent} and the record it is about, with who did it (login, roles, organisation).
 * Reading has no rights check of its own: the boundary owning the record checks that the caller may read it, and the
 * whole journal is read through {@link AuditJournal} by administrators.
 */
@Stateless
public class AuditLog {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /** An event about a record of the event's own kind, done by the logged-in user (or the system). */
    public void record(AuditEvent event, Long recordId, String details) {
        record(event, require(event), recordId, details);
    }

    /** An event about a record whose kind the caller names (a file stored for a record of any kind). */
    public void record(AuditEvent event, RecordKind kind, Long recordId, String details) {
        Caller c = caller();
        if (c != null) {
            write(c.login(), c.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), c.organisationName(),
                    event, kind, recordId, details);
        } else {
            write("system", null, null, event, kind, recordId, details);
        }
    }

    /** The logged-in user (or the user a background job acts for); null for the system, also outside any request. */
    private Caller caller() {
        try {
            return currentUser.isLoggedIn() ? currentUser.get() : null;
        } catch (ContextNotActiveException outsideARequest) {
            return null;
        }
    }

    /** With an actor that is not the caller: nobody is logged in yet (a failed login names the login tried). */
    public void recordAs(String actor, AuditEvent event, Long recordId, String details) {
        write(actor, null, null, event, require(event), recordId, details);
    }

    /** The audit records of one record, oldest first. */
    public List<AuditRecord> of(RecordKind kind, long recordId) {
        return em.createNamedQuery(AuditRecord.OF_RECORD, AuditRecord.class).setParameter("type", kind.code())
                .setParameter("id", recordId).getResultList();
    }

    private void write(String actor, String roles, String organisation, AuditEvent event, RecordKind kind, Long recordId, String details) {
        em.persist(new AuditRecord(clock.instant(), actor, roles, organisation, event.name(), kind.code(), recordId, details));
    }

    private static RecordKind require(AuditEvent event) {
        if (event.kind() == null) {
            throw new IllegalArgumentException(event + " names the kind of record at the call");
        }
        return event.kind();
    }
}
