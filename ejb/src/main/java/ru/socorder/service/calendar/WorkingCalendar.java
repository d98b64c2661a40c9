package ru.socorder.service.calendar;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.socorder.model.calendar.DayKind;
import ru.socorder.model.calendar.WorkingCalendarDay;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.Rights;

/**
 * «Производственный календарь»: the days the Government's yearly decree moves, per year — read by every logged-in
 * user, kept by the administrator (an admin reference, {@link Rights}). A day is refused when it would not change the
 * calendar ({@link WorkingDays#refusal}) or its date already has one. Every change is audited and, once committed,
 * makes {@link ProductionCalendar} read the days again, so due dates and pay days follow at once.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class WorkingCalendar {
    /** The years a calendar may be kept for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    private static final Map<String, String> DUPLICATES = Map.of("uk_working_calendar_day",
            "На эту дату уже внесено исключение: измените его");

    /** A stored day: date, kind (with its Russian label) and basis. */
    public record Day(long id, long version, LocalDate date, DayKind kind, String kindLabel, String basis) implements Serializable {
    }

    /** Working days of a month in the calendar. */
    public record MonthCount(YearMonth month, int workingDays) implements Serializable {
    }

    /** A year of the calendar: its stored days by date and the working days of each month. */
    public record Year(int year, List<Day> days, List<MonthCount> months) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AuditLog audit;

    @EJB
    private ProductionCalendar calendar;

    @Inject
    private Event<CalendarChanged> changed;

    /** The year's days and the working days per month (with the days as stored now). */
    public Year year(int year) {
        currentUser.get().require(Rights.Action.READ, WorkingCalendarDay.class);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ValidationFailed("year", "Укажите год от " + FIRST_YEAR + " до " + LAST_YEAR);
        }
        List<Day> days = em.createQuery("select d from WorkingCalendarDay d where d.date between :from and :to order by d.date",
                        WorkingCalendarDay.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultStream().map(WorkingCalendar::day).toList();
        WorkingDays all = calendar.days();
        List<MonthCount> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            months.add(new MonthCount(month, all.count(month)));
        }
        return new Year(year, days, months);
    }

    public Day get(long id) {
        currentUser.get().require(Rights.Action.READ, WorkingCalendarDay.class);
        return day(find(id));
    }

    public Day add(DayForm form) {
        currentUser.get().require(Rights.Action.CREATE, WorkingCalendarDay.class);
        String basis = check(form, null);
        WorkingCalendarDay d = new WorkingCalendarDay(form.getDate(), form.getKind(), basis);
        em.persist(d);
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.WORKING_CALENDAR_DAY_ADDED, RecordKind.WORKING_CALENDAR, d.getId(), describe(d));
        changed.fire(new CalendarChanged(d.getDate().getYear()));
        return day(d);
    }

    public Day change(long id, long version, DayForm form) {
        currentUser.get().require(Rights.Action.EDIT, WorkingCalendarDay.class);
        WorkingCalendarDay d = find(id);
        if (d.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        String basis = check(form, id);
        String before = describe(d);
        em.lock(d, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        d.change(form.getDate(), form.getKind(), basis);
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.WORKING_CALENDAR_DAY_CHANGED, RecordKind.WORKING_CALENDAR, d.getId(), before + " → " + describe(d));
        changed.fire(new CalendarChanged(d.getDate().getYear()));
        return day(d);
    }

    public void delete(long id) {
        currentUser.get().require(Rights.Action.DELETE, WorkingCalendarDay.class);
        WorkingCalendarDay d = find(id);
        em.remove(d);
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.WORKING_CALENDAR_DAY_DELETED, RecordKind.WORKING_CALENDAR, id, describe(d));
        changed.fire(new CalendarChanged(d.getDate().getYear()));
    }

    /** Refuses a form that would not change the calendar; answers the basis cleaned (null when blank). */
    private String check(DayForm form, Long id) {
        if (form == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = form.getDate();
        if (date == null || date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            errors.add(new FieldError("date", "Укажите дату с " + FIRST_YEAR + " по " + LAST_YEAR + " год"));
        } else if (taken(date, id)) {
            errors.add(new FieldError("date", "На " + RussianText.date(date) + " исключение уже внесено: измените его"));
        }
        if (form.getKind() == null) {
            errors.add(new FieldError("kind", "Укажите, каким становится день: нерабочим или рабочим"));
        } else if (date != null && WorkingDays.refusal(date, form.getKind()) != null) {
            errors.add(new FieldError("kind", RussianText.date(date) + ": " + WorkingDays.refusal(date, form.getKind())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        String basis = form.getBasis() == null ? null : form.getBasis().strip();
        return basis == null || basis.isEmpty() ? null : basis;
    }

    private boolean taken(LocalDate date, Long id) {
        return !em.createQuery("select d.id from WorkingCalendarDay d where d.date = :date and d.id <> :id", Long.class)
                .setParameter("date", date).setParameter("id", id == null ? -1L : id).getResultList().isEmpty();
    }

    private WorkingCalendarDay find(long id) {
        WorkingCalendarDay d = em.find(WorkingCalendarDay.class, id);
        if (d == null) {
            throw new NotFound("День производственного календаря не найден");
        }
        return d;
    }

    private static Day day(WorkingCalendarDay d) {
        return new Day(d.getId(), d.getVersion(), d.getDate(), d.getKind(), d.getKind().label(), d.getBasis());
    }

    private static String describe(WorkingCalendarDay d) {
        return RussianText.date(d.getDate()) + " — " + d.getKind().label() + (d.getBasis() == null ? "" : " (" + d.getBasis() + ")");
    }
}
