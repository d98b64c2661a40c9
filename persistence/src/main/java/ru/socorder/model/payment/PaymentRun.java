package ru.socorder.model.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The payment run of an authority's month: one row per authority and month (a re-run reuses it). Its invoices are
 * written in chunks by a job while it is RUNNING and count only once it is READY; an APPROVED run is frozen.
 */
@Entity
@Table(name = "payment_run")
public class PaymentRun {
    @Id
    @SequenceGenerator(name = "payment_run_seq", sequenceName = "payment_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_run_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "run_month", nullable = false)
    private LocalDate month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentRunStatus status;

    @Column(name = "job_id")
    private Long jobId;

    @Column(nullable = false)
    private int agreements;

    @Column(nullable = false)
    private int invoices;

    @Column(name = "total_delivered", nullable = false, precision = 19, scale = 2)
    private BigDecimal totalDelivered = BigDecimal.ZERO;

    @Column(name = "total_advance", nullable = false, precision = 19, scale = 2)
    private BigDecimal totalAdvance = BigDecimal.ZERO;

    @Column(name = "total_due", nullable = false, precision = 19, scale = 2)
    private BigDecimal totalDue = BigDecimal.ZERO;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    /** The pay day of the next month its invoices carry, fixed when the run is (re)built (null: not yet built). */
    @Column(name = "pay_on")
    private LocalDate payOn;

    protected PaymentRun() {
    }

    public PaymentRun(long authorityId, YearMonth month, String createdBy, Instant createdAt) {
        this.authorityId = authorityId;
        this.month = month.atDay(1);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = PaymentRunStatus.RUNNING;
    }

    /**
     * A (re-)run starts under a job over {@code agreements} agreements, its invoices paid on {@code payDay}; earlier
     * totals no longer count.
     */
    public void start(long job, int agreementCount, LocalDate payDay) {
        if (status == PaymentRunStatus.APPROVED) {
            throw new IllegalStateException("approved run " + id);
        }
        status = PaymentRunStatus.RUNNING;
        jobId = job;
        agreements = agreementCount;
        payOn = payDay;
        invoices = 0;
        totalDelivered = BigDecimal.ZERO;
        totalAdvance = BigDecimal.ZERO;
        totalDue = BigDecimal.ZERO;
    }

    /** Every agreement written: the totals of the written invoices, and the run's results become visible. */
    public void ready(int invoiceCount, BigDecimal delivered, BigDecimal advance, BigDecimal due) {
        status = PaymentRunStatus.READY;
        invoices = invoiceCount;
        totalDelivered = delivered;
        totalAdvance = advance;
        totalDue = due;
    }

    /** A run cut off (a failed or interrupted job) goes on where it stopped: its written rows stay. */
    public void resume() {
        if (status != PaymentRunStatus.RUNNING && status != PaymentRunStatus.FAILED) {
            throw new IllegalStateException("run " + id + " is " + status);
        }
        status = PaymentRunStatus.RUNNING;
    }

    public void failed() {
        if (status == PaymentRunStatus.RUNNING) {
            status = PaymentRunStatus.FAILED;
        }
    }

    public void approve(String by, Instant at) {
        status = PaymentRunStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getAuthorityId() {
        return authorityId;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public PaymentRunStatus getStatus() {
        return status;
    }

    public Long getJobId() {
        return jobId;
    }

    public int getAgreements() {
        return agreements;
    }

    public int getInvoices() {
        return invoices;
    }

    public BigDecimal getTotalDelivered() {
        return totalDelivered;
    }

    public BigDecimal getTotalAdvance() {
        return totalAdvance;
    }

    public BigDecimal getTotalDue() {
        return totalDue;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDate getPayOn() {
        return payOn;
    }
}
