package ru.socorder.service.certificate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateStatus;

/** A certificate as the registry of recipients lists it: the recipient's СНИЛС masked. */
public record CertificateRow(long id, long version, String number, String formattedNumber, long consumerId, String consumerName,
                             String maskedSnils, long serviceId, String serviceNumber, String serviceName, int year, LocalDate issuedOn,
                             LocalDate validFrom, LocalDate validTo, BigDecimal nominalHours, BigDecimal nominalAmount,
                             CertificateStatus status, String statusLabel) implements Serializable {

    public static CertificateRow of(Certificate c) {
        return new CertificateRow(c.getId(), c.getVersion(), c.getNumber().value(), c.getNumber().formatted(), c.getConsumer().getId(),
                c.getConsumer().getFullName(), c.getConsumer().getMaskedSnils(), c.getService().getId(),
                c.getService().getRegistryNumber() == null ? null : c.getService().getRegistryNumber().toString(), c.getService().getName(),
                c.getYear(), c.getIssuedOn(), c.getValidFrom(), c.getValidTo(), c.getNominalHours(), c.getNominalAmount(), c.getStatus(),
                CertificateLifecycle.label(c.getStatus()));
    }
}
