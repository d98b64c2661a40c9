package ru.socorder.model.decision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An efficiency indicator (показатель / индикатор): type, text, value domain, base and target values with years,
 * actual values per year; «из них» rows point to their parent.
 */
@Entity
@Table(name = "efficiency_indicator")
public class EfficiencyIndicator {
    @Id
    @SequenceGenerator(name = "efficiency_indicator_seq", sequenceName = "efficiency_indicator_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "efficiency_indicator_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id", nullable = false)
    private EfficiencyGoal goal;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private EfficiencyIndicator parent;

    @Enumerated(EnumType.STRING)
    @Column(name = "indicator_type", length = 20)
    private IndicatorType type;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(length = 100)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false, length = 20)
    private IndicatorValueType valueType;

    @Column(name = "base_value", length = 500)
    private String baseValue;

    @Column(name = "base_year")
    private Integer baseYear;

    @Column(name = "target_value", length = 500)
    private String targetValue;

    @Column(name = "target_year")
    private Integer targetYear;

    @Column(length = 1000)
    private String responsible;

    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_actual", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderBy("year")
    private List<IndicatorActual> actuals = new ArrayList<>();

    protected EfficiencyIndicator() {
    }

    public EfficiencyIndicator(EfficiencyGoal goal, EfficiencyIndicator parent, IndicatorType type, String text,
                               IndicatorValueType valueType, int position) {
        this.goal = goal;
        this.parent = parent;
        this.type = type;
        this.text = text;
        this.valueType = valueType;
        this.position = position;
    }

    /** The latest actual value, if any. */
    public Optional<IndicatorActual> latestActual() {
        return actuals.stream().max(Comparator.comparingInt(IndicatorActual::getYear));
    }

    /** Records (or replaces) the actual value of a year. */
    public void recordActual(IndicatorActual actual) {
        actuals.removeIf(a -> a.getYear() == actual.getYear());
        actuals.add(actual);
        actuals.sort(Comparator.comparingInt(IndicatorActual::getYear));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public EfficiencyGoal getGoal() {
        return goal;
    }

    public EfficiencyIndicator getParent() {
        return parent;
    }

    public IndicatorType getType() {
        return type;
    }

    public String getText() {
        return text;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public IndicatorValueType getValueType() {
        return valueType;
    }

    public String getBaseValue() {
        return baseValue;
    }

    public Integer getBaseYear() {
        return baseYear;
    }

    public void setBase(String value, Integer year) {
        this.baseValue = value;
        this.baseYear = year;
    }

    public String getTargetValue() {
        return targetValue;
    }

    public Integer getTargetYear() {
        return targetYear;
    }

    public void setTarget(String value, Integer year) {
        this.targetValue = value;
        this.targetYear = year;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public int getPosition() {
        return position;
    }

    public List<IndicatorActual> getActuals() {
        return actuals;
    }
}
