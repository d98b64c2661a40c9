package ru.socorder.service.certificate.enrolment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.catalog.TerritoryLevel;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateMovement;
import ru.socorder.model.certificate.CertificateTerms;
import ru.socorder.model.certificate.Channel;
import ru.socorder.model.certificate.Consumer;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.certificate.Enrolment;
import ru.socorder.model.identifier.CertificateNumber;
import ru.socorder.model.identifier.Oktmo;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.model.registry.Orientation;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.ProgrammeGroup;

/** Ledger rows and a contract as plain objects, for the allocation arithmetic (no database). */
final class LedgerRows {
    private static final LocalDate START = LocalDate.of(2024, 9, 2);
    private static final Territory KIRISHI = new Territory(TerritoryLevel.MUNICIPALITY, "Киришский район", Oktmo.of("41627000"), null);
    private static final SocialService SERVICE = new SocialService(RegistryNumber.of("804200О.99.0.ББ52АЕ76000"), KIRISHI,
            "Реализация дополнительных общеразвивающих программ");
    private static final Certificate CERTIFICATE = certificate(new BigDecimal("144"), new BigDecimal("24000.00"));

    private LedgerRows() {
    }

    static Certificate certificate(BigDecimal hours, BigDecimal amount) {
        CertificateTerms terms = new CertificateTerms(KIRISHI, 2024, START, LocalDate.of(2025, 5, 31), hours, amount, 5, 17);
        Consumer child = new Consumer(KIRISHI, "Петрова", "Анна", null, LocalDate.of(2014, 3, 3), Instant.EPOCH);
        return new Certificate(CertificateNumber.issue(KIRISHI.getOktmo(), 2024, 7), null, child, SERVICE, terms, START, "k");
    }

    /** The issue of a certificate with this nominal. */
    static CertificateMovement issue(BigDecimal hours, BigDecimal amount) {
        return CertificateMovement.issue(certificate(hours, amount), Instant.EPOCH, "test");
    }

    static ConsumerContract contract() {
        Programme p = new Programme(null, null, SERVICE, "Шахматы", Orientation.SOCIAL);
        ProgrammeGroup g = new ProgrammeGroup(p, "Старшая группа", START, LocalDate.of(2025, 5, 20), 12);
        Enrolment e = new Enrolment(CERTIFICATE, g, Channel.EPGU, Instant.EPOCH, START);
        return new ConsumerContract("2024-1", e, START, new BigDecimal("72"), new BigDecimal("169.55"), new BigDecimal("12207.60"));
    }
}
