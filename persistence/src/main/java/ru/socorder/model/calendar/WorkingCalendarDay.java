package ru.socorder.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A day of the production calendar (производственный календарь) that the Government's yearly decree moves: a day off
 * on a day the Labour Code's rule says is working, or a working day on a day it says is off — with the act that moved
 * it. One per date; the administrator keeps them.
 */
@Entity
@Table(name = "working_calendar_day")
public class WorkingCalendarDay {
    @Id
    @SequenceGenerator(name = "working_calendar_day_seq", sequenceName = "working_calendar_day_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "working_calendar_day_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "calendar_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DayKind kind;

    @Column(length = 500)
    private String basis;

    protected WorkingCalendarDay() {
    }

    public WorkingCalendarDay(LocalDate date, DayKind kind, String basis) {
        this.date = date;
        this.kind = kind;
        this.basis = basis;
    }

    public void change(LocalDate date, DayKind kind, String basis) {
        this.date = date;
        this.kind = kind;
        this.basis = basis;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public LocalDate getDate() {
        return date;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getBasis() {
        return basis;
    }
}
