package ru.socorder.model.registry;

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
import ru.socorder.model.catalog.SocialService;

/**
 * Нормативные затраты на единицу объёма услуги (e.g. one человеко-час) in a year, with the territorial and sectoral
 * coefficients. The service belongs to a territory, so this is the normative of a service, territory and year.
 */
@Entity
@Table(name = "service_normative")
public class ServiceNormative {
    /** Normative costs and prices per unit keep six decimals; only legal totals are rounded to kopecks. */
    public static final int UNIT_SCALE = 6;

    @Id
    @SequenceGenerator(name = "service_normative_seq", sequenceName = "service_normative_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_normative_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private SocialService service;

    @Column(name = "normative_year", nullable = false)
    private int year;

    @Column(name = "base_cost", nullable = false, precision = 19, scale = 6)
    private BigDecimal baseCost;

    @Column(name = "territorial_coefficient", nullable = false, precision = 9, scale = 4)
    private BigDecimal territorialCoefficient = BigDecimal.ONE;

    @Column(name = "sectoral_coefficient", nullable = false, precision = 9, scale = 4)
    private BigDecimal sectoralCoefficient = BigDecimal.ONE;

    protected ServiceNormative() {
    }

    public ServiceNormative(SocialService service, int year, BigDecimal baseCost, BigDecimal territorialCoefficient,
                            BigDecimal sectoralCoefficient) {
        this.service = service;
        this.year = year;
        this.baseCost = baseCost;
        this.territorialCoefficient = territorialCoefficient;
        this.sectoralCoefficient = sectoralCoefficient;
    }

    /** The cost of one unit: base × territorial × sectoral coefficient, six decimals, half-up. */
    public BigDecimal unitCost() {
        return baseCost.multiply(territorialCoefficient).multiply(sectoralCoefficient).setScale(UNIT_SCALE, RoundingMode.HALF_UP);
    }

    /** New figures for the same service and year (programmes certified before keep the price they were given). */
    public void change(BigDecimal baseCost, BigDecimal territorialCoefficient, BigDecimal sectoralCoefficient) {
        this.baseCost = baseCost;
        this.territorialCoefficient = territorialCoefficient;
        this.sectoralCoefficient = sectoralCoefficient;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public SocialService getService() {
        return service;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getBaseCost() {
        return baseCost;
    }

    public BigDecimal getTerritorialCoefficient() {
        return territorialCoefficient;
    }

    public BigDecimal getSectoralCoefficient() {
        return sectoralCoefficient;
    }
}
