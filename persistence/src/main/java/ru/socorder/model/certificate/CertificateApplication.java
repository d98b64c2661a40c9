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
import java.time.Instant;
import java.time.LocalDate;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.SocialService;

/**
 * Заявление на получение социального сертификата, from a clerk's screen or an adapter's API call. Idempotent: the
 * caller's {@code Idempotency-Key} is unique per caller ({@code requested_by}), so the same key sent twice — also by two
 * concurrent requests — makes one application; {@link #getRequestHash()} (SHA-256 of the request as received) tells a
 * repetition from a different request under a reused key. Refused with a {@link RefusalReason}; queued while the
 * order's certificate volume is exhausted — the queue is ordered by {@code enqueued_at, id} per authority, service and
 * year, and the position is counted from it, never stored.
 */
@Entity
@Table(name = "certificate_application")
public class CertificateApplication {
    @Id
    @SequenceGenerator(name = "certificate_application_seq", sequenceName = "certificate_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_application_seq")
    private Long id;

    @Version
    private long version;

    /** The login that sent it: idempotency keys are the caller's own. */
    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false)
    private AuthorisedBody authority;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consumer_id", nullable = false)
    private Consumer consumer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private SocialService service;

    @Column(name = "period_year", nullable = false)
    private int year;

    /** The date the child is to start: the age is checked on it. */
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateApplicationStatus status = CertificateApplicationStatus.RECEIVED;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", length = 30)
    private RefusalReason reason;

    @Column(name = "reason_text", length = 1000)
    private String reasonText;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "enqueued_at")
    private Instant enqueuedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected CertificateApplication() {
    }

    public CertificateApplication(String requestedBy, String idempotencyKey, String requestHash, Channel channel,
                                  AuthorisedBody authority, Consumer consumer, SocialService service, int year, LocalDate startsOn,
                                  Instant receivedAt) {
        this.requestedBy = requestedBy;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.channel = channel;
        this.authority = authority;
        this.consumer = consumer;
        this.service = service;
        this.year = year;
        this.startsOn = startsOn;
        this.receivedAt = receivedAt;
    }

    /** Whether a request under the same key is this one again (then it gets the same answer). */
    public boolean isSameRequest(String hash) {
        return requestHash.equals(hash);
    }

    /** A held application moves to the existing record of the child its consumer duplicated. */
    public void reassign(Consumer existing) {
        if (status != CertificateApplicationStatus.HELD) {
            throw new IllegalStateException("only a held application changes its consumer");
        }
        consumer = existing;
    }

    /** Records the state a lifecycle step led to: entering the queue stamps the time, an outcome its time. */
    public void moveTo(CertificateApplicationStatus next, Instant at) {
        if (next == CertificateApplicationStatus.QUEUED) {
            enqueuedAt = at;
        } else if (next == CertificateApplicationStatus.ISSUED || next == CertificateApplicationStatus.WITHDRAWN) {
            decidedAt = at;
        } else if (next == CertificateApplicationStatus.REFUSED) {
            throw new IllegalArgumentException("a refusal names its reason: refuse()");
        }
        status = next;
    }

    /** Refused with a reason code; the text is the reason's own unless the clerk wrote one. */
    public void refuse(RefusalReason why, String text, Instant at) {
        status = CertificateApplicationStatus.REFUSED;
        reason = why;
        reasonText = text == null || text.isBlank() ? why.text() : text.strip();
        decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public Channel getChannel() {
        return channel;
    }

    public AuthorisedBody getAuthority() {
        return authority;
    }

    public Consumer getConsumer() {
        return consumer;
    }

    public SocialService getService() {
        return service;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public CertificateApplicationStatus getStatus() {
        return status;
    }

    public RefusalReason getReason() {
        return reason;
    }

    public String getReasonText() {
        return reasonText;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getEnqueuedAt() {
        return enqueuedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
