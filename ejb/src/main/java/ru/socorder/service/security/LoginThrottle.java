package ru.socorder.service.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rule against guessing passwords: {@link Policy#limit()} failed logins within {@link Policy#window()} (counted
 * from the first failure of the window) lock the account or the client address for {@link Policy#lockFor()}.
 * A lock ends by itself; a successful login or an administrator clears the count. The same rule holds the
 * persistent account state and the in-memory address state; it only computes, the callers store.
 */
public final class LoginThrottle {
    /** Per account: 5 failures within 15 minutes lock the account for 15 minutes. */
    public static final Policy ACCOUNT = new Policy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    /**
     * Per client address: 20 refused logins within 15 minutes (wrong passwords, unknown names, attempts on a locked
     * account) refuse that address for 15 minutes — several accounts cannot be tried from one address.
     */
    public static final Policy ADDRESS = new Policy(20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    public record Policy(int limit, Duration window, Duration lockFor) {
        public Policy {
            if (limit < 1 || window.isNegative() || window.isZero() || lockFor.isNegative() || lockFor.isZero()) {
                throw new IllegalArgumentException("limit, window and lock must be positive");
            }
        }
    }

    /** Failures counted since {@code since} (null: none counted) and the end of a lock (null: never locked). */
    public record Failures(int count, Instant since, Instant lockedUntil) {
        public static final Failures NONE = new Failures(0, null, null);

        public boolean isNone() {
            return count == 0 && since == null && lockedUntil == null;
        }
    }

    private final Policy policy;
    private final Clock clock;

    public LoginThrottle(Policy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    public Policy policy() {
        return policy;
    }

    /** How long logins are still refused; empty when not locked. */
    public Optional<Duration> lockRemaining(Failures f) {
        Instant now = clock.instant();
        return f.lockedUntil() != null && f.lockedUntil().isAfter(now)
                ? Optional.of(Duration.between(now, f.lockedUntil())) : Optional.empty();
    }

    /** A lock that has run out: the caller clears the state and records the unlock. */
    public boolean lockExpired(Failures f) {
        return f.lockedUntil() != null && !f.lockedUntil().isAfter(clock.instant());
    }

    /**
     * The state after one more failure. A failure outside the window (or after a lock) starts a new window; reaching
     * the limit locks and starts counting from zero again. A failure while locked changes nothing (the lock is not
     * prolonged, so nobody can keep another person's account locked for ever from one address).
     */
    public Failures failed(Failures f) {
        Instant now = clock.instant();
        if (lockRemaining(f).isPresent()) {
            return f;
        }
        boolean windowOpen = f.since() != null && !lockExpired(f) && f.since().plus(policy.window()).isAfter(now);
        int count = windowOpen ? f.count() + 1 : 1;
        Instant since = windowOpen ? f.since() : now;
        if (count >= policy.limit()) {
            return new Failures(0, null, now.plus(policy.lockFor()));
        }
        return new Failures(count, since, null);
    }

    /** Whether this failure has just locked (the state before was not locked, the one after is). */
    public boolean locks(Failures before, Failures after) {
        return lockRemaining(before).isEmpty() && lockRemaining(after).isPresent();
    }

    /** Whether a state is worth keeping: failures in an open window or a lock in force. */
    public boolean isStale(Failures f) {
        Instant now = clock.instant();
        return lockRemaining(f).isEmpty() && (f.since() == null || !f.since().plus(policy.window()).isAfter(now));
    }

    /** Whole minutes for the message «повторите через N мин.», rounded up, at least one. */
    public static long minutes(Duration remaining) {
        return (seconds(remaining) + 59) / 60;
    }

    /** Seconds for the Retry-After header, rounded up, at least one. */
    public static long seconds(Duration remaining) {
        return Math.max(1, remaining.toSeconds() + (remaining.toNanosPart() > 0 ? 1 : 0));
    }
}
