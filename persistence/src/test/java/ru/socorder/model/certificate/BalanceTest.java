package ru.socorder.model.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The invariants of a certificate's balance ledger, as the aggregate keeps them before anything is written. */
class BalanceTest {
    private static final Instant T = Instant.parse("2024-09-02T08:00:00Z");

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Balance issued() {
        return Balance.issued(d("72.00"), d("12207.60"));
    }

    @Test
    void allocateConsumeReleaseAndExpireMoveTheBalanceWithoutEverLosingIt() {
        Balance b = issued().after(MovementKind.ALLOCATE, d("36"), d("6103.80"));
        assertEquals(d("36.00"), b.availableHours());
        assertEquals(d("6103.80"), b.availableAmount());
        b = b.after(MovementKind.CONSUME, d("8"), d("1356.40"));
        assertEquals(d("28"), b.hours().allocated());
        assertEquals(d("8"), b.hours().consumed());
        assertEquals(d("36.00"), b.availableHours(), "consumption moves allocated to consumed, available stays");
        b = b.after(MovementKind.RELEASE, d("28"), d("4747.40"));
        assertEquals(d("64.00"), b.availableHours());
        assertEquals(d("10851.20"), b.availableAmount());
        b = b.after(MovementKind.EXPIRE, d("64.00"), d("10851.20"));
        assertEquals(0, b.availableHours().signum());
        assertEquals(0, b.availableAmount().signum());
        assertEquals(d("72.00"), b.hours().allocated().add(b.hours().consumed()).add(b.hours().expired()), "nothing lost, nothing created");
    }

    @Test
    void anAllocationOverTheAvailableBalanceIsRefusedWithWhatIsAvailable() {
        Balance b = issued().after(MovementKind.ALLOCATE, d("36"), d("6103.80"));
        BalanceRefused e = assertThrows(BalanceRefused.class, () -> issued().after(MovementKind.ALLOCATE, d("72.01"), d("100")));
        assertEquals("Недостаточно средств сертификата: доступно 72 чел.-ч (12\u00A0207,60 руб.), требуется 72,01 чел.-ч (100,00 руб.)",
                e.getMessage());
        assertThrows(BalanceRefused.class, () -> b.after(MovementKind.ALLOCATE, d("36"), d("6103.81")), "roubles are checked as well as hours");
        assertEquals(0, b.after(MovementKind.ALLOCATE, d("36"), d("6103.80")).availableAmount().signum(), "the last kopeck fits");
    }

    @Test
    void nothingIsReleasedOrConsumedThatIsNotAllocated() {
        Balance b = issued().after(MovementKind.ALLOCATE, d("10"), d("1695.50"));
        assertThrows(BalanceRefused.class, () -> b.after(MovementKind.RELEASE, d("10.5"), d("1695.50")));
        assertThrows(BalanceRefused.class, () -> b.after(MovementKind.CONSUME, d("10"), d("1695.51")));
        assertThrows(BalanceRefused.class, () -> issued().after(MovementKind.CONSUME, d("1"), d("1")));
    }

    @Test
    void onlyWhatIsAvailableExpires() {
        Balance b = issued().after(MovementKind.ALLOCATE, d("72"), d("12207.60"));
        assertThrows(BalanceRefused.class, () -> b.after(MovementKind.EXPIRE, d("1"), d("0")));
    }

    @Test
    void negativeEmptyAndSecondIssuesAreRefused() {
        assertThrows(BalanceRefused.class, () -> issued().after(MovementKind.ALLOCATE, d("-1"), d("10")));
        assertThrows(BalanceRefused.class, () -> issued().after(MovementKind.ALLOCATE, d("0"), d("0")));
        assertThrows(BalanceRefused.class, () -> issued().after(MovementKind.ISSUE, d("72"), d("12207.60")));
        assertThrows(BalanceRefused.class, () -> Balance.issued(d("0"), d("100")));
    }

    @Test
    void theLedgerIsAChainEachRowStartingFromThePreviousBalance() {
        Certificate c = LedgerFixtures.certificate();
        ConsumerContract contract = LedgerFixtures.contract(c);
        CertificateMovement first = CertificateMovement.issue(c, T, "clerk");
        assertEquals(1, first.getSeq());
        assertNull(first.getPrevious());
        assertEquals(c.getNominalHours(), first.getHours());
        CertificateMovement second = first.next(MovementKind.ALLOCATE, d("36"), d("6103.80"), contract, T, "executor", null);
        assertEquals(2, second.getSeq());
        assertEquals(1, second.getPrevSeq());
        assertEquals(first.balance(), second.getPrevious());
        CertificateMovement third = second.next(MovementKind.RELEASE, d("36"), d("6103.80"), contract, T, "clerk", "расторжение");
        assertEquals(first.balance(), third.balance(), "released back to the nominal");
        assertThrows(BalanceRefused.class, () -> third.next(MovementKind.RELEASE, d("1"), d("1"), contract, T, "clerk", null));
        assertThrows(IllegalArgumentException.class, () -> third.next(MovementKind.ALLOCATE, d("1"), d("1"), null, T, "clerk", null),
                "an allocation names its contract");
        assertThrows(IllegalArgumentException.class, () -> third.next(MovementKind.EXPIRE, d("1"), d("1"), contract, T, "clerk", null),
                "an expiry belongs to no contract");
    }

    @Test
    void aReversalOfConsumptionMovesConsumedBackToAllocatedAndNeverMoreThanConsumed() {
        Balance consumed = issued().after(MovementKind.ALLOCATE, d("72"), d("12207.60"))
                .after(MovementKind.CONSUME, d("10"), d("1695.50"));
        Balance reversed = consumed.after(MovementKind.UNCONSUME, d("4"), d("678.20"));
        assertEquals(d("66"), reversed.hours().allocated());
        assertEquals(d("6"), reversed.hours().consumed());
        assertEquals(d("11190.30"), reversed.amount().allocated());
        assertEquals(d("1017.30"), reversed.amount().consumed());
        assertEquals(consumed.availableHours(), reversed.availableHours(), "a reversal changes nothing available");
        BalanceRefused e = assertThrows(BalanceRefused.class, () -> consumed.after(MovementKind.UNCONSUME, d("10.5"), d("1695.50")));
        assertEquals("По сертификату оплачено 10 чел.-ч (1\u00A0695,50 руб.), сторнировать 10,5 чел.-ч (1\u00A0695,50 руб.) нельзя",
                e.getMessage());
        assertThrows(BalanceRefused.class, () -> consumed.after(MovementKind.UNCONSUME, d("10"), d("1695.51")), "roubles too");
        assertThrows(BalanceRefused.class, () -> issued().after(MovementKind.UNCONSUME, d("1"), d("1")), "nothing consumed yet");
        assertEquals(issued().after(MovementKind.ALLOCATE, d("72"), d("12207.60")),
                consumed.after(MovementKind.UNCONSUME, d("10"), d("1695.50")), "a full reversal gives back the allocation");
    }

    @Test
    void aReleaseAfterConsumptionAndReversalGivesBackOnlyWhatIsStillAllocated() {
        Balance b = issued().after(MovementKind.ALLOCATE, d("72"), d("12207.60"))
                .after(MovementKind.CONSUME, d("20"), d("3391.00"))
                .after(MovementKind.UNCONSUME, d("5"), d("847.75"));
        assertThrows(BalanceRefused.class, () -> b.after(MovementKind.RELEASE, d("57.01"), d("9664.35")));
        Balance released = b.after(MovementKind.RELEASE, d("57"), d("9664.35"));
        assertEquals(0, released.hours().allocated().signum());
        assertEquals(d("15"), released.hours().consumed());
        assertEquals(d("57.00"), released.availableHours());
        assertEquals(d("9664.35"), released.availableAmount());
    }
}
