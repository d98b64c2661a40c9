package ru.socorder.web.order;

import java.io.Serializable;
import java.math.BigDecimal;

/** A quality indicator of a line in a year, as edited. */
public class QualityRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LineEdit line;
    private final int year;
    private final String indicator;
    private final String unitCode;
    private BigDecimal value;
    private BigDecimal deviation;
    private boolean percent;

    QualityRow(LineEdit line, int year, String indicator, String unitCode, BigDecimal value, BigDecimal deviation, boolean percent) {
        this.line = line;
        this.year = year;
        this.indicator = indicator;
        this.unitCode = unitCode;
        this.value = value;
        this.deviation = deviation;
        this.percent = percent;
    }

    String unitCode() {
        return unitCode;
    }

    public LineEdit getLine() {
        return line;
    }

    public int getYear() {
        return year;
    }

    public String getIndicator() {
        return indicator;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public BigDecimal getDeviation() {
        return deviation;
    }

    public void setDeviation(BigDecimal deviation) {
        this.deviation = deviation;
    }

    public boolean isPercent() {
        return percent;
    }

    public void setPercent(boolean percent) {
        this.percent = percent;
    }
}
