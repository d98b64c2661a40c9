package ru.socorder.service.certificate;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The lock that serialises issuing within one order volume: the row of {@code certificate_issue_lock} for an
 * authority, service and year (V24), locked with {@code SELECT … FOR UPDATE} (portable to H2 and PostgreSQL) until the
 * issuing transaction ends. The row is created on first use in a transaction of its own; two first uses racing both
 * try, one insert fails as a duplicate and is ignored — the row exists either way.
 */
@Stateless
public class IssueLock {
    @PersistenceContext
    private EntityManager em;

    /** Creates the row if absent (own transaction; a concurrent duplicate is harmless). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(long authorityId, long serviceId, int year) {
        if (exists(authorityId, serviceId, year)) {
            return;
        }
        em.createNativeQuery("insert into certificate_issue_lock (authority_id, service_id, period_year) values (?, ?, ?)")
                .setParameter(1, authorityId).setParameter(2, serviceId).setParameter(3, year).executeUpdate();
    }

    private boolean exists(long authorityId, long serviceId, int year) {
        return !em.createNativeQuery("select authority_id from certificate_issue_lock where authority_id = ? and service_id = ? "
                        + "and period_year = ?").setParameter(1, authorityId).setParameter(2, serviceId).setParameter(3, year)
                .getResultList().isEmpty();
    }

    /** Locks the row in the caller's transaction (waits for another issuer of the same volume to finish). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean lock(long authorityId, long serviceId, int year) {
        return !em.createNativeQuery("select authority_id from certificate_issue_lock where authority_id = ? and service_id = ? "
                        + "and period_year = ? for update").setParameter(1, authorityId).setParameter(2, serviceId).setParameter(3, year)
                .getResultList().isEmpty();
    }
}
