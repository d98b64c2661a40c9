package ru.socorder.service.certificate.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.certificate.Balance;
import ru.socorder.model.certificate.CertificateMovement;
import ru.socorder.model.certificate.MovementKind;

class ContractAllocationTest {
    private static final Instant AT = Instant.parse("2024-09-02T08:00:00Z");

    @Test
    void thePriceIsTheLegalTotalOfThePricePerHourTimesTheHours() {
        ContractAllocation a = ContractAllocation.of(new BigDecimal("169.550000"), new BigDecimal("72.00"));
        assertEquals(new BigDecimal("12207.60"), a.amount());
        assertEquals(new BigDecimal("72.00"), a.hours());
        // half-up once, from the unrounded product: 36 × 123.456789 = 4444.444404 → 4444.44; 0.125 kopeck parts round up
        assertEquals(new BigDecimal("4444.44"), ContractAllocation.of(new BigDecimal("123.456789"), new BigDecimal("36")).amount());
        assertEquals(new BigDecimal("0.13"), ContractAllocation.of(new BigDecimal("0.125000"), BigDecimal.ONE).amount());
    }

    @Test
    void itFitsOnlyWhenBothHoursAndRoublesAreAvailable() {
        Balance balance = Balance.issued(new BigDecimal("72"), new BigDecimal("12000.00"));
        assertFalse(ContractAllocation.of(new BigDecimal("169.55"), new BigDecimal("72")).fits(balance), "12 207,60 > 12 000,00");
        assertTrue(ContractAllocation.of(new BigDecimal("150"), new BigDecimal("72")).fits(balance));
        assertFalse(ContractAllocation.of(new BigDecimal("10"), new BigDecimal("73")).fits(balance), "73 h > 72 h");
        Balance half = balance.after(MovementKind.ALLOCATE, new BigDecimal("36"), new BigDecimal("6000.00"));
        assertTrue(ContractAllocation.of(new BigDecimal("100"), new BigDecimal("36")).fits(half));
        assertFalse(ContractAllocation.of(new BigDecimal("100"), new BigDecimal("37")).fits(half));
    }

    @Test
    void aContractHoldsWhatItAllocatedLessWhatItReleasedAndConsumed() {
        CertificateMovement issue = LedgerRows.issue(new BigDecimal("144"), new BigDecimal("24000.00"));
        var k = LedgerRows.contract();
        CertificateMovement allocate = issue.next(MovementKind.ALLOCATE, new BigDecimal("72"), new BigDecimal("12207.60"), k, AT, "t", null);
        CertificateMovement consume = allocate.next(MovementKind.CONSUME, new BigDecimal("8"), new BigDecimal("1356.40"), k, AT, "t", null);
        ContractAllocation held = ContractAllocation.held(List.of(issue, allocate, consume));
        assertEquals(0, new BigDecimal("64").compareTo(held.hours()));
        assertEquals(0, new BigDecimal("10851.20").compareTo(held.amount()));
        CertificateMovement release = consume.next(MovementKind.RELEASE, held.hours(), held.amount(), k, AT, "t", null);
        assertTrue(ContractAllocation.held(List.of(allocate, consume, release)).isEmpty(), "released once, nothing is left to release");
        assertEquals(0, release.balance().hours().allocated().signum());
        assertEquals(0, new BigDecimal("8").compareTo(release.balance().hours().consumed()), "what was consumed stays consumed");
        assertEquals(0, new BigDecimal("22643.60").compareTo(release.balance().availableAmount()));
    }

    @Test
    void aContractNeverGivesBackMoreThanItHeld() {
        CertificateMovement issue = LedgerRows.issue(new BigDecimal("144"), new BigDecimal("24000.00"));
        var k = LedgerRows.contract();
        CertificateMovement allocate = issue.next(MovementKind.ALLOCATE, new BigDecimal("72"), new BigDecimal("12207.60"), k, AT, "t", null);
        CertificateMovement release = allocate.next(MovementKind.RELEASE, new BigDecimal("72"), new BigDecimal("12207.60"), k, AT, "t", null);
        assertThrows(IllegalStateException.class, () -> ContractAllocation.held(List.of(release)));
    }

    @Test
    void anEarlyEndAfterConsumptionAndAReversalReleasesAllocatedLessConsumed() {
        CertificateMovement issue = LedgerRows.issue(new BigDecimal("144"), new BigDecimal("24000.00"));
        var k = LedgerRows.contract();
        CertificateMovement allocate = issue.next(MovementKind.ALLOCATE, new BigDecimal("72"), new BigDecimal("12207.60"), k, AT, "t", null);
        CertificateMovement consume = allocate.next(MovementKind.CONSUME, new BigDecimal("20"), new BigDecimal("3391.00"), k, AT, "t", null);
        CertificateMovement reversed = consume.next(MovementKind.UNCONSUME, new BigDecimal("4"), new BigDecimal("678.20"), k, AT, "t", null);
        ContractAllocation held = ContractAllocation.held(List.of(issue, allocate, consume, reversed));
        assertEquals(0, new BigDecimal("56").compareTo(held.hours()), "72 allocated − 16 consumed");
        assertEquals(0, new BigDecimal("9494.80").compareTo(held.amount()), "12 207,60 − 2 712,80");
        CertificateMovement release = reversed.next(MovementKind.RELEASE, held.hours(), held.amount(), k, AT, "t", null);
        assertEquals(0, release.balance().hours().allocated().signum(), "the ended contract holds nothing");
        assertEquals(0, new BigDecimal("2712.80").compareTo(release.balance().amount().consumed()), "consumption stays paid");
        assertTrue(ContractAllocation.held(List.of(allocate, consume, reversed, release)).isEmpty());
    }
}
