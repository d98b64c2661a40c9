package ru.socorder.model.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The payment order (платёжное поручение, as the treasury file carries it) of one invoice with something to pay: the
 * payee's name, ИНН/КПП and bank details from the agreement, the amount, the day and the purpose text naming the
 * agreement and the month. One per invoice (the database says so): a re-run cannot pay an invoice twice.
 */
@Entity
@Table(name = "payment_order")
public class PaymentOrder {
    /** The treasury's limit of the purpose field (назначение платежа). */
    public static final int PURPOSE_LENGTH = 210;

    @Id
    @SequenceGenerator(name = "payment_order_seq", sequenceName = "payment_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_order_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "invoice_id", nullable = false)
    private long invoiceId;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "executor_id", nullable = false)
    private long executorId;

    @Column(name = "payee_name", nullable = false, length = 1000)
    private String payeeName;

    @Column(name = "payee_inn", nullable = false, length = 12)
    private String payeeInn;

    @Column(name = "payee_kpp", length = 9)
    private String payeeKpp;

    @Column(nullable = false, length = 20)
    private String account;

    @Column(nullable = false, length = 9)
    private String bik;

    @Column(name = "bank_name", nullable = false, length = 300)
    private String bankName;

    @Column(name = "corr_account", length = 20)
    private String corrAccount;

    @Column(name = "treasury_account", length = 30)
    private String treasuryAccount;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "pay_on", nullable = false)
    private LocalDate payOn;

    @Column(nullable = false, length = PURPOSE_LENGTH)
    private String purpose;

    @Column(nullable = false, length = 20)
    private String status = "PREPARED";

    protected PaymentOrder() {
    }

    /** The payee as the agreement names it. */
    public record Payee(String name, String inn, String kpp, String account, String bik, String bankName, String corrAccount,
                        String treasuryAccount) {
    }

    public PaymentOrder(long invoiceId, long runId, long executorId, Payee payee, BigDecimal amount, LocalDate payOn, String purpose) {
        this.invoiceId = invoiceId;
        this.runId = runId;
        this.executorId = executorId;
        this.payeeName = payee.name();
        this.payeeInn = payee.inn();
        this.payeeKpp = payee.kpp();
        this.account = payee.account();
        this.bik = payee.bik();
        this.bankName = payee.bankName();
        this.corrAccount = payee.corrAccount();
        this.treasuryAccount = payee.treasuryAccount();
        this.amount = amount;
        this.payOn = payOn;
        this.purpose = purpose.length() <= PURPOSE_LENGTH ? purpose : purpose.substring(0, PURPOSE_LENGTH - 1) + "…";
    }

    public void approve() {
        status = "APPROVED";
    }

    public Long getId() {
        return id;
    }

    public long getInvoiceId() {
        return invoiceId;
    }

    public long getRunId() {
        return runId;
    }

    public long getExecutorId() {
        return executorId;
    }

    public Payee getPayee() {
        return new Payee(payeeName, payeeInn, payeeKpp, account, bik, bankName, corrAccount, treasuryAccount);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPayOn() {
        return payOn;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getStatus() {
        return status;
    }
}
