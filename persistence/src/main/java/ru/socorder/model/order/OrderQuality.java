package ru.socorder.model.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.math.BigDecimal;
import ru.socorder.model.catalog.MeasurementUnit;

/**
 * A quality indicator of an order line in one year (раздел III of the form): the indicator, its value and the
 * permitted deviation, either in per cent of the value or in the indicator's own unit.
 */
@Embeddable
public class OrderQuality implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "order_year", nullable = false)
    private int year;

    @Column(name = "indicator", nullable = false, length = 1000)
    private String indicator;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private MeasurementUnit unit;

    @Column(name = "indicator_value", precision = 19, scale = 4)
    private BigDecimal value;

    @Column(name = "deviation", precision = 19, scale = 4)
    private BigDecimal deviation;

    @Column(name = "deviation_percent", nullable = false)
    private boolean deviationInPercent;

    protected OrderQuality() {
    }

    public OrderQuality(int year, String indicator, MeasurementUnit unit, BigDecimal value, BigDecimal deviation,
                        boolean deviationInPercent) {
        this.year = year;
        this.indicator = indicator;
        this.unit = unit;
        this.value = value;
        this.deviation = deviation;
        this.deviationInPercent = deviationInPercent;
    }

    public int getYear() {
        return year;
    }

    public String getIndicator() {
        return indicator;
    }

    public MeasurementUnit getUnit() {
        return unit;
    }

    public BigDecimal getValue() {
        return value;
    }

    public BigDecimal getDeviation() {
        return deviation;
    }

    public boolean isDeviationInPercent() {
        return deviationInPercent;
    }
}
