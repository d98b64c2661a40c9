package ru.socorder.service.catalog;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.catalog.ServiceIndicator;
import ru.socorder.model.catalog.SocialService;

/**
 * A service as entered on the screen, in the API or in an import row. The registry number is raw text; lookalike
 * characters are corrected by {@link ServiceRules}, which reports what it corrected.
 */
public class ServiceDraft implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long id;
    private Long version;
    private String registryNumber;
    private Long territoryId;
    private String name;
    private String content;
    private String conditions;
    private String consumerCategory;
    private Long directionId;
    private java.math.BigDecimal normativeCost;
    private boolean licenceRequired;
    private java.time.LocalDate validFrom;
    private java.time.LocalDate validTo;
    private List<IndicatorDraft> indicators = new ArrayList<>();

    /** A volume or quality indicator: kind VOLUME/QUALITY, name, ОКЕИ code of the unit. */
    public static class IndicatorDraft implements Serializable {
        private static final long serialVersionUID = 1L;
        private String kind;
        private String name;
        private String unitCode;

        public IndicatorDraft() {
        }

        public IndicatorDraft(String kind, String name, String unitCode) {
            this.kind = kind;
            this.name = name;
            this.unitCode = unitCode;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getUnitCode() {
            return unitCode;
        }

        public void setUnitCode(String unitCode) {
            this.unitCode = unitCode;
        }
    }

    public static ServiceDraft of(SocialService s) {
        ServiceDraft d = new ServiceDraft();
        d.id = s.getId();
        d.version = s.getVersion();
        d.registryNumber = s.getRegistryNumber().formatted();
        d.territoryId = s.getTerritory().getId();
        d.name = s.getName();
        d.content = s.getContent();
        d.conditions = s.getConditions();
        d.consumerCategory = s.getConsumerCategory();
        d.directionId = s.getDirection() == null ? null : s.getDirection().getId();
        d.normativeCost = s.getNormativeCost();
        d.licenceRequired = s.isLicenceRequired();
        d.validFrom = s.getValidFrom();
        d.validTo = s.getValidTo();
        for (ServiceIndicator i : s.getIndicators()) {
            d.indicators.add(new IndicatorDraft(i.getKind().name(), i.getName(), i.getUnit() == null ? null : i.getUnit().getCode()));
        }
        return d;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getRegistryNumber() {
        return registryNumber;
    }

    public void setRegistryNumber(String registryNumber) {
        this.registryNumber = registryNumber;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getConsumerCategory() {
        return consumerCategory;
    }

    public void setConsumerCategory(String consumerCategory) {
        this.consumerCategory = consumerCategory;
    }

    public Long getDirectionId() {
        return directionId;
    }

    public void setDirectionId(Long directionId) {
        this.directionId = directionId;
    }

    public java.math.BigDecimal getNormativeCost() {
        return normativeCost;
    }

    public void setNormativeCost(java.math.BigDecimal normativeCost) {
        this.normativeCost = normativeCost;
    }

    public boolean isLicenceRequired() {
        return licenceRequired;
    }

    public void setLicenceRequired(boolean licenceRequired) {
        this.licenceRequired = licenceRequired;
    }

    public java.time.LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(java.time.LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public java.time.LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(java.time.LocalDate validTo) {
        this.validTo = validTo;
    }

    public List<IndicatorDraft> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<IndicatorDraft> indicators) {
        this.indicators = indicators;
    }
}
