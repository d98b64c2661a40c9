package ru.socorder.service.usage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import ru.socorder.model.usage.ContractUsage;
import ru.socorder.model.usage.UsageStatus;

/** A contract's delivered hours of a month as lists and the API show them (the child masked). */
public record UsageView(long id, long version, long contractId, String contractNumber, String certificateNumber, String child,
                        String programmeName, long executorId, String executorName, long authorityId, YearMonth month,
                        BigDecimal hours, BigDecimal amount, UsageStatus status, String statusLabel, String source,
                        String enteredBy, Instant enteredAt, Instant submittedAt) implements Serializable {

    static UsageView of(ContractUsage u) {
        var k = u.getContract();
        var child = k.getCertificate().getConsumer();
        return new UsageView(u.getId(), u.getVersion(), k.getId(), k.getNumber(), k.getCertificate().getNumber().formatted(),
                UsageRules.maskedChild(child.getLastName(), child.getFirstName(), child.getMiddleName()), k.getProgramme().getName(),
                u.getExecutor().getId(), u.getExecutor().getShortName(), u.getAuthority().getId(), u.month(), u.getHours(),
                u.getAmount(), u.getStatus(), u.getStatus().label(), u.getSource().name(), u.getEnteredBy(), u.getEnteredAt(),
                u.getSubmittedAt());
    }
}
