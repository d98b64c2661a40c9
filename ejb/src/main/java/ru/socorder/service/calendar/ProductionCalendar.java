package ru.socorder.service.calendar;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import ru.socorder.model.calendar.DayKind;

/**
 * The production calendar every area computes working days with ({@link WorkingDays}: the Labour Code's rule and the
 * stored exceptions of {@code working_calendar_day}). The exceptions are read once and kept; a change committed by
 * {@link WorkingCalendar} ({@link CalendarChanged}, after the commit) drops them, so the next call reads them again.
 * Reads run outside the caller's transaction, so nothing uncommitted is ever kept. What is kept is also read again after
 * {@link #KEPT_MS} (another server of a cluster may have changed the days; the printed-form templates are kept the same way).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProductionCalendar {
    @PersistenceContext
    private EntityManager em;

    /** How long the exceptions are kept without a change seen here. */
    static final long KEPT_MS = 60_000;

    private final Object lock = new Object();
    private WorkingDays days;
    private long readAt;
    /** Counts the changes, so a read that raced a change is not kept. */
    private long generation;

    /** The calendar with the stored exceptions. */
    public WorkingDays days() {
        long seen;
        synchronized (lock) {
            if (days != null && System.currentTimeMillis() - readAt < KEPT_MS) {
                return days;
            }
            seen = generation;
        }
        Map<LocalDate, DayKind> exceptions = new HashMap<>();
        for (Object[] row : em.createQuery("select d.date, d.kind from WorkingCalendarDay d", Object[].class).getResultList()) {
            exceptions.put((LocalDate) row[0], (DayKind) row[1]);
        }
        WorkingDays read = new WorkingDays(exceptions);
        synchronized (lock) {
            if (generation == seen) {
                days = read;
                readAt = System.currentTimeMillis();
            }
        }
        return read;
    }

    /** Drops the kept exceptions once a change is committed. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        synchronized (lock) {
            generation++;
            days = null;
        }
    }
}
