package ru.socorder.service.certificate.closing;

import java.io.Serializable;
import java.math.BigDecimal;
import ru.socorder.model.certificate.ClosedContract;
import ru.socorder.model.certificate.ClosingOutcome;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.certificate.ContinuationRefusal;

/**
 * A line of the report «Переход договоров на следующий год»: the contract of the closing year, its certificate and
 * executor, the outcome, and the continuation (number, certificate, hours) or the reason. No child's name: the
 * certificate number names the recipient, as in the contract lists.
 */
public record ContinuationRow(long contractId, String contractNumber, String certificateNumber, String executorName, String programmeName,
                              ClosingOutcome outcome, String continuationNumber, String newCertificateNumber, BigDecimal continuationHours,
                              ContinuationRefusal reason, String reasonText, BigDecimal releasedAmount) implements Serializable {

    static ContinuationRow of(ClosedContract r) {
        ConsumerContract k = r.getContract();
        ConsumerContract next = r.getContinuation();
        return new ContinuationRow(k.getId(), k.getNumber(), k.getCertificate().getNumber().formatted(), k.getExecutor().getDisplayName(),
                k.getProgramme().getName(), r.getOutcome(), next == null ? null : next.getNumber(),
                next == null ? null : next.getCertificate().getNumber().formatted(), next == null ? null : next.getHours(), r.getReason(),
                r.getReasonText(), r.getReleasedAmount());
    }

    public String outcomeLabel() {
        return outcome.label();
    }
}
