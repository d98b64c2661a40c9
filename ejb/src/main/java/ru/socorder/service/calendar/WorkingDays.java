package ru.socorder.service.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ru.socorder.model.calendar.DayKind;

/**
 * The production calendar (производственный календарь) of the Russian Federation: the Labour Code's rule (ТК РФ
 * ст. 111, 112) with the days the Government's yearly decree moves as exceptions.
 * <ul>
 * <li>Saturdays and Sundays are days off;</li>
 * <li>the non-working public holidays: 1–6 and 8 January (новогодние каникулы) and 7 January (Рождество),
 * 23 February, 8 March, 1 May, 9 May, 12 June, 4 November;</li>
 * <li>a holiday that falls on a Saturday or a Sunday moves the day off to the next working day after it (ст. 112
 * ч. 2) — except the January holidays, whose coinciding days off the decree moves;</li>
 * <li>the exceptions — the decree's transfers — override the rule per date: a day off on a day the rule says is
 * working ({@link DayKind#NON_WORKING}), a working day on a day it says is off ({@link DayKind#WORKING}: a working
 * Saturday, or the Monday the rule would have made a day off when the decree moved that day off elsewhere).</li>
 * </ul>
 * Immutable; {@link ProductionCalendar} holds the one built from the stored exceptions, {@link #STATUTORY} is the rule
 * alone.
 */
public final class WorkingDays {
    /** The Labour Code's rule without any decree. */
    public static final WorkingDays STATUTORY = new WorkingDays(Map.of());

    private static final List<MonthDay> HOLIDAYS = List.of(
            MonthDay.of(Month.JANUARY, 1), MonthDay.of(Month.JANUARY, 2), MonthDay.of(Month.JANUARY, 3),
            MonthDay.of(Month.JANUARY, 4), MonthDay.of(Month.JANUARY, 5), MonthDay.of(Month.JANUARY, 6),
            MonthDay.of(Month.JANUARY, 7), MonthDay.of(Month.JANUARY, 8), MonthDay.of(Month.FEBRUARY, 23), MonthDay.of(Month.MARCH, 8),
            MonthDay.of(Month.MAY, 1), MonthDay.of(Month.MAY, 9), MonthDay.of(Month.JUNE, 12), MonthDay.of(Month.NOVEMBER, 4));

    /** The rule's days off per year (the rule alone: the same for every calendar). */
    private static final Map<Integer, Set<LocalDate>> DAYS_OFF = new ConcurrentHashMap<>();

    private final Map<LocalDate, DayKind> exceptions;

    /** The rule with the exceptions (date → what the decree made of it). */
    public WorkingDays(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    /** Whether the date is a public holiday (not merely a weekend). */
    public static boolean isHoliday(LocalDate date) {
        return HOLIDAYS.contains(MonthDay.from(date));
    }

    /** Whether people work on the date by the Labour Code's rule alone. */
    public static boolean statutoryWorking(LocalDate date) {
        return !DAYS_OFF.computeIfAbsent(date.getYear(), WorkingDays::daysOff).contains(date);
    }

    /**
     * Why an exception of the kind on the date would be pointless or unlawful, in Russian; null when it changes the
     * calendar: a working day made working, a day off made a day off, a public holiday made working.
     */
    public static String refusal(LocalDate date, DayKind kind) {
        boolean working = statutoryWorking(date);
        if (kind == DayKind.WORKING && isHoliday(date)) {
            return "Нерабочий праздничный день (ст. 112 ТК РФ) рабочим сделать нельзя";
        }
        if (kind == DayKind.WORKING && working) {
            return "Этот день и так рабочий: переносом выходного дня становится рабочим выходной день (например, суббота)";
        }
        if (kind == DayKind.NON_WORKING && !working) {
            return "Этот день и так нерабочий (выходной или праздничный): укажите рабочий день, на который перенесён выходной";
        }
        return null;
    }

    /** Whether people work on the date. */
    public boolean isWorking(LocalDate date) {
        DayKind moved = exceptions.get(date);
        return moved == null ? statutoryWorking(date) : moved == DayKind.WORKING;
    }

    /**
     * The last day of a period of {@code days} working days that starts the day after {@code from}: a request made on
     * Friday with five working days is due on the next Friday (when no holiday falls between).
     */
    public LocalDate after(LocalDate from, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("at least one working day: " + days);
        }
        LocalDate d = from;
        int counted = 0;
        while (counted < days) {
            d = d.plusDays(1);
            if (isWorking(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The {@code n}-th working day of the month (the last working day if the month has fewer, null if it has none). */
    public LocalDate nth(YearMonth month, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Рабочий день месяца должен быть не меньше 1: " + n);
        }
        LocalDate found = null;
        int seen = 0;
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (isWorking(d)) {
                found = d;
                if (++seen == n) {
                    return d;
                }
            }
        }
        return found;
    }

    /** How many working days the month has. */
    public int count(YearMonth month) {
        int n = 0;
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (isWorking(d)) {
                n++;
            }
        }
        return n;
    }

    /** Weekends, holidays and the days off moved from holidays on a weekend, of a year. */
    static Set<LocalDate> daysOff(int year) {
        Set<LocalDate> off = new HashSet<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (weekend(d) || isHoliday(d)) {
                off.add(d);
            }
        }
        for (MonthDay h : HOLIDAYS) {
            LocalDate holiday = h.atYear(year);
            if (h.getMonth() != Month.JANUARY && weekend(holiday)) {
                LocalDate moved = holiday.plusDays(1);
                while (off.contains(moved)) {
                    moved = moved.plusDays(1);
                }
                off.add(moved);
            }
        }
        return off;
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
