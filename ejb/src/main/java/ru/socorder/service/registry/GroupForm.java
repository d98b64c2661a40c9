package ru.socorder.service.registry;

import java.io.Serializable;
import java.time.LocalDate;

/** A group of a programme as entered: name, dates, capacity, schedule text. */
public class GroupForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer capacity;
    private String schedule;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }
}
