package ru.socorder.model.agreement;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.registry.RegistryEntry;

/**
 * Соглашение with an executor — one version of it. A family (family id = its first version's id) shares the number;
 * an amendment (дополнительное соглашение) is a new version made from the one in execution ({@link #amend}), a draft
 * until signed, when it executes and the previous version is superseded. Certificate agreements are one per
 * authority, executor, service and year (the database keeps it: {@code one_per_year}); the basis is the executor's
 * registry entry. Payment: in advance with a share of the planned amounts, or reimbursement after delivery.
 * State changes only through the boundary's lifecycle ({@link #moveTo}); header and lines change only in a draft.
 */
@Entity
@Table(name = "agreement")
public class Agreement {
    /** The advance share is a percentage with two decimals. */
    public static final int SHARE_SCALE = 2;

    @Id
    @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
    private Long id;

    @Version
    private long version;

    /** The id of the family's first version. */
    @Column(name = "family_id", nullable = false)
    private Long familyId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber = 1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_id")
    private Agreement previous;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AgreementKind kind;

    @Column(nullable = false, length = 50)
    private String number;

    /** The number on the first version only: unique per authority across families. */
    @Column(name = "number_key", length = 50)
    private String numberKey;

    /** 1 on the first version of a certificate agreement: one per authority, executor, service and year. */
    @Column(name = "one_per_year")
    private Integer onePerYear;

    /** The date the agreement was signed (concluded). */
    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false)
    private AuthorisedBody authority;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "executor_id", nullable = false)
    private Executor executor;

    /** The basis of a certificate agreement: the executor's entry in the registry. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "registry_entry_id")
    private RegistryEntry registryEntry;

    /** The basis of an agreement after a competition: the protocol (the next issue). */
    @Column(name = "competition_basis", length = 1000)
    private String competitionBasis;

    /** The basis as the agreement states it («запись реестра исполнителей № 12 от 01.02.2027»). */
    @Column(nullable = false, length = 1000)
    private String basis;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private SocialService service;

    @Column(name = "agreement_year", nullable = false)
    private int year;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_mode", nullable = false, length = 20)
    private PaymentMode paymentMode;

    /** Percent of the month's planned amounts paid in advance; null under reimbursement. */
    @Column(name = "advance_share", precision = 5, scale = 2)
    private BigDecimal advanceShare;

    @Column(name = "reporting_duty", length = 2000)
    private String reportingDuty;

    @Embedded
    private BankDetails bankDetails;

    /** Why this version amends the previous one (null on the first version). */
    @Column(name = "amendment_reason", length = 2000)
    private String amendmentReason;

    /** When and by whom the executor signed its side (while sent for signing). */
    @Column(name = "executor_signed_at")
    private Instant executorSignedAt;

    @Column(name = "executor_signed_by", length = 100)
    private String executorSignedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status = AgreementStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<AgreementLine> lines = new ArrayList<>();

    protected Agreement() {
    }

    /**
     * A new agreement (first version, a draft); {@link #startFamily()} once persisted. Without a number it is numbered
     * «year-id» then (unique by construction; the clerk may change it in the draft).
     */
    public Agreement(AgreementKind kind, String number, AuthorisedBody authority, Executor executor, RegistryEntry registryEntry,
                     String basis, SocialService service, int year, Terms terms, Instant createdAt, String createdBy) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.number = number == null || number.isBlank() ? null : number.strip();
        this.numberKey = this.number;
        this.onePerYear = kind.isCertificate() ? 1 : null;
        this.authority = authority;
        this.executor = executor;
        this.registryEntry = registryEntry;
        this.basis = basis;
        this.service = service;
        this.year = year;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        apply(terms);
    }

    /**
     * The terms a draft's header states: validity, payment, reporting duty, bank details (the rest — parties, service,
     * year, basis — are fixed when the agreement is created).
     */
    public record Terms(LocalDate validFrom, LocalDate validTo, PaymentMode paymentMode, BigDecimal advanceShare, String reportingDuty,
                        BankDetails bankDetails) {
    }

    /** Joins the family it starts: the family id is the first version's id (call once the id is assigned). */
    public void startFamily() {
        if (id == null) {
            throw new IllegalStateException("persist the agreement first");
        }
        if (familyId == null) {
            familyId = id;
        }
        if (number == null) {
            number = year + "-" + id;
            numberKey = number;
        }
    }

    /** A new version (a draft) amending this one, with its terms and lines copied; the boundary persists it. */
    public Agreement amend(String reason, Instant at, String by) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an amendment has a reason");
        }
        Agreement next = new Agreement();
        next.familyId = familyId;
        next.versionNumber = versionNumber + 1;
        next.previous = this;
        next.kind = kind;
        next.number = number;
        next.authority = authority;
        next.executor = executor;
        next.registryEntry = registryEntry;
        next.competitionBasis = competitionBasis;
        next.basis = basis;
        next.service = service;
        next.year = year;
        next.amendmentReason = reason.strip();
        next.createdAt = at;
        next.createdBy = by;
        next.apply(terms());
        for (AgreementLine line : lines) {
            next.lines.add(new AgreementLine(next, line.getLineNo(), line.getService(), line.getYear(), line.getVolume(), line.getPricePerUnit()));
        }
        return next;
    }

    /** Changes the header of a draft. */
    public void edit(String number, String basis, Terms terms) {
        requireDraft();
        if (number != null && !number.isBlank()) {
            if (versionNumber > 1 && !number.strip().equals(this.number)) {
                throw new IllegalStateException("an amendment keeps the family's number");
            }
            this.number = number.strip();
            if (versionNumber == 1) {
                this.numberKey = this.number;
            }
        }
        if (basis != null && !basis.isBlank()) {
            this.basis = basis.strip();
        }
        apply(terms);
    }

    /** Changes the amendment's reason (a draft amendment only). */
    public void editReason(String reason) {
        requireDraft();
        if (versionNumber > 1 && reason != null && !reason.isBlank()) {
            amendmentReason = reason.strip();
        }
    }

    private void apply(Terms terms) {
        validFrom = terms.validFrom();
        validTo = terms.validTo();
        paymentMode = terms.paymentMode();
        advanceShare = terms.paymentMode() == PaymentMode.ADVANCE && terms.advanceShare() != null
                ? terms.advanceShare().setScale(SHARE_SCALE, RoundingMode.HALF_UP) : null;
        reportingDuty = terms.reportingDuty() == null || terms.reportingDuty().isBlank() ? null : terms.reportingDuty().strip();
        bankDetails = terms.bankDetails() == null || terms.bankDetails().isEmpty() ? null : terms.bankDetails();
    }

    /** The volume and price of a service and year: the line is updated in place, or added at the end. */
    public AgreementLine putLine(SocialService lineService, int lineYear, BigDecimal volume, BigDecimal pricePerUnit) {
        requireDraft();
        for (AgreementLine line : lines) {
            if (line.isFor(lineService.getId(), lineYear)) {
                line.change(volume, pricePerUnit);
                return line;
            }
        }
        AgreementLine line = new AgreementLine(this, lines.size() + 1, lineService, lineYear, volume, pricePerUnit);
        lines.add(line);
        return line;
    }

    /** Removes the lines that are not among those kept (by line number) and numbers the rest from 1. */
    public void keepLines(java.util.Set<Integer> lineNumbers) {
        requireDraft();
        lines.removeIf(l -> !lineNumbers.contains(l.getLineNo()));
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).renumber(i + 1);
        }
    }

    /** Records the state a lifecycle step led to; signing records the date the agreement was concluded. */
    public void moveTo(AgreementStatus next, LocalDate on) {
        if (next == AgreementStatus.SIGNED) {
            concludedOn = Objects.requireNonNull(on, "the date of signing");
        }
        if (next == AgreementStatus.DRAFT) {
            executorSignedAt = null;
            executorSignedBy = null;
        }
        status = next;
    }

    /** The executor signed its side (the agreement stays sent for signing until the authority signs). */
    public void signedByExecutor(Instant at, String by) {
        if (status != AgreementStatus.SENT_FOR_SIGNING) {
            throw new IllegalStateException("not sent for signing");
        }
        executorSignedAt = Objects.requireNonNull(at);
        executorSignedBy = Objects.requireNonNull(by);
    }

    private void requireDraft() {
        if (status != AgreementStatus.DRAFT) {
            throw new IllegalStateException("only a draft changes");
        }
    }

    /** The volume of a service and year (zero without a line). */
    public BigDecimal volumeOf(long lineServiceId, int lineYear) {
        return lines.stream().filter(l -> l.isFor(lineServiceId, lineYear)).map(AgreementLine::getVolume)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The amount of all lines (the subsidy of the agreement). */
    public BigDecimal getTotalAmount() {
        return lines.stream().map(AgreementLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The amount of the lines of a year. */
    public BigDecimal amountOf(int lineYear) {
        return lines.stream().filter(l -> l.getYear() == lineYear).map(AgreementLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The terms as they stand (to edit them in a form). */
    public Terms terms() {
        return new Terms(validFrom, validTo, paymentMode, advanceShare, reportingDuty, bankDetails);
    }

    public boolean isExecutorSigned() {
        return executorSignedAt != null;
    }

    public boolean isAmendment() {
        return versionNumber > 1;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getFamilyId() {
        return familyId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public Agreement getPrevious() {
        return previous;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getConcludedOn() {
        return concludedOn;
    }

    public AuthorisedBody getAuthority() {
        return authority;
    }

    public Executor getExecutor() {
        return executor;
    }

    public RegistryEntry getRegistryEntry() {
        return registryEntry;
    }

    public String getCompetitionBasis() {
        return competitionBasis;
    }

    public String getBasis() {
        return basis;
    }

    public SocialService getService() {
        return service;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public PaymentMode getPaymentMode() {
        return paymentMode;
    }

    public BigDecimal getAdvanceShare() {
        return advanceShare;
    }

    public String getReportingDuty() {
        return reportingDuty;
    }

    /** The payee's bank details, or null while a draft waits for them. */
    public BankDetails getBankDetails() {
        return bankDetails;
    }

    public String getAmendmentReason() {
        return amendmentReason;
    }

    public Instant getExecutorSignedAt() {
        return executorSignedAt;
    }

    public String getExecutorSignedBy() {
        return executorSignedBy;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<AgreementLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
