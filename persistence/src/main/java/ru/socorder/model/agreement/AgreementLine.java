package ru.socorder.model.agreement;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.common.ColumnPath;

/**
 * Объём услуги на год in an agreement: the volume (units of the service — человеко-часы for certificates, 2 decimals),
 * the price per unit (6 decimals, the normative) and the amount = volume × price rounded to kopecks half-up once.
 */
@Entity
@Table(name = "agreement_line")
public class AgreementLine implements ColumnPath {
    /** Volumes keep two decimals. */
    public static final int VOLUME_SCALE = 2;
    /** Prices per unit keep six decimals, as the normative costs they come from. */
    public static final int PRICE_SCALE = 6;

    @Id
    @SequenceGenerator(name = "agreement_line_seq", sequenceName = "agreement_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_line_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    /** 1-based position in the agreement. */
    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private SocialService service;

    @Column(name = "line_year", nullable = false)
    private int year;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal volume;

    @Column(name = "price_per_unit", nullable = false, precision = 19, scale = 6)
    private BigDecimal pricePerUnit;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    protected AgreementLine() {
    }

    AgreementLine(Agreement agreement, int lineNo, SocialService service, int year, BigDecimal volume, BigDecimal pricePerUnit) {
        this.agreement = agreement;
        this.lineNo = lineNo;
        this.service = Objects.requireNonNull(service, "service");
        this.year = year;
        change(volume, pricePerUnit);
    }

    /** The amount a volume costs at a price: volume × price, rounded to kopecks half-up once (never the rounded factors). */
    public static BigDecimal amountOf(BigDecimal volume, BigDecimal pricePerUnit) {
        return volume.multiply(pricePerUnit).setScale(2, RoundingMode.HALF_UP);
    }

    /** Sets the volume and price; refuses a negative volume or a price that is not positive. */
    void change(BigDecimal volume, BigDecimal pricePerUnit) {
        if (volume == null || volume.signum() < 0) {
            throw new IllegalArgumentException("volume must not be negative");
        }
        if (pricePerUnit == null || pricePerUnit.signum() <= 0) {
            throw new IllegalArgumentException("price per unit must be positive");
        }
        this.volume = volume.setScale(VOLUME_SCALE, RoundingMode.HALF_UP);
        this.pricePerUnit = pricePerUnit.setScale(PRICE_SCALE, RoundingMode.HALF_UP);
        this.amount = amountOf(this.volume, this.pricePerUnit);
    }

    void renumber(int lineNo) {
        this.lineNo = lineNo;
    }

    /** Whether this line is for the service and year. */
    public boolean isFor(long serviceId, int year) {
        return this.year == year && service.getId() != null && service.getId() == serviceId;
    }

    @Override
    public String columnPath() {
        return "lines[" + lineNo + "]";
    }

    public Long getId() {
        return id;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public int getLineNo() {
        return lineNo;
    }

    public SocialService getService() {
        return service;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getVolume() {
        return volume;
    }

    public BigDecimal getPricePerUnit() {
        return pricePerUnit;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
