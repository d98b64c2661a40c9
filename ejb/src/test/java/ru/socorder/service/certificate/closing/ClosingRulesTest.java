package ru.socorder.service.certificate.closing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.certificate.ClosedContract;
import ru.socorder.model.certificate.ClosingCalendar;
import ru.socorder.model.certificate.ClosingOutcome;
import ru.socorder.model.certificate.ClosingStatus;
import ru.socorder.model.certificate.ContinuationRefusal;
import ru.socorder.model.certificate.RefusalReason;
import ru.socorder.service.certificate.Eligibility;
import ru.socorder.service.certificate.enrolment.ContractAllocation;
import ru.socorder.service.common.FieldError;

class ClosingRulesTest {

    @Test
    void theUsualCalendarStopsOnTheFifteenthAndClosesOnTheLastDayOfDecember() {
        assertEquals(LocalDate.of(2027, 12, 15), ClosingRules.defaultStop(2027));
        assertEquals(LocalDate.of(2027, 12, 31), ClosingRules.defaultClosing(2027));
        assertTrue(ClosingRules.check(2027, LocalDate.of(2027, 12, 15), LocalDate.of(2027, 12, 31)).isEmpty());
        assertTrue(ClosingRules.check(2027, LocalDate.of(2027, 12, 20), LocalDate.of(2028, 1, 15)).isEmpty(), "January of the next year");
    }

    @Test
    void badDatesAreNamedAtTheirField() {
        assertEquals(List.of("stopDate", "closingDate"), fields(ClosingRules.check(2027, null, null)));
        assertEquals(List.of("stopDate"), fields(ClosingRules.check(2027, LocalDate.of(2027, 12, 31), LocalDate.of(2027, 12, 15))));
        assertEquals(List.of("closingDate"), fields(ClosingRules.check(2027, LocalDate.of(2027, 12, 1), LocalDate.of(2028, 2, 1))));
        assertEquals(List.of("closingDate"), fields(ClosingRules.check(2027, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))));
    }

    @Test
    void issuingStopsOnTheStopDateItselfAndTheRunIsDueAfterTheClosingDate() {
        ClosingCalendar c = new ClosingCalendar(null, 2027, LocalDate.of(2027, 12, 15), LocalDate.of(2027, 12, 31));
        assertFalse(c.stoppedOn(LocalDate.of(2027, 12, 14)));
        assertTrue(c.stoppedOn(LocalDate.of(2027, 12, 15)));
        assertTrue(ClosingRules.notYet(c, LocalDate.of(2027, 12, 14)).contains("15.12.2027"));
        assertNull(ClosingRules.notYet(c, LocalDate.of(2027, 12, 15)));
        assertFalse(c.dueOn(LocalDate.of(2027, 12, 31)));
        assertTrue(c.dueOn(LocalDate.of(2028, 1, 1)));
        c.start("clerk", null, 3, 1L);
        assertEquals(ClosingStatus.IN_PROGRESS, c.getStatus());
        c.finish(null);
        assertFalse(c.dueOn(LocalDate.of(2028, 1, 1)), "closed once");
    }

    @Test
    void aContractContinuesWhenItsGroupEndsAfterTheThirtyFirstOfDecember() {
        assertFalse(ClosingRules.continues(LocalDate.of(2027, 12, 31), 2027));
        assertTrue(ClosingRules.continues(LocalDate.of(2028, 1, 1), 2027));
        assertFalse(ClosingRules.continues(LocalDate.of(2027, 6, 11), 2027));
    }

    @Test
    void aContinuationHoldsTheHoursNotConsumedAtThePricePerHourRoundedHalfUp() {
        ContractAllocation left = ClosingRules.remaining(new BigDecimal("72.00"), new BigDecimal("30.00"), new BigDecimal("169.550000"));
        assertEquals(0, new BigDecimal("42").compareTo(left.hours()));
        assertEquals(new BigDecimal("7121.10"), left.amount(), "42 × 169,55 = 7 121,10");
        ContractAllocation odd = ClosingRules.remaining(new BigDecimal("1.00"), BigDecimal.ZERO, new BigDecimal("100.005000"));
        assertEquals(new BigDecimal("100.01"), odd.amount(), "kopecks half-up");
        assertNull(ClosingRules.remaining(new BigDecimal("72"), new BigDecimal("72"), new BigDecimal("169.55")), "all consumed: nothing continues");
        assertEquals("2028-П1050", ClosingRules.continuationNumber(2028, 1050));
    }

    @Test
    void theReasonsOfContractsThatCannotContinue() {
        assertEquals(ContinuationRefusal.VOLUME_EXHAUSTED, ClosingRules.refusal(new Eligibility.Verdict(Eligibility.Outcome.QUEUE, List.of())).reason());
        assertEquals(ContinuationRefusal.NO_TERMS, refusal(RefusalReason.NO_TERMS).reason());
        assertEquals(ContinuationRefusal.NO_VOLUME, refusal(RefusalReason.NO_VOLUME).reason());
        ClosingRules.Refusal age = refusal(RefusalReason.AGE, RefusalReason.NO_VOLUME);
        assertEquals(ContinuationRefusal.NOT_ELIGIBLE, age.reason(), "the child's own reason comes first");
        assertTrue(age.text().contains(RefusalReason.AGE.text()) && age.text().contains(RefusalReason.NO_VOLUME.text()), age.text());
        ClosingRules.Refusal money = ClosingRules.insufficient(ContractAllocation.of(new BigDecimal("169.55"), new BigDecimal("72")),
                new BigDecimal("1000.00"));
        assertEquals(ContinuationRefusal.INSUFFICIENT_BALANCE, money.reason());
        assertTrue(money.text().contains("12\u00a0207,60") && money.text().contains("1\u00a0000,00"), money.text());
    }

    @Test
    void aClosedContractRecordsWhatWasReleasedAndTheOutcome() {
        ClosedContract r = new ClosedContract(null, null);
        r.released(new BigDecimal("10.00"), new BigDecimal("1695.50"));
        r.released(BigDecimal.ZERO, BigDecimal.ZERO);
        r.notContinued(ContinuationRefusal.NO_TERMS, ContinuationRefusal.NO_TERMS.text(), null);
        assertEquals(ClosingOutcome.NOT_CONTINUED, r.getOutcome());
        assertEquals(new BigDecimal("1695.50"), r.getReleasedAmount());
        r.completed(null);
        assertNull(r.getReason(), "a completed contract has no reason");
    }

    private static ClosingRules.Refusal refusal(RefusalReason... reasons) {
        return ClosingRules.refusal(new Eligibility.Verdict(Eligibility.Outcome.REFUSE, List.of(reasons)));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
