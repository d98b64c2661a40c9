package ru.socorder.service.usage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import ru.socorder.model.usage.UsageCorrection;

/** A correction of submitted hours: before, after, the amount's change, why, who and when, the ledger movement's kind. */
public record CorrectionView(long id, BigDecimal hoursBefore, BigDecimal hoursAfter, BigDecimal amountDelta, String reason,
                             String correctedBy, Instant correctedAt, String movement) implements Serializable {
    static CorrectionView of(UsageCorrection c) {
        return new CorrectionView(c.getId(), c.getHoursBefore(), c.getHoursAfter(), c.getAmountDelta(), c.getReason(),
                c.getCorrectedBy(), c.getCorrectedAt(), c.getMovement() == null ? null : c.getMovement().getKind().label());
    }
}
