package ru.socorder.service.certificate.enrolment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.socorder.model.certificate.Enrolment;
import ru.socorder.model.certificate.EnrolmentStatus;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.ProgrammeGroup;
import ru.socorder.service.certificate.EnrolmentLifecycle;

/**
 * An enrolment as screens and the API show it — without the child's personal data: the certificate number names the
 * child for both sides (the authority's clerks open the certificate for more). The status is the one in force: a
 * request still unanswered after its due date reads as lapsed ({@code EXPIRED}) even before the timer has written it.
 *
 * @param actions what the caller may do now (the lifecycle's actions, by name)
 */
public record EnrolmentView(long id, long version, EnrolmentStatus status, String statusLabel, String channel, long certificateId,
                            String certificateNumber, long programmeId, String programmeName, long groupId, String groupName,
                            LocalDate groupStartsOn, LocalDate groupEndsOn, long executorId, String executorName, long authorityId,
                            Instant requestedAt, LocalDate answerDue, Instant answeredAt, String refusalReason, BigDecimal price,
                            Long contractId, String contractNumber, List<String> actions) implements Serializable {

    static EnrolmentView of(Enrolment e, LocalDate today, List<EnrolmentLifecycle.Action> actions, Long contractId, String contractNumber) {
        ProgrammeGroup g = e.getGroup();
        Programme p = g.getProgramme();
        EnrolmentStatus status = e.overdueOn(today) ? EnrolmentStatus.EXPIRED : e.getStatus();
        BigDecimal price = p.getNormativeCost() == null ? null : ContractAllocation.of(p).amount();
        return new EnrolmentView(e.getId(), e.getVersion(), status, EnrolmentLifecycle.label(status), e.getChannel().label(),
                e.getCertificate().getId(), e.getCertificate().getNumber().formatted(), p.getId(), p.getName(), g.getId(), g.getName(),
                g.getStartsOn(), g.getEndsOn(), e.getExecutor().getId(), e.getExecutor().getShortName(), e.getAuthority().getId(),
                e.getRequestedAt(), e.getAnswerDue(), e.getAnsweredAt(), e.getRefusalReason(), price, contractId, contractNumber,
                e.overdueOn(today) ? List.of() : actions.stream().map(Enum::name).toList());
    }

    /** Whether the caller may take the action (by name). */
    public boolean can(String action) {
        return actions.contains(action);
    }

    public boolean isOverdue() {
        return status == EnrolmentStatus.EXPIRED;
    }
}
