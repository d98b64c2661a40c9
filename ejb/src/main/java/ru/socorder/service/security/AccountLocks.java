package ru.socorder.service.security;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import ru.socorder.model.security.UserAccount;
import ru.socorder.service.security.LoginThrottle.Failures;

/**
 * Reads and writes the login-throttling columns of an account. Written with a bulk update, not through the entity,
 * so that failed logins do not raise the account's version: an administrator editing the user meanwhile is not
 * refused as «изменено другим пользователем».
 */
final class AccountLocks {
    private AccountLocks() {
    }

    static Failures state(UserAccount u) {
        return new Failures(u.getFailedLogins(), u.getFailedSince(), u.getLockedUntil());
    }

    static void write(EntityManager em, long accountId, Failures f) {
        Query q = em.createQuery("update UserAccount u set u.failedLogins = :count, u.failedSince = "
                + (f.since() == null ? "null" : ":since") + ", u.lockedUntil = " + (f.lockedUntil() == null ? "null" : ":until")
                + " where u.id = :id");
        q.setParameter("count", f.count()).setParameter("id", accountId);
        if (f.since() != null) {
            q.setParameter("since", f.since());
        }
        if (f.lockedUntil() != null) {
            q.setParameter("until", f.lockedUntil());
        }
        q.executeUpdate();
    }
}
