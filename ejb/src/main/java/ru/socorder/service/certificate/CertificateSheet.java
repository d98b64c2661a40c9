package ru.socorder.service.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A certificate as its printed form reads it (domain.md §5.3) — plain values, no entities, so the printer is tested
 * without a container. The recipient's СНИЛС and representative are full only for whoever may read the consumer's
 * personal data (the boundary decides and audits); otherwise masked / absent.
 */
public record CertificateSheet(String number, LocalDate issuedOn, LocalDate validFrom, LocalDate validTo, String status,
                               String authority, String recipient, LocalDate birthDate, String snils, String representative,
                               String serviceNumber, String serviceName, BigDecimal nominalHours, BigDecimal nominalAmount,
                               BigDecimal availableHours, BigDecimal availableAmount, BigDecimal consumedHours, BigDecimal consumedAmount,
                               List<Contract> contracts) {

    /** A contract on the certificate: sections II (the executor) and III (the contract and its outcome). */
    public record Contract(String number, LocalDate concludedOn, LocalDate startsOn, LocalDate endsOn, String executor, String executorInn,
                           String programme, BigDecimal hours, BigDecimal price, String status, LocalDate terminatedOn) {
    }
}
