package ru.socorder.model.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import ru.socorder.model.catalog.Territory;

/**
 * The closing calendar of a territory for a year and the state of its year-end run (закрытие года): from the stop
 * date no new certificates and no new contracts of the closing year; after the closing date the year end releases
 * what contracts did not consume, lets the certificates' balances expire and continues the contracts of multi-year
 * programmes into the next year. How many units the run planned, who ran it and when are kept here (its progress is its job's). A
 * territory without a calendar has no stop date; the calendar of the nearest territory above applies.
 */
@Entity
@Table(name = "year_closing")
public class ClosingCalendar {
    /** The usual stop date: 15 December. */
    public static final MonthDay DEFAULT_STOP = MonthDay.of(12, 15);
    /** The usual closing date: 31 December. */
    public static final MonthDay DEFAULT_CLOSING = MonthDay.of(12, 31);

    @Id
    @SequenceGenerator(name = "year_closing_seq", sequenceName = "year_closing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "year_closing_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id", nullable = false)
    private Territory territory;

    @Column(name = "closing_year", nullable = false)
    private int year;

    @Column(name = "stop_date", nullable = false)
    private LocalDate stopDate;

    @Column(name = "closing_date", nullable = false)
    private LocalDate closingDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClosingStatus status = ClosingStatus.NOT_STARTED;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "run_by", length = 100)
    private String runBy;

    @Column(nullable = false)
    private int total;

    @Column(name = "job_id")
    private Long jobId;

    protected ClosingCalendar() {
    }

    public ClosingCalendar(Territory territory, int year, LocalDate stopDate, LocalDate closingDate) {
        this.territory = territory;
        this.year = year;
        this.stopDate = stopDate;
        this.closingDate = closingDate;
    }

    /** Changed dates (the territory and year stay). */
    public void reschedule(LocalDate stop, LocalDate closing) {
        this.stopDate = stop;
        this.closingDate = closing;
    }

    /** Whether new certificates and contracts of the year are refused on the date. */
    public boolean stoppedOn(LocalDate date) {
        return !date.isBefore(stopDate);
    }

    /** Whether the year end is due on the date (the closing date has passed) and not done. */
    public boolean dueOn(LocalDate date) {
        return date.isAfter(closingDate) && status != ClosingStatus.CLOSED;
    }

    /** A run starts: {@code total} units to do, written by the job {@code job}. */
    public void start(String by, Instant at, int units, long job) {
        status = ClosingStatus.IN_PROGRESS;
        runBy = by;
        startedAt = at;
        finishedAt = null;
        total = units;
        jobId = job;
    }

    /** The job of the latest run (null before the first). */
    public Long getJobId() {
        return jobId;
    }

    public void finish(Instant at) {
        status = ClosingStatus.CLOSED;
        finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Territory getTerritory() {
        return territory;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getStopDate() {
        return stopDate;
    }

    public LocalDate getClosingDate() {
        return closingDate;
    }

    public ClosingStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getRunBy() {
        return runBy;
    }

    public int getTotal() {
        return total;
    }
}
