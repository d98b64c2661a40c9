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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One movement of a certificate's balance ledger, appended and never changed: its kind, the hours and roubles it
 * moves, the contract it belongs to, who and when, and the running balance after it together with the balance it
 * started from. The ledger's rules are kept twice — by {@link Balance} before anything is written, and by the
 * database on every row (V22: the balance within 0..nominal, {@code seq} unique per certificate so that two writers
 * appending to the same balance conflict, and each row's starting balance equal to the previous row's balance).
 * The latest row (highest {@link #getSeq()}) is the certificate's balance.
 */
@Entity
@Table(name = "certificate_movement")
public class CertificateMovement {
    @Id
    @SequenceGenerator(name = "certificate_movement_seq", sequenceName = "certificate_movement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_movement_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id", nullable = false)
    private Certificate certificate;

    /** 1 for the issue, then 2, 3 …: unique per certificate. */
    @Column(nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MovementKind kind;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal hours;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private ConsumerContract contract;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "comment_text", length = 1000)
    private String comment;

    @Column(name = "nominal_hours", nullable = false, precision = 10, scale = 2)
    private BigDecimal nominalHours;

    @Column(name = "nominal_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal nominalAmount;

    @Column(name = "allocated_hours", nullable = false, precision = 10, scale = 2)
    private BigDecimal allocatedHours;

    @Column(name = "consumed_hours", nullable = false, precision = 10, scale = 2)
    private BigDecimal consumedHours;

    @Column(name = "expired_hours", nullable = false, precision = 10, scale = 2)
    private BigDecimal expiredHours;

    @Column(name = "allocated_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal allocatedAmount;

    @Column(name = "consumed_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal consumedAmount;

    @Column(name = "expired_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal expiredAmount;

    @Column(name = "prev_seq")
    private Integer prevSeq;

    @Column(name = "prev_allocated_hours", precision = 10, scale = 2)
    private BigDecimal prevAllocatedHours;

    @Column(name = "prev_consumed_hours", precision = 10, scale = 2)
    private BigDecimal prevConsumedHours;

    @Column(name = "prev_expired_hours", precision = 10, scale = 2)
    private BigDecimal prevExpiredHours;

    @Column(name = "prev_allocated_amount", precision = 19, scale = 2)
    private BigDecimal prevAllocatedAmount;

    @Column(name = "prev_consumed_amount", precision = 19, scale = 2)
    private BigDecimal prevConsumedAmount;

    @Column(name = "prev_expired_amount", precision = 19, scale = 2)
    private BigDecimal prevExpiredAmount;

    protected CertificateMovement() {
    }

    private CertificateMovement(Certificate certificate, int seq, MovementKind kind, BigDecimal hours, BigDecimal amount,
                                ConsumerContract contract, Instant at, String actor, String comment, Balance after) {
        this.certificate = certificate;
        this.seq = seq;
        this.kind = kind;
        this.hours = hours;
        this.amount = amount;
        this.contract = contract;
        this.at = at;
        this.actor = actor;
        this.comment = comment;
        nominalHours = after.hours().nominal();
        nominalAmount = after.amount().nominal();
        allocatedHours = after.hours().allocated();
        consumedHours = after.hours().consumed();
        expiredHours = after.hours().expired();
        allocatedAmount = after.amount().allocated();
        consumedAmount = after.amount().consumed();
        expiredAmount = after.amount().expired();
    }

    /** The first movement of a certificate: its nominal. */
    public static CertificateMovement issue(Certificate certificate, Instant at, String actor) {
        Balance nominal = Balance.issued(certificate.getNominalHours(), certificate.getNominalAmount());
        return new CertificateMovement(certificate, 1, MovementKind.ISSUE, certificate.getNominalHours(), certificate.getNominalAmount(),
                null, at, actor, null, nominal);
    }

    /**
     * The movement that follows this one (the latest of its certificate).
     *
     * @param contract the contract the movement belongs to (allocate, release, consume), null for an expiry
     * @throws BalanceRefused the balance cannot take it
     */
    public CertificateMovement next(MovementKind nextKind, BigDecimal h, BigDecimal rub, ConsumerContract contract, Instant when,
                                    String who, String why) {
        if (nextKind.byContract() != (contract != null)) {
            throw new IllegalArgumentException(nextKind + (contract == null ? " belongs to a contract" : " belongs to no contract"));
        }
        Balance after = balance().after(nextKind, h, rub);
        CertificateMovement m = new CertificateMovement(certificate, seq + 1, nextKind, h, rub, contract, when, who, why, after);
        m.prevSeq = seq;
        m.prevAllocatedHours = allocatedHours;
        m.prevConsumedHours = consumedHours;
        m.prevExpiredHours = expiredHours;
        m.prevAllocatedAmount = allocatedAmount;
        m.prevConsumedAmount = consumedAmount;
        m.prevExpiredAmount = expiredAmount;
        return m;
    }

    /** The balance after this movement. */
    public Balance balance() {
        return new Balance(new Balance.Tally(nominalHours, allocatedHours, consumedHours, expiredHours),
                new Balance.Tally(nominalAmount, allocatedAmount, consumedAmount, expiredAmount));
    }

    /** Whether this is the movement of the given certificate (for the service's checks). */
    public boolean belongsTo(Certificate c) {
        return certificate == c || certificate.getId() != null && Objects.equals(certificate.getId(), c.getId());
    }

    public Long getId() {
        return id;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public int getSeq() {
        return seq;
    }

    public MovementKind getKind() {
        return kind;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public ConsumerContract getContract() {
        return contract;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getComment() {
        return comment;
    }

    public Integer getPrevSeq() {
        return prevSeq;
    }

    /** The balance this movement started from (the previous movement's), null for the issue. */
    public Balance getPrevious() {
        if (prevSeq == null) {
            return null;
        }
        return new Balance(new Balance.Tally(nominalHours, prevAllocatedHours, prevConsumedHours, prevExpiredHours),
                new Balance.Tally(nominalAmount, prevAllocatedAmount, prevConsumedAmount, prevExpiredAmount));
    }
}
