package ru.socorder.service.certificate.enrolment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.certificate.ContractStatus;
import ru.socorder.service.certificate.ContractLifecycle;

/**
 * A consumer contract as screens and the API show it, without the child's personal data (the certificate number names
 * the child).
 *
 * @param replacesId     the contract this one took over from (a change of executor), or null
 * @param replacedById   the contract that took over from this one, or null
 * @param canTerminate   whether the caller may terminate it now
 * @param canChange      whether the caller may change its executor now
 */
public record ContractView(long id, long version, String number, ContractStatus status, String statusLabel, long certificateId,
                           String certificateNumber, long executorId, String executorName, long authorityId, long programmeId,
                           String programmeName, Long groupId, String groupName, Long enrolmentId, LocalDate concludedOn,
                           LocalDate startsOn, LocalDate endsOn, BigDecimal hours, BigDecimal pricePerHour, BigDecimal price,
                           LocalDate terminatedOn, String terminatedBy, String terminatedByLabel, Long replacesId, String replacesNumber,
                           Long replacedById, boolean canTerminate, boolean canChange) implements Serializable {

    static ContractView of(ConsumerContract k, ConsumerContract replacedBy, boolean canTerminate, boolean canChange) {
        return new ContractView(k.getId(), k.getVersion(), k.getNumber(), k.getStatus(), ContractLifecycle.label(k.getStatus()),
                k.getCertificate().getId(), k.getCertificate().getNumber().formatted(), k.getExecutor().getId(),
                k.getExecutor().getShortName(), k.getAuthority().getId(), k.getProgramme().getId(), k.getProgramme().getName(),
                k.getGroup() == null ? null : k.getGroup().getId(), k.getGroup() == null ? null : k.getGroup().getName(),
                k.getEnrolment() == null ? null : k.getEnrolment().getId(), k.getConcludedOn(), k.getStartsOn(), k.getEndsOn(),
                k.getHours(), k.getPricePerHour(), k.getPrice(), k.getTerminatedOn(),
                k.getTerminatedBy() == null ? null : k.getTerminatedBy().name(),
                k.getTerminatedBy() == null ? null : k.getTerminatedBy().label(),
                k.getReplaces() == null ? null : k.getReplaces().getId(), k.getReplaces() == null ? null : k.getReplaces().getNumber(),
                replacedBy == null ? null : replacedBy.getId(), canTerminate, canChange);
    }
}
