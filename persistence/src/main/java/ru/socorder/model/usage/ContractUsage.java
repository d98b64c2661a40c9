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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.certificate.CertificateMovement;
import ru.socorder.model.certificate.ConsumerContract;

/**
 * Hours delivered under a consumer contract in a month (человеко-часы) and their amount in roubles at the contract's
 * price per hour. One row per contract and month; {@link #getHours()} and {@link #getAmount()} always hold the current
 * value, after corrections. A DRAFT row is changed by the executor; once the month is submitted the row is SUBMITTED,
 * its hours consumed on the certificate's ledger ({@link #getMovement()}), and only the authority corrects it
 * ({@link UsageCorrection}). The executor and authority are the contract's, repeated for the lists' data scope.
 */
@Entity
@Table(name = "contract_usage")
public class ContractUsage {
    @Id
    @SequenceGenerator(name = "contract_usage_seq", sequenceName = "contract_usage_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_usage_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private ConsumerContract contract;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "executor_id", nullable = false)
    private Executor executor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false)
    private AuthorisedBody authority;

    /** The first day of the month. */
    @Column(name = "usage_month", nullable = false)
    private LocalDate usageMonth;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal hours;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private UsageStatus status = UsageStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private UsageSource source;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** The CONSUME movement of the submission (none for a month without hours). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "movement_id")
    private CertificateMovement movement;

    protected ContractUsage() {
    }

    /** A draft row for the contract's month; the amount is computed by the caller (service.usage.UsageAmount). */
    public ContractUsage(ConsumerContract contract, YearMonth month, BigDecimal hours, BigDecimal amount, UsageSource source,
                         String enteredBy, Instant enteredAt) {
        this.contract = contract;
        this.executor = contract.getExecutor();
        this.authority = contract.getAuthority();
        this.usageMonth = month.atDay(1);
        this.hours = hours;
        this.amount = amount;
        this.source = source;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    /** The executor enters the hours again (a draft only). */
    public void enter(BigDecimal newHours, BigDecimal newAmount, UsageSource from, String by, Instant at) {
        requireStatus(UsageStatus.DRAFT);
        hours = newHours;
        amount = newAmount;
        source = from;
        enteredBy = by;
        enteredAt = at;
    }

    /** The month was submitted: the amount may be recomputed at that moment, the movement consumed it (null for none). */
    public void submit(BigDecimal finalAmount, CertificateMovement consumed, Instant at) {
        requireStatus(UsageStatus.DRAFT);
        amount = finalAmount;
        movement = consumed;
        submittedAt = at;
        status = UsageStatus.SUBMITTED;
    }

    /**
     * The authority corrects a submitted row; the ledger movement of the difference has been appended by the caller.
     *
     * @return the correction to persist
     */
    public UsageCorrection correct(BigDecimal newHours, BigDecimal newAmount, String reason, String by, Instant at,
                                   CertificateMovement moved) {
        requireStatus(UsageStatus.SUBMITTED);
        UsageCorrection c = new UsageCorrection(this, hours, newHours, newAmount.subtract(amount), reason, by, at, moved);
        hours = newHours;
        amount = newAmount;
        return c;
    }

    /** Whether the row holds these hours (72 equals 72.00). */
    public boolean holds(BigDecimal h) {
        return hours.compareTo(h) == 0;
    }

    private void requireStatus(UsageStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("usage " + id + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ConsumerContract getContract() {
        return contract;
    }

    public Executor getExecutor() {
        return executor;
    }

    public AuthorisedBody getAuthority() {
        return authority;
    }

    public LocalDate getUsageMonth() {
        return usageMonth;
    }

    public YearMonth month() {
        return YearMonth.from(usageMonth);
    }

    public BigDecimal getHours() {
        return hours;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public UsageStatus getStatus() {
        return status;
    }

    public UsageSource getSource() {
        return source;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public CertificateMovement getMovement() {
        return movement;
    }
}
