package ru.socorder.model.certificate;

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

/**
 * What a year end did with one contract of the closing year (one row per contract): completed, continued (the
 * continuation contract named) or not continued (the reason). A re-run reads it and changes nothing, or continues a
 * contract that could not continue before — then the row says so.
 */
@Entity
@Table(name = "year_closing_contract")
public class ClosedContract {
    @Id
    @SequenceGenerator(name = "year_closing_contract_seq", sequenceName = "year_closing_contract_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "year_closing_contract_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "closing_id", nullable = false)
    private ClosingCalendar closing;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private ConsumerContract contract;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClosingOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ContinuationRefusal reason;

    @Column(name = "reason_text", length = 1000)
    private String reasonText;

    @Column(name = "released_hours", nullable = false, precision = 10, scale = 2)
    private BigDecimal releasedHours = BigDecimal.ZERO;

    @Column(name = "released_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal releasedAmount = BigDecimal.ZERO;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "continuation_id")
    private ConsumerContract continuation;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ClosedContract() {
    }

    public ClosedContract(ClosingCalendar closing, ConsumerContract contract) {
        this.closing = closing;
        this.contract = contract;
    }

    /** What was released at the year end (added to what an earlier run released). */
    public void released(BigDecimal hours, BigDecimal amount) {
        releasedHours = releasedHours.add(hours);
        releasedAmount = releasedAmount.add(amount);
    }

    public void completed(Instant at) {
        decide(ClosingOutcome.COMPLETED, null, null, null, at);
    }

    public void continued(ConsumerContract next, Instant at) {
        decide(ClosingOutcome.CONTINUED, null, null, next, at);
    }

    /** @param text the reason's text with what was found (e.g. the age), never empty */
    public void notContinued(ContinuationRefusal why, String text, Instant at) {
        decide(ClosingOutcome.NOT_CONTINUED, why, text, null, at);
    }

    private void decide(ClosingOutcome o, ContinuationRefusal why, String text, ConsumerContract next, Instant at) {
        outcome = o;
        reason = why;
        reasonText = text;
        continuation = next;
        decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public ClosingCalendar getClosing() {
        return closing;
    }

    public ConsumerContract getContract() {
        return contract;
    }

    public ClosingOutcome getOutcome() {
        return outcome;
    }

    public ContinuationRefusal getReason() {
        return reason;
    }

    public String getReasonText() {
        return reasonText;
    }

    public BigDecimal getReleasedHours() {
        return releasedHours;
    }

    public BigDecimal getReleasedAmount() {
        return releasedAmount;
    }

    public ConsumerContract getContinuation() {
        return continuation;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
