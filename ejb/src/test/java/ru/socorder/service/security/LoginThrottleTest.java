package ru.socorder.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.socorder.service.security.LoginThrottle.Failures;

class LoginThrottleTest {
    private static final Instant START = Instant.parse("2025-03-03T09:00:00Z");

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = START;

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle account = new LoginThrottle(LoginThrottle.ACCOUNT, clock);

    private Failures fail(LoginThrottle rule, Failures f, int times) {
        for (int i = 0; i < times; i++) {
            f = rule.failed(f);
        }
        return f;
    }

    @Test
    void theFigures() {
        assertEquals(new LoginThrottle.Policy(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), LoginThrottle.ACCOUNT);
        assertEquals(new LoginThrottle.Policy(20, Duration.ofMinutes(15), Duration.ofMinutes(15)), LoginThrottle.ADDRESS);
    }

    @Test
    void fourFailuresAreCountedButDoNotLock() {
        Failures f = fail(account, Failures.NONE, 4);
        assertEquals(new Failures(4, START, null), f);
        assertEquals(Optional.empty(), account.lockRemaining(f));
    }

    @Test
    void theFifthFailureWithinTheWindowLocksForFifteenMinutes() {
        Failures four = fail(account, Failures.NONE, 4);
        clock.advance(Duration.ofMinutes(14));
        Failures five = account.failed(four);
        assertTrue(account.locks(four, five));
        assertEquals(Optional.of(Duration.ofMinutes(15)), account.lockRemaining(five));
        assertEquals(START.plus(Duration.ofMinutes(29)), five.lockedUntil());
        assertEquals(0, five.count(), "counting starts again after the lock");
    }

    @Test
    void failuresOutsideTheWindowStartANewWindow() {
        Failures four = fail(account, Failures.NONE, 4);
        clock.advance(Duration.ofMinutes(15));
        Failures next = account.failed(four);
        assertEquals(new Failures(1, START.plus(Duration.ofMinutes(15)), null), next);
        assertFalse(account.locks(four, next));
    }

    @Test
    void aFailureWhileLockedNeitherCountsNorProlongsTheLock() {
        Failures locked = fail(account, Failures.NONE, 5);
        clock.advance(Duration.ofMinutes(10));
        Failures again = account.failed(locked);
        assertSame(locked, again);
        assertFalse(account.locks(locked, again));
        assertEquals(Optional.of(Duration.ofMinutes(5)), account.lockRemaining(again));
    }

    @Test
    void theLockEndsByItselfAndTheNextFailureCountsFromOne() {
        Failures locked = fail(account, Failures.NONE, 5);
        assertFalse(account.lockExpired(locked));
        clock.advance(Duration.ofMinutes(15));
        assertEquals(Optional.empty(), account.lockRemaining(locked));
        assertTrue(account.lockExpired(locked));
        assertEquals(new Failures(1, START.plus(Duration.ofMinutes(15)), null), account.failed(locked));
    }

    @Test
    void theAddressLimitIsTwentyFailures() {
        LoginThrottle address = new LoginThrottle(LoginThrottle.ADDRESS, clock);
        Failures nineteen = fail(address, Failures.NONE, 19);
        assertEquals(Optional.empty(), address.lockRemaining(nineteen));
        Failures twenty = address.failed(nineteen);
        assertTrue(address.locks(nineteen, twenty));
        assertEquals(Optional.of(Duration.ofMinutes(15)), address.lockRemaining(twenty));
    }

    @Test
    void staleStatesAreThoseWithoutAnOpenWindowOrLock() {
        assertTrue(account.isStale(Failures.NONE));
        Failures one = account.failed(Failures.NONE);
        assertFalse(account.isStale(one));
        Failures locked = fail(account, one, 4);
        clock.advance(Duration.ofMinutes(14));
        assertFalse(account.isStale(locked));
        clock.advance(Duration.ofMinutes(1));
        assertTrue(account.isStale(locked));
        assertTrue(account.isStale(one));
    }

    @Test
    void minutesAndSecondsAreRoundedUp() {
        assertEquals(15, LoginThrottle.minutes(Duration.ofMinutes(15)));
        assertEquals(15, LoginThrottle.minutes(Duration.ofMinutes(14).plusSeconds(1)));
        assertEquals(1, LoginThrottle.minutes(Duration.ofMillis(1)));
        assertEquals(1, LoginThrottle.seconds(Duration.ofMillis(1)));
        assertEquals(900, LoginThrottle.seconds(Duration.ofMinutes(15)));
        assertEquals(61, LoginThrottle.seconds(Duration.ofSeconds(60).plusNanos(1)));
    }

    @Test
    void nonsensicalPoliciesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle.Policy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle.Policy(3, Duration.ZERO, Duration.ofMinutes(1)));
    }
}
