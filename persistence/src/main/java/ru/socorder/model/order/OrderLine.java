package ru.socorder.model.order;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.common.ColumnPath;

/**
 * A line of the order: a service, where and from which year executors are determined, the volume per year. A service
 * has one line per order version; saving a draft updates the line in place, so its id stays while the draft is edited,
 * and order family + service names "this service in this order" across versions.
 */
@Entity
@Table(name = "order_line")
public class OrderLine implements ColumnPath {
    @Id
    @SequenceGenerator(name = "order_line_seq", sequenceName = "order_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private SocialOrder order;

    @Column(nullable = false)
    private int position;

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private SocialService service;

    @Column(name = "determination_year")
    private Integer determinationYear;

    @Column(name = "place", length = 1000)
    private String place;

    @Column(name = "volume_indicator", length = 1000)
    private String volumeIndicator;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private MeasurementUnit unit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line_year", joinColumns = @JoinColumn(name = "line_id"))
    @OrderBy("year")
    private List<OrderLineYear> years = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line_quality", joinColumns = @JoinColumn(name = "line_id"))
    @OrderBy("year")
    private List<OrderQuality> quality = new ArrayList<>();

    @Column(name = "standard_act", length = 2000)
    private String standardAct;

    protected OrderLine() {
    }

    public OrderLine(SocialOrder order, int position, SocialService service) {
        this.order = order;
        this.position = position;
        this.service = service;
    }

    public Long getId() {
        return id;
    }

    public SocialOrder getOrder() {
        return order;
    }

    public int getPosition() {
        return position;
    }

    /** Where the line stands when the order is saved again (the line keeps its identity). */
    public void setPosition(int position) {
        this.position = position;
    }

    public SocialService getService() {
        return service;
    }

    public Integer getDeterminationYear() {
        return determinationYear;
    }

    public void setDeterminationYear(Integer determinationYear) {
        this.determinationYear = determinationYear;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getVolumeIndicator() {
        return volumeIndicator;
    }

    public void setVolumeIndicator(String volumeIndicator) {
        this.volumeIndicator = volumeIndicator;
    }

    public MeasurementUnit getUnit() {
        return unit;
    }

    public void setUnit(MeasurementUnit unit) {
        this.unit = unit;
    }

    public List<OrderLineYear> getYears() {
        return years;
    }

    /** Quality indicators per year (value and permitted deviation). */
    public List<OrderQuality> getQuality() {
        return quality;
    }

    /** The act that sets the standard (procedure) of provision of the service (раздел IV). */
    public String getStandardAct() {
        return standardAct;
    }

    public void setStandardAct(String standardAct) {
        this.standardAct = standardAct;
    }

    /** Where the line stands in the order as entered: {@code lines[2]}. */
    @Override
    public String columnPath() {
        return "lines[" + position + "]";
    }
}
