package ru.socorder.service.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import ru.socorder.model.calendar.DayKind;

/** A day of the production calendar as entered on the screen or sent to the API: date, kind and the act that moved it. */
public class DayForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private DayKind kind;
    private String basis;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }
}
