package ru.socorder.model.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificateTest {

    @Test
    void theNominalAndPeriodComeFromTheTermsOfTheTerritoryAndYear() {
        Certificate c = LedgerFixtures.certificate();
        assertEquals(new BigDecimal("72.00"), c.getNominalHours());
        assertEquals(new BigDecimal("12207.60"), c.getNominalAmount());
        assertEquals(2024, c.getYear());
        assertEquals(LedgerFixtures.SEPTEMBER, c.getValidFrom());
        assertEquals(LocalDate.of(2024, 12, 31), c.getValidTo());
        assertEquals("41-24-0000001", c.getNumber().formatted().substring(0, 13));
    }

    @Test
    void aCertificateIssuedDuringThePeriodIsValidFromItsIssue() {
        Certificate early = LedgerFixtures.certificate();
        assertEquals(LedgerFixtures.SEPTEMBER, early.getValidFrom(), "issued on the first day");
        CertificateTerms terms = LedgerFixtures.terms(LedgerFixtures.luga());
        Certificate late = new Certificate(early.getNumber(), null, early.getConsumer(), early.getService(), terms, LocalDate.of(2024, 10, 15), "k");
        assertEquals(LocalDate.of(2024, 10, 15), late.getValidFrom());
        Certificate beforehand = new Certificate(early.getNumber(), null, early.getConsumer(), early.getService(), terms,
                LocalDate.of(2024, 8, 20), "k");
        assertEquals(LedgerFixtures.SEPTEMBER, beforehand.getValidFrom(), "issued before the period: valid from its start");
        assertFalse(beforehand.usableOn(LocalDate.of(2024, 8, 31)));
        assertTrue(beforehand.usableOn(LocalDate.of(2024, 12, 31)));
    }

    @Test
    void anEndedCertificateGivesTheChildsKeyFree() {
        Certificate c = LedgerFixtures.certificate();
        c.moveTo(CertificateStatus.SUSPENDED);
        assertEquals("c1/s1/2024", c.getActiveKey(), "a suspended certificate still counts");
        assertFalse(c.usableOn(LedgerFixtures.SEPTEMBER));
        c.moveTo(CertificateStatus.EXPIRED);
        assertNull(c.getActiveKey());
    }
}
