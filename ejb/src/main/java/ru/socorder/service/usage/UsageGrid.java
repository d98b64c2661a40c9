package ru.socorder.service.usage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * An executor's month as the entry screen shows it: a row per contract in force in the month (or with hours entered
 * for it), what it allows and what was entered.
 *
 * @param submitted whether every authority's part of the month was submitted (read-only then)
 * @param editable  whether the caller may enter and submit it now
 */
public record UsageGrid(long executorId, String executorName, YearMonth month, boolean submitted, boolean editable, List<Row> rows)
        implements Serializable {

    /**
     * @param delivered hours of the contract's other months
     * @param remaining what the contract still allows this month
     * @param hours     this month's hours, null when none were entered
     */
    public record Row(long contractId, String contractNumber, String certificateNumber, String child, String programmeName,
                      BigDecimal contractHours, BigDecimal delivered, BigDecimal remaining, BigDecimal hours, BigDecimal amount,
                      Long usageId, String statusLabel, boolean submitted) implements Serializable {
    }

    public BigDecimal totalHours() {
        return rows.stream().map(r -> r.hours() == null ? BigDecimal.ZERO : r.hours()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalAmount() {
        return rows.stream().map(r -> r.amount() == null ? BigDecimal.ZERO : r.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
