package ru.socorder.model.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A volume or quality indicator of a service: name and unit. */
@Embeddable
public class ServiceIndicator {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private IndicatorKind kind;

    @Column(nullable = false, length = 1000)
    private String name;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private MeasurementUnit unit;

    protected ServiceIndicator() {
    }

    public ServiceIndicator(IndicatorKind kind, String name, MeasurementUnit unit) {
        this.kind = kind;
        this.name = name;
        this.unit = unit;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public MeasurementUnit getUnit() {
        return unit;
    }
}
