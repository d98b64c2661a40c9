package ru.socorder.model.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A group of a programme: dates, capacity, places taken, schedule as text. A place is taken when the executor confirms
 * an enrolment and given back when the contract ends early; the database refuses more places taken than the capacity,
 * and the version makes two confirmations racing for the last place conflict.
 */
@Entity
@Table(name = "programme_group")
public class ProgrammeGroup {
    @Id
    @SequenceGenerator(name = "programme_group_seq", sequenceName = "programme_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_group_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private int taken;

    @Column(length = 2000)
    private String schedule;

    protected ProgrammeGroup() {
    }

    public ProgrammeGroup(Programme programme, String name, LocalDate startsOn, LocalDate endsOn, int capacity) {
        this.programme = programme;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.capacity = capacity;
    }

    public int getFreePlaces() {
        return capacity - taken;
    }

    /** Takes a place; false (nothing changed) when the group is full. */
    public boolean take() {
        if (taken >= capacity) {
            return false;
        }
        taken++;
        return true;
    }

    /** Gives a place back. */
    public void free() {
        if (taken == 0) {
            throw new IllegalStateException("no place of the group is taken");
        }
        taken--;
    }

    /** A new capacity; never below the places already taken (false, nothing changed). */
    public boolean resize(int newCapacity) {
        if (newCapacity < Math.max(taken, 1)) {
            return false;
        }
        capacity = newCapacity;
        return true;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    /** New dates; false (nothing changed) when the end is before the start. */
    public boolean reschedule(LocalDate starts, LocalDate ends) {
        if (ends.isBefore(starts)) {
            return false;
        }
        startsOn = starts;
        endsOn = ends;
        return true;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getTaken() {
        return taken;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }
}
