package ru.socorder.model.registry;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.Licence;
import ru.socorder.model.catalog.SocialService;

/**
 * Заявка исполнителя услуг на включение в реестр исполнителей (domain.md §2.7): the services (registry numbers) the
 * executor will provide, the licence it relies on (its scan is an attachment of the application) and — through
 * {@link Programme#getApplication()} — the programmes it brings. Reviewed by the authority that keeps the registry.
 */
@Entity
@Table(name = "registry_application")
public class RegistryApplication {
    @Id
    @SequenceGenerator(name = "registry_application_seq", sequenceName = "registry_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_application_seq")
    private Long id;

    @Version
    private long version;

    /** The authority whose registry it is (the scope of the reviewers). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false)
    private AuthorisedBody authority;

    /** The applicant (the scope of the executor's users). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "executor_id", nullable = false)
    private Executor executor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistryApplicationStatus status = RegistryApplicationStatus.DRAFT;

    /** Entered by a clerk from a paper application. */
    @Column(name = "filed_on_paper", nullable = false)
    private boolean filedOnPaper;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "number", column = @Column(name = "licence_number", length = 100)),
        @AttributeOverride(name = "issuedOn", column = @Column(name = "licence_issued_on")),
        @AttributeOverride(name = "issuer", column = @Column(name = "licence_issuer", length = 500)),
        @AttributeOverride(name = "activity", column = @Column(name = "licence_activity", length = 500)),
        @AttributeOverride(name = "validUntil", column = @Column(name = "licence_valid_until"))
    })
    private Licence licence;

    @ManyToMany
    @JoinTable(name = "registry_application_service", joinColumns = @JoinColumn(name = "application_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<SocialService> services = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_reason", length = 30)
    private InclusionRefusal refusalReason;

    /** The reviewer's text: why refused or returned, or a note on the inclusion. */
    @Column(name = "decision_comment", length = 2000)
    private String decisionComment;

    protected RegistryApplication() {
    }

    public RegistryApplication(AuthorisedBody authority, Executor executor, boolean filedOnPaper, Instant createdAt) {
        this.authority = authority;
        this.executor = executor;
        this.filedOnPaper = filedOnPaper;
        this.createdAt = createdAt;
    }

    /** Only a draft or an application returned for corrections is changed by the applicant. */
    public boolean isEditable() {
        return status == RegistryApplicationStatus.DRAFT || status == RegistryApplicationStatus.RETURNED;
    }

    /** Records the state a lifecycle step led to; submitting stamps the time. */
    public void moveTo(RegistryApplicationStatus next, Instant at) {
        if (next == RegistryApplicationStatus.SUBMITTED) {
            submittedAt = at;
        }
        status = next;
    }

    /** The review's outcome: included, or refused with a reason from the list. */
    public void decide(RegistryApplicationStatus outcome, LocalDate on, InclusionRefusal reason, String comment) {
        if (outcome != RegistryApplicationStatus.INCLUDED && outcome != RegistryApplicationStatus.REFUSED) {
            throw new IllegalArgumentException("a decision includes or refuses: " + outcome);
        }
        if ((outcome == RegistryApplicationStatus.REFUSED) != (reason != null)) {
            throw new IllegalArgumentException("a refusal, and only a refusal, names its reason");
        }
        status = outcome;
        decidedOn = on;
        refusalReason = reason;
        decisionComment = comment;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public AuthorisedBody getAuthority() {
        return authority;
    }

    public Executor getExecutor() {
        return executor;
    }

    public RegistryApplicationStatus getStatus() {
        return status;
    }

    public boolean isFiledOnPaper() {
        return filedOnPaper;
    }

    public Licence getLicence() {
        return licence;
    }

    public void setLicence(Licence licence) {
        this.licence = licence;
    }

    public Set<SocialService> getServices() {
        return services;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public InclusionRefusal getRefusalReason() {
        return refusalReason;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public void setDecisionComment(String decisionComment) {
        this.decisionComment = decisionComment;
    }
}
