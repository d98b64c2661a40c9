package ru.socorder.service.usage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * An executor's month with an authority, for the clerk's list: its state and totals. {@code id} is the stored month's,
 * null while the executor has entered nothing; {@code contracts} counts the executor's contracts with the authority
 * in force in the month (or with hours entered for it).
 */
public record UsageMonthView(Long id, long executorId, String executorName, long authorityId, YearMonth month,
                             UsageMonthState status, String statusLabel, Instant submittedAt, String submittedBy, long contracts,
                             BigDecimal hours, BigDecimal amount) implements Serializable {
    /** The row's key in a list: an executor and an authority (a list shows one month). */
    public String key() {
        return executorId + "/" + authorityId + "/" + month;
    }
}
