package ru.socorder.service.security;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import ru.socorder.model.security.UserAccount;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.security.LoginThrottle.Failures;

/**
 * Boundary of login throttling, called by the authentication mechanism around every password check (form login and
 * HTTP Basic): refuses locked accounts and addresses before the password is looked at, counts failures, resets the
 * account's count on success. The rule is {@link LoginThrottle}; account state is persistent (user_account), address
 * state in memory ({@link AddressFailures}). Failures, locks and the end of locks are audited, with the attempted
 * login as the actor; refusals of an address that is locked are not (the lock was), so a flood cannot fill the log.
 */
@Stateless
public class LoginAttempts {
    static final int ACTOR_LENGTH = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AddressFailures addresses;

    @EJB
    private AuditLog audit;

    /** How long a login attempt of this login from this address is still refused; empty: check the password. */
    public Optional<Duration> refusal(String login, String address) {
        LoginThrottle byAddress = new LoginThrottle(LoginThrottle.ADDRESS, clock);
        Failures a = addresses.get(address);
        Optional<Duration> addressLock = byAddress.lockRemaining(a);
        if (addressLock.isPresent()) {
            return addressLock;
        }
        boolean[] cleared = {false};
        if (byAddress.lockExpired(a)) {
            addresses.update(address, f -> {
                cleared[0] = byAddress.lockExpired(f);
                return cleared[0] ? Failures.NONE : f;
            }, byAddress::isStale);
        }
        if (cleared[0]) {
            audit.recordAs("system", AuditEvent.LOGIN_ADDRESS_UNLOCKED, null, "address=" + address + " (блокировка истекла)");
        }
        UserAccount u = find(login, LockModeType.NONE);
        if (u == null) {
            return Optional.empty();
        }
        LoginThrottle rule = new LoginThrottle(LoginThrottle.ACCOUNT, clock);
        Failures before = AccountLocks.state(u);
        Optional<Duration> lock = rule.lockRemaining(before);
        if (lock.isPresent()) {
            audit.recordAs(actor(login), AuditEvent.LOGIN_REFUSED_LOCKED, u.getId(), "address=" + address);
            addressFailed(address, login);
            return lock;
        }
        if (rule.lockExpired(before)) {
            UserAccount locked = find(login, LockModeType.PESSIMISTIC_WRITE);
            if (locked != null && rule.lockExpired(AccountLocks.state(locked))) {
                AccountLocks.write(em, locked.getId(), Failures.NONE);
                audit.recordAs("system", AuditEvent.LOGIN_UNLOCKED, locked.getId(), "login=" + locked.getLogin() + " (блокировка истекла)");
            }
        }
        return Optional.empty();
    }

    /**
     * A wrong password or an unknown login: counted for the account (if it exists) and for the address. Returns how
     * long logins are now refused when this failure locked the account or the address.
     */
    public Optional<Duration> failed(String login, String address) {
        Optional<Duration> addressLock = addressFailed(address, login);
        UserAccount u = find(login, LockModeType.PESSIMISTIC_WRITE);
        if (u == null) {
            audit.recordAs(actor(login), AuditEvent.LOGIN_FAILED, null, "address=" + address + " (нет такого пользователя)");
            return addressLock;
        }
        LoginThrottle rule = new LoginThrottle(LoginThrottle.ACCOUNT, clock);
        Failures before = AccountLocks.state(u);
        Failures after = rule.failed(before);
        AccountLocks.write(em, u.getId(), after);
        audit.recordAs(actor(login), AuditEvent.LOGIN_FAILED, u.getId(), "address=" + address + " failures=" + after.count());
        if (rule.locks(before, after)) {
            audit.recordAs(actor(login), AuditEvent.LOGIN_LOCKED, u.getId(),
                    "address=" + address + " until=" + after.lockedUntil() + " (" + rule.policy().limit() + " неудачных попыток входа)");
            return rule.lockRemaining(after);
        }
        return addressLock;
    }

    /** A successful login clears the account's count (not the address's: one valid account must not reset it). */
    public void succeeded(String login) {
        UserAccount u = find(login, LockModeType.NONE);
        if (u != null && !AccountLocks.state(u).isNone()) {
            AccountLocks.write(em, u.getId(), Failures.NONE);
        }
    }

    private Optional<Duration> addressFailed(String address, String login) {
        LoginThrottle rule = new LoginThrottle(LoginThrottle.ADDRESS, clock);
        Failures[] before = new Failures[1];
        Failures after = addresses.update(address, f -> {
            before[0] = f;
            return rule.failed(f);
        }, rule::isStale);
        if (rule.locks(before[0], after)) {
            audit.recordAs(actor(login), AuditEvent.LOGIN_ADDRESS_LOCKED, null, "address=" + address + " until=" + after.lockedUntil()
                    + " (" + rule.policy().limit() + " неудачных попыток входа)");
            return rule.lockRemaining(after);
        }
        return Optional.empty();
    }

    private UserAccount find(String login, LockModeType lock) {
        return em.createQuery("select u from UserAccount u where u.login = :login", UserAccount.class)
                .setParameter("login", login).setLockMode(lock).getResultStream().findFirst().orElse(null);
    }

    private static String actor(String login) {
        String a = login == null || login.isBlank() ? "anonymous" : login;
        return a.length() <= ACTOR_LENGTH ? a : a.substring(0, ACTOR_LENGTH);
    }
}
