package ru.socorder.service.certificate;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import ru.socorder.model.certificate.CertificateApplication;
import ru.socorder.model.certificate.CertificateApplicationStatus;
import ru.socorder.model.certificate.RefusalReason;

/**
 * What an application's sender gets back — the same for a repeated request under the same Idempotency-Key: the
 * application, its state, the refusal reason (a code and the Russian text an adapter passes on), the position in the
 * queue while queued, the certificate number once issued.
 *
 * @param queuePosition 1 for the first in its queue; null unless queued
 * @param replayed      whether this answers a repetition of an earlier request (same key, same request)
 */
public record ApplicationAnswer(long id, long version, String idempotencyKey, String channel, long authorityId, long consumerId,
                                String consumerName, String maskedSnils, long serviceId, String serviceNumber, String serviceName,
                                int year, LocalDate startsOn, CertificateApplicationStatus status, String statusLabel,
                                RefusalReason reason, String reasonText, Long queuePosition, String certificateNumber,
                                Instant receivedAt, Instant decidedAt, boolean replayed) implements Serializable {

    static ApplicationAnswer of(CertificateApplication a, Long position, String certificateNumber, boolean replayed) {
        return new ApplicationAnswer(a.getId(), a.getVersion(), a.getIdempotencyKey(), a.getChannel().name(), a.getAuthority().getId(),
                a.getConsumer().getId(), a.getConsumer().getFullName(), a.getConsumer().getMaskedSnils(), a.getService().getId(),
                a.getService().getRegistryNumber() == null ? null : a.getService().getRegistryNumber().toString(), a.getService().getName(),
                a.getYear(), a.getStartsOn(), a.getStatus(), CertificateApplicationLifecycle.label(a.getStatus()), a.getReason(),
                a.getReasonText(), position, certificateNumber, a.getReceivedAt(), a.getDecidedAt(), replayed);
    }

    /** The same answer marked as a repetition. */
    ApplicationAnswer asReplay() {
        return new ApplicationAnswer(id, version, idempotencyKey, channel, authorityId, consumerId, consumerName, maskedSnils, serviceId,
                serviceNumber, serviceName, year, startsOn, status, statusLabel, reason, reasonText, queuePosition, certificateNumber,
                receivedAt, decidedAt, true);
    }
}
