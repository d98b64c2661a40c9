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
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.registry.ProgrammeGroup;

/**
 * Запись на программу: the parent's choice of a programme group for a certificate, registered by a clerk or arriving
 * through the API, answered by the group's executor by {@link #getAnswerDue()}. {@code executor} repeats the group's
 * executor so that the executor's users see exactly their enrolments; {@code authority} is the certificate's.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {
    @Id
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id", nullable = false)
    private Certificate certificate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private ProgrammeGroup group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "executor_id", nullable = false)
    private Executor executor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false)
    private AuthorisedBody authority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status = EnrolmentStatus.REQUESTED;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    /** The last day the executor may answer (working days of the territory's terms after the request). */
    @Column(name = "answer_due", nullable = false)
    private LocalDate answerDue;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "refusal_reason", length = 1000)
    private String refusalReason;

    protected Enrolment() {
    }

    public Enrolment(Certificate certificate, ProgrammeGroup group, Channel channel, Instant requestedAt, LocalDate answerDue) {
        this.certificate = certificate;
        this.group = group;
        this.executor = group.getProgramme().getExecutor();
        this.authority = certificate.getAuthority();
        this.channel = channel;
        this.requestedAt = requestedAt;
        this.answerDue = answerDue;
    }

    /** Records the executor's answer or another step; a refusal keeps its reason (required). */
    public void moveTo(EnrolmentStatus next, Instant at, String reason) {
        if (next == EnrolmentStatus.REFUSED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a refusal has a reason");
        }
        if (next == EnrolmentStatus.CONFIRMED || next == EnrolmentStatus.REFUSED) {
            answeredAt = at;
        }
        refusalReason = next == EnrolmentStatus.REFUSED ? reason.strip() : refusalReason;
        status = next;
    }

    /** Whether the answer is late on the date. */
    public boolean overdueOn(LocalDate date) {
        return status == EnrolmentStatus.REQUESTED && date.isAfter(answerDue);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public ProgrammeGroup getGroup() {
        return group;
    }

    public Executor getExecutor() {
        return executor;
    }

    public AuthorisedBody getAuthority() {
        return authority;
    }

    public Channel getChannel() {
        return channel;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public LocalDate getAnswerDue() {
        return answerDue;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getRefusalReason() {
        return refusalReason;
    }
}
