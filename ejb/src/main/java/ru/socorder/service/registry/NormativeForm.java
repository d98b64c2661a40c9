package ru.socorder.service.registry;

import java.io.Serializable;
import java.math.BigDecimal;

/** Normative costs of a unit of a service in a year as entered: base cost and the two coefficients (1 when none). */
public class NormativeForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long serviceId;
    private Integer year;
    private BigDecimal baseCost;
    private BigDecimal territorialCoefficient;
    private BigDecimal sectoralCoefficient;

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public BigDecimal getBaseCost() {
        return baseCost;
    }

    public void setBaseCost(BigDecimal baseCost) {
        this.baseCost = baseCost;
    }

    public BigDecimal getTerritorialCoefficient() {
        return territorialCoefficient;
    }

    public void setTerritorialCoefficient(BigDecimal territorialCoefficient) {
        this.territorialCoefficient = territorialCoefficient;
    }

    public BigDecimal getSectoralCoefficient() {
        return sectoralCoefficient;
    }

    public void setSectoralCoefficient(BigDecimal sectoralCoefficient) {
        this.sectoralCoefficient = sectoralCoefficient;
    }
}
