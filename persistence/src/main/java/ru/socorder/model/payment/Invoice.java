package ru.socorder.model.payment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One invoice of an executor under an agreement for a month: the advance ahead of the month (planned amounts × the
 * advance share) or the settlement act after it (delivered − advance − overpayment carried in = due, or an
 * overpayment carried forward). One per agreement family, month and kind (the database says so).
 */
@Entity
@Table(name = "invoice")
public class Invoice {
    @Id
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "executor_id", nullable = false)
    private long executorId;

    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Column(name = "agreement_family_id", nullable = false)
    private long agreementFamilyId;

    @Column(name = "agreement_number", nullable = false, length = 50)
    private String agreementNumber;

    @Column(name = "agreement_date")
    private LocalDate agreementDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvoiceKind kind;

    @Column(name = "invoice_month", nullable = false)
    private LocalDate month;

    @Column(name = "pay_on")
    private LocalDate payOn;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal planned;

    @Column(name = "advance_paid", nullable = false, precision = 19, scale = 2)
    private BigDecimal advancePaid;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal delivered;

    @Column(name = "carried_in", nullable = false, precision = 19, scale = 2)
    private BigDecimal carriedIn;

    @Column(name = "amount_due", nullable = false, precision = 19, scale = 2)
    private BigDecimal amountDue;

    @Column(name = "carried_forward", nullable = false, precision = 19, scale = 2)
    private BigDecimal carriedForward;

    @Column(nullable = false, length = 20)
    private String status = "COMPUTED";

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.PERSIST)
    @OrderBy("contractId")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {
    }

    /** The agreement's identity on the invoice: which version, its family, its number and date. */
    public record AgreementRef(long id, long familyId, String number, LocalDate date, long authorityId, long executorId) {
    }

    /** The amounts of an invoice, all in kopecks. */
    public record Amounts(BigDecimal planned, BigDecimal advancePaid, BigDecimal delivered, BigDecimal carriedIn,
                          BigDecimal due, BigDecimal carriedForward) {
    }

    public Invoice(long runId, AgreementRef agreement, InvoiceKind kind, YearMonth month, LocalDate payOn, Amounts amounts) {
        this.runId = runId;
        this.authorityId = agreement.authorityId();
        this.executorId = agreement.executorId();
        this.agreementId = agreement.id();
        this.agreementFamilyId = agreement.familyId();
        this.agreementNumber = agreement.number();
        this.agreementDate = agreement.date();
        this.kind = kind;
        this.month = month.atDay(1);
        this.payOn = payOn;
        this.planned = amounts.planned();
        this.advancePaid = amounts.advancePaid();
        this.delivered = amounts.delivered();
        this.carriedIn = amounts.carriedIn();
        this.amountDue = amounts.due();
        this.carriedForward = amounts.carriedForward();
    }

    public InvoiceLine addLine(long contractId, long certificateId, BigDecimal hours, BigDecimal pricePerHour, BigDecimal amount) {
        InvoiceLine line = new InvoiceLine(this, contractId, certificateId, hours, pricePerHour, amount);
        lines.add(line);
        return line;
    }

    public void approve() {
        status = "APPROVED";
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public long getAuthorityId() {
        return authorityId;
    }

    public long getExecutorId() {
        return executorId;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public long getAgreementFamilyId() {
        return agreementFamilyId;
    }

    public String getAgreementNumber() {
        return agreementNumber;
    }

    public LocalDate getAgreementDate() {
        return agreementDate;
    }

    public InvoiceKind getKind() {
        return kind;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public LocalDate getPayOn() {
        return payOn;
    }

    public BigDecimal getPlanned() {
        return planned;
    }

    public BigDecimal getAdvancePaid() {
        return advancePaid;
    }

    public BigDecimal getDelivered() {
        return delivered;
    }

    public BigDecimal getCarriedIn() {
        return carriedIn;
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public BigDecimal getCarriedForward() {
        return carriedForward;
    }

    public String getStatus() {
        return status;
    }

    public List<InvoiceLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
