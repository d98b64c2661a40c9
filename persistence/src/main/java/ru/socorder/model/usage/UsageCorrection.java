package ru.socorder.model.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import ru.socorder.model.certificate.CertificateMovement;

/**
 * A correction of a submitted month's hours by the authority's clerk, with the reason, never changed afterwards: the
 * hours before and after, the change of the amount, and the ledger movement it produced — CONSUME of an increase,
 * UNCONSUME («сторно оплаты») of a decrease, none when the amount did not change. Created by
 * {@link ContractUsage#correct}.
 */
@Entity
@Table(name = "usage_correction")
public class UsageCorrection {
    @Id
    @SequenceGenerator(name = "usage_correction_seq", sequenceName = "usage_correction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "usage_correction_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "usage_id", nullable = false)
    private ContractUsage usage;

    @Column(name = "hours_before", nullable = false, precision = 10, scale = 2)
    private BigDecimal hoursBefore;

    @Column(name = "hours_after", nullable = false, precision = 10, scale = 2)
    private BigDecimal hoursAfter;

    @Column(name = "amount_delta", nullable = false, precision = 19, scale = 2)
    private BigDecimal amountDelta;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "corrected_by", nullable = false, length = 100)
    private String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    private Instant correctedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "movement_id")
    private CertificateMovement movement;

    protected UsageCorrection() {
    }

    UsageCorrection(ContractUsage usage, BigDecimal hoursBefore, BigDecimal hoursAfter, BigDecimal amountDelta, String reason,
                    String correctedBy, Instant correctedAt, CertificateMovement movement) {
        this.usage = usage;
        this.hoursBefore = hoursBefore;
        this.hoursAfter = hoursAfter;
        this.amountDelta = amountDelta;
        this.reason = reason;
        this.correctedBy = correctedBy;
        this.correctedAt = correctedAt;
        this.movement = movement;
    }

    public Long getId() {
        return id;
    }

    public ContractUsage getUsage() {
        return usage;
    }

    public BigDecimal getHoursBefore() {
        return hoursBefore;
    }

    public BigDecimal getHoursAfter() {
        return hoursAfter;
    }

    public BigDecimal getAmountDelta() {
        return amountDelta;
    }

    public String getReason() {
        return reason;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }

    public CertificateMovement getMovement() {
        return movement;
    }
}
