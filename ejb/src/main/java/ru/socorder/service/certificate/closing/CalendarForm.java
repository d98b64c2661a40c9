package ru.socorder.service.certificate.closing;

import java.io.Serializable;
import java.time.LocalDate;

/** The closing calendar as saved from the screen or the API ({@code version}: 0 for a first save). */
public class CalendarForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private LocalDate stopDate;
    private LocalDate closingDate;
    private Long version;

    public LocalDate getStopDate() {
        return stopDate;
    }

    public void setStopDate(LocalDate stopDate) {
        this.stopDate = stopDate;
    }

    public LocalDate getClosingDate() {
        return closingDate;
    }

    public void setClosingDate(LocalDate closingDate) {
        this.closingDate = closingDate;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
