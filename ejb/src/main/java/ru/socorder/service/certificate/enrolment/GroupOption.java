package ru.socorder.service.certificate.enrolment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A programme group a certificate may be used for, as the clerk's picker lists it. */
public record GroupOption(long id, String programmeName, String groupName, String executorName, LocalDate startsOn, LocalDate endsOn,
                          int freePlaces, BigDecimal price) implements Serializable {

    /** One line of the picker. */
    public String label() {
        return programmeName + " — " + groupName + " (" + executorName + "), с " + ru.socorder.model.common.RussianText.date(startsOn)
                + ", свободно мест: " + freePlaces;
    }
}
