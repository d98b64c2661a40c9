package ru.socorder.model.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.identifier.RegistryNumber;

/**
 * A service of the all-Russian basic or a regional list as used in one territory, identified by its registry
 * number (unique within the territory).
 */
@Entity
@Table(name = "social_service", uniqueConstraints = @UniqueConstraint(name = "uk_service_territory_number",
        columnNames = {"territory_id", "registry_number"}))
public class SocialService {
    @Id
    @SequenceGenerator(name = "social_service_seq", sequenceName = "social_service_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_service_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "registry_number", nullable = false, length = 21)
    private RegistryNumber registryNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id", nullable = false)
    private Territory territory;

    @Column(nullable = false, length = 1000)
    private String name;

    /** содержание (направленность) */
    @Column(length = 1000)
    private String content;

    /** условия (формы) оказания */
    @Column(length = 500)
    private String conditions;

    @Column(name = "consumer_category", length = 1000)
    private String consumerCategory;

    @ManyToOne
    @JoinColumn(name = "direction_id")
    private ActivityDirection direction;

    /** нормативные затраты на единицу объема, руб. (kept with 4+ decimals) */
    @Column(name = "normative_cost", precision = 19, scale = 6)
    private BigDecimal normativeCost;

    @Column(name = "licence_required", nullable = false)
    private boolean licenceRequired;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ElementCollection
    @CollectionTable(name = "service_indicator", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    private List<ServiceIndicator> indicators = new ArrayList<>();

    protected SocialService() {
    }

    public SocialService(RegistryNumber registryNumber, Territory territory, String name) {
        this.registryNumber = registryNumber;
        this.territory = territory;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public RegistryNumber getRegistryNumber() {
        return registryNumber;
    }

    public void setRegistryNumber(RegistryNumber registryNumber) {
        this.registryNumber = registryNumber;
    }

    public Territory getTerritory() {
        return territory;
    }

    public void setTerritory(Territory territory) {
        this.territory = territory;
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

    public ActivityDirection getDirection() {
        return direction;
    }

    public void setDirection(ActivityDirection direction) {
        this.direction = direction;
    }

    public BigDecimal getNormativeCost() {
        return normativeCost;
    }

    public void setNormativeCost(BigDecimal normativeCost) {
        this.normativeCost = normativeCost;
    }

    public boolean isLicenceRequired() {
        return licenceRequired;
    }

    public void setLicenceRequired(boolean licenceRequired) {
        this.licenceRequired = licenceRequired;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public List<ServiceIndicator> getIndicators() {
        return indicators;
    }
}
