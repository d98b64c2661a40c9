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
import java.time.LocalDate;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.identifier.CertificateNumber;

/**
 * Социальный сертификат (domain.md §2.6, §5.3): number, the authority that formed it, the recipient, the service, the
 * year and validity, the nominal in человеко-часы and roubles, the status. The balance is not a column: it is the
 * latest row of the ledger ({@link CertificateMovement}). While the certificate is active {@link #getActiveKey()}
 * names the child with the service (or the direction) and the year, and the database keeps that key unique — one
 * active certificate per child and service (or direction) and year, also when two issues race.
 */
@Entity
@Table(name = "certificate")
public class Certificate {
    @Id
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 12)
    private CertificateNumber number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false)
    private AuthorisedBody authority;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consumer_id", nullable = false)
    private Consumer consumer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private SocialService service;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private CertificateApplication application;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(name = "nominal_hours", nullable = false, precision = 10, scale = 2)
    private BigDecimal nominalHours;

    @Column(name = "nominal_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal nominalAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateStatus status = CertificateStatus.ISSUED;

    @Column(name = "active_key", length = 100)
    private String activeKey;

    protected Certificate() {
    }

    /**
     * A certificate issued on the terms of its territory and year.
     *
     * @param activeKey {@link #activeKey(OnePer, Consumer, SocialService, int)}
     */
    public Certificate(CertificateNumber number, AuthorisedBody authority, Consumer consumer, SocialService service, CertificateTerms terms,
                       LocalDate issuedOn, String activeKey) {
        this.number = number;
        this.authority = authority;
        this.consumer = consumer;
        this.service = service;
        this.year = terms.getYear();
        this.issuedOn = issuedOn;
        // valid from the issue within the terms' period (an issue after the period, e.g. from a late queue, keeps its last day)
        LocalDate from = issuedOn.isAfter(terms.getValidFrom()) ? issuedOn : terms.getValidFrom();
        this.validFrom = from.isAfter(terms.getValidTo()) ? terms.getValidTo() : from;
        this.validTo = terms.getValidTo();
        this.nominalHours = terms.getNominalHours();
        this.nominalAmount = terms.getNominalAmount();
        this.activeKey = activeKey;
    }

    /**
     * The key of "one active certificate per child and service (or direction) and year": the consumer with the service
     * or, by the territory's terms, with the service's activity direction (the service itself when it has none).
     */
    public static String activeKey(OnePer rule, Consumer consumer, SocialService service, int year) {
        boolean byDirection = rule == OnePer.DIRECTION && service.getDirection() != null;
        String what = byDirection ? "d" + service.getDirection().getId() : "s" + service.getId();
        return "c" + consumer.getId() + "/" + what + "/" + year;
    }

    /**
     * Gives a certificate persisted without a number its number (the serial is its id, known once persisted): numbers
     * are never changed.
     */
    public void numbered(CertificateNumber assigned) {
        if (number != null && !number.equals(assigned)) {
            throw new IllegalStateException("a certificate keeps its number");
        }
        number = assigned;
    }

    /** Records the state a lifecycle step led to; an ended certificate gives the child's key free. */
    public void moveTo(CertificateStatus next) {
        status = next;
        if (!next.isActive()) {
            activeKey = null;
        }
    }

    /** Whether the certificate may be used (a contract concluded on it) on the date. */
    public boolean usableOn(LocalDate date) {
        return (status == CertificateStatus.ISSUED || status == CertificateStatus.IN_USE) && !date.isBefore(validFrom)
                && !date.isAfter(validTo);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CertificateNumber getNumber() {
        return number;
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

    public CertificateApplication getApplication() {
        return application;
    }

    public void setApplication(CertificateApplication application) {
        this.application = application;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public BigDecimal getNominalHours() {
        return nominalHours;
    }

    public BigDecimal getNominalAmount() {
        return nominalAmount;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public String getActiveKey() {
        return activeKey;
    }
}
