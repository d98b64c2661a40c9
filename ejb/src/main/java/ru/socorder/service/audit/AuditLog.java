package ru.socorder.service.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import ru.socorder.model.audit.AuditRecord;

/** Appends audit records in the caller's transaction, so an action and its record commit or roll back together. */
@Stateless
public class AuditLog {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Clock clock;

    public void record(String action, String objectType, Long objectId, String details) {
        Principal p = securityContext.getCallerPrincipal();
        recordAs(p == null ? "system" : p.getName(), action, objectType, objectId, details);
    }

    /** With an actor that is not the caller: nobody is logged in yet (a failed login names the login tried). */
    public void recordAs(String actor, String action, String objectType, Long objectId, String details) {
        em.persist(new AuditRecord(clock.instant(), actor, action, objectType, objectId, details));
    }
}
