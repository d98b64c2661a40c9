package ru.socorder.model.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;

/** An actual value of an indicator for a year, with the date it was recorded and its source. */
@Embeddable
public class IndicatorActual implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(name = "value_text", nullable = false, length = 500)
    private String value;

    @Column(name = "recorded_on")
    private LocalDate recordedOn;

    @Column(length = 1000)
    private String source;

    protected IndicatorActual() {
    }

    public IndicatorActual(int year, String value, LocalDate recordedOn, String source) {
        this.year = year;
        this.value = value;
        this.recordedOn = recordedOn;
        this.source = source;
    }

    public int getYear() {
        return year;
    }

    public String getValue() {
        return value;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public String getSource() {
        return source;
    }
}
