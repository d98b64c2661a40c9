package ru.socorder.service.certificate.closing;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import ru.socorder.model.certificate.ClosingStatus;

/**
 * The closing of a territory and year as the screen and the API show it: the calendar (the defaults until it is
 * saved), the state of the run with its progress, who ran it and when, and what it decided.
 *
 * @param saved        whether the territory has its calendar (only a saved calendar stops issuing and may be run)
 * @param version      the calendar's version for a change (0 until saved)
 * @param running      whether a run is under way on this server
 * @param completed    contracts completed within the year
 * @param continued    contracts continued into the next year
 * @param notContinued contracts of multi-year programmes that could not continue
 */
public record ClosingView(long territoryId, String territoryName, int year, LocalDate stopDate, LocalDate closingDate, boolean saved,
                          long version, ClosingStatus status, boolean running, Instant startedAt, Instant finishedAt, String runBy,
                          int total, int processed, long completed, long continued, long notContinued, boolean stopped)
        implements Serializable {
    public String statusLabel() {
        return status.label();
    }
}
