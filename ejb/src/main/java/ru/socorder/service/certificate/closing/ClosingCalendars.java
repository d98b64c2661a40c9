package ru.socorder.service.certificate.closing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.ClosingCalendar;
import ru.socorder.service.certificate.NearestTerritory;
import ru.socorder.service.common.Conflict;

/**
 * Reads the closing calendars for the paths that issue certificates and conclude contracts (a control: no rights of
 * its own). A territory's calendar is its own or that of the nearest territory above it, as with certificate terms;
 * without any there is no stop date.
 */
@Stateless
public class ClosingCalendars {
    @PersistenceContext
    private EntityManager em;

    /** The calendar of the territory (or the nearest above it) for the year, or null. */
    public ClosingCalendar of(Territory territory, int year) {
        return NearestTerritory.find(em, ClosingCalendar.class, territory, year);
    }

    /** Whether certificates and contracts of the year are no longer issued in the territory on the date. */
    public boolean stopped(Territory territory, int year, LocalDate today) {
        ClosingCalendar c = of(territory, year);
        return c != null && c.stoppedOn(today);
    }

    /**
     * Refuses a new contract on a certificate of a year whose issuance stopped (confirming an enrolment, a change of
     * executor): 409 with the code {@value ClosingRules#CODE}.
     */
    public void requireOpen(Certificate certificate, LocalDate today) {
        ClosingCalendar c = of(certificate.getAuthority().getTerritory(), certificate.getYear());
        if (c != null && c.stoppedOn(today)) {
            throw Conflict.coded(ClosingRules.CODE, "Идёт закрытие года", ClosingRules.contractsStopped(c.getYear(), c.getStopDate()));
        }
    }

}
