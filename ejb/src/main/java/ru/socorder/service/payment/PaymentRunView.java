package ru.socorder.service.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import ru.socorder.model.job.JobStatus;
import ru.socorder.model.payment.PaymentRun;
import ru.socorder.model.payment.PaymentRunStatus;

/** A month's payment run as screens and the API show it, with its job's progress and the next month's pay day. */
public record PaymentRunView(Long id, long version, long authorityId, YearMonth month, PaymentRunStatus status, String statusLabel,
                             LocalDate advanceDay, Long jobId, JobStatus jobStatus, int agreements, int processed,
                             int invoices, BigDecimal totalDelivered, BigDecimal totalAdvance, BigDecimal totalDue,
                             String createdBy, Instant createdAt, String approvedBy, Instant approvedAt,
                             String message) implements Serializable {

    /** No run yet for the month; its advance would be paid on {@code advanceDay} (the authority's setting now). */
    public static PaymentRunView none(long authorityId, YearMonth month, LocalDate advanceDay) {
        return new PaymentRunView(null, 0, authorityId, month, null, "не запускался", advanceDay, null, null, 0, 0, 0, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, null, null);
    }

    /** A run whose invoices are paid on {@code advanceDay} (the day it was built with). */
    public static PaymentRunView of(PaymentRun r, LocalDate advanceDay, JobStatus jobStatus, int processed, String message) {
        String label = r.getStatus() == PaymentRunStatus.RUNNING && jobStatus != null && jobStatus != JobStatus.RUNNING
                ? "прерван, продолжите расчёт" : r.getStatus().label();
        return new PaymentRunView(r.getId(), r.getVersion(), r.getAuthorityId(), r.getMonth(), r.getStatus(), label,
                advanceDay, r.getJobId(), jobStatus,
                r.getAgreements(), processed, r.getInvoices(), r.getTotalDelivered(), r.getTotalAdvance(), r.getTotalDue(),
                r.getCreatedBy(), r.getCreatedAt(), r.getApprovedBy(), r.getApprovedAt(), message);
    }

    /** Per cent of the agreements written. */
    public int progress() {
        return agreements == 0 ? (status == PaymentRunStatus.READY || status == PaymentRunStatus.APPROVED ? 100 : 0)
                : Math.min(100, processed * 100 / agreements);
    }

    /** Whether a start or resume would do something (not approved, not running now). */
    public boolean startable() {
        return status != PaymentRunStatus.APPROVED && jobStatus != JobStatus.RUNNING;
    }
}
