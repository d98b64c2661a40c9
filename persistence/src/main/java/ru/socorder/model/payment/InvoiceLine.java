package ru.socorder.model.payment;

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
import ru.socorder.model.common.ColumnPath;

/** A contract's line of an invoice: hours (delivered, or none for an advance), price per hour, amount in kopecks. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine implements ColumnPath {
    @Id
    @SequenceGenerator(name = "invoice_line_seq", sequenceName = "invoice_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_line_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false)
    private Invoice invoice;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "certificate_id", nullable = false)
    private long certificateId;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal hours;

    @Column(name = "price_per_hour", nullable = false, precision = 19, scale = 6)
    private BigDecimal pricePerHour;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice, long contractId, long certificateId, BigDecimal hours, BigDecimal pricePerHour, BigDecimal amount) {
        this.invoice = invoice;
        this.contractId = contractId;
        this.certificateId = certificateId;
        this.hours = hours;
        this.pricePerHour = pricePerHour;
        this.amount = amount;
    }

    @Override
    public String columnPath() {
        return "lines[" + contractId + "]";
    }

    public Long getId() {
        return id;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public long getContractId() {
        return contractId;
    }

    public long getCertificateId() {
        return certificateId;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public BigDecimal getPricePerHour() {
        return pricePerHour;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
