package ru.socorder.model.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;

/**
 * An executor's month with one authority: OPEN while its delivered hours are entered, SUBMITTED once the executor sent
 * it (closed for entry from then on; its rows were consumed on the ledger). One per executor, authority and month.
 */
@Entity
@Table(name = "usage_month")
public class UsageMonth {
    @Id
    @SequenceGenerator(name = "usage_month_seq", sequenceName = "usage_month_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "usage_month_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "executor_id", nullable = false)
    private Executor executor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false)
    private AuthorisedBody authority;

    /** The first day of the month. */
    @Column(name = "usage_month", nullable = false)
    private LocalDate month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private UsageMonthStatus status = UsageMonthStatus.OPEN;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    protected UsageMonth() {
    }

    public UsageMonth(Executor executor, AuthorisedBody authority, YearMonth month) {
        this.executor = executor;
        this.authority = authority;
        this.month = month.atDay(1);
    }

    /** The executor sent the month: closed for entry. */
    public void submit(String by, Instant at) {
        if (status != UsageMonthStatus.OPEN) {
            throw new IllegalStateException("month " + id + " is already submitted");
        }
        status = UsageMonthStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
    }

    public boolean isSubmitted() {
        return status == UsageMonthStatus.SUBMITTED;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Executor getExecutor() {
        return executor;
    }

    public AuthorisedBody getAuthority() {
        return authority;
    }

    public LocalDate getMonth() {
        return month;
    }

    public YearMonth yearMonth() {
        return YearMonth.from(month);
    }

    public UsageMonthStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }
}
