package ru.socorder.model.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.IsoFields;
import java.util.Objects;
import ru.socorder.model.common.RussianText;

/**
 * A structured deadline of a plan item, as parsed from the Russian expression the resolution uses (the original
 * text is kept). Knows its next due date for the dashboard and writes itself back in the usual wording.
 */
@Embeddable
public class Deadline implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String[] QUARTERS = {"I", "II", "III", "IV"};
    private static final String[] HALVES = {"I", "II"};

    @Column(name = "deadline_text", length = 500)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind", length = 20)
    private DeadlineKind kind;

    /** DATE: the date; FROM_DATE: the start; QUARTER/HALF_YEAR/MONTH/YEAR: the last day of the period. */
    @Column(name = "deadline_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_recurrence", length = 20)
    private Recurrence recurrence = Recurrence.NONE;

    /** For «далее ежегодно до 1 января»: month and day of the repeated deadline. */
    @Column(name = "deadline_repeat_month")
    private Integer repeatMonth;

    @Column(name = "deadline_repeat_day")
    private Integer repeatDay;

    @Column(name = "deadline_as_needed")
    private boolean asNeeded;

    protected Deadline() {
    }

    public Deadline(String text, DeadlineKind kind, LocalDate date, Recurrence recurrence, MonthDay repeatOn, boolean asNeeded) {
        this.text = text;
        this.kind = Objects.requireNonNull(kind);
        this.date = date;
        this.recurrence = recurrence == null ? Recurrence.NONE : recurrence;
        this.repeatMonth = repeatOn == null ? null : repeatOn.getMonthValue();
        this.repeatDay = repeatOn == null ? null : repeatOn.getDayOfMonth();
        this.asNeeded = asNeeded;
    }

    public static Deadline unrecognised(String text) {
        return new Deadline(text, DeadlineKind.UNRECOGNISED, null, Recurrence.NONE, null, false);
    }

    public String getText() {
        return text;
    }

    public DeadlineKind getKind() {
        return kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public MonthDay getRepeatOn() {
        return repeatMonth == null ? null : MonthDay.of(repeatMonth, repeatDay);
    }

    public boolean isAsNeeded() {
        return asNeeded;
    }

    public boolean isRecognised() {
        return kind != DeadlineKind.UNRECOGNISED;
    }

    /**
     * The deadline that matters on {@code today}: the first date while it has not passed, then the next repetition;
     * null when there is none (continuous, as needed, unrecognised, from-date).
     */
    public LocalDate nextDue(LocalDate today) {
        switch (kind) {
            case DATE, QUARTER, HALF_YEAR, MONTH, YEAR -> {
                if (recurrence == Recurrence.NONE || !today.isAfter(date)) {
                    return date;
                }
                return repeat(today);
            }
            case RECURRING -> {
                return repeat(today);
            }
            default -> {
                return null;
            }
        }
    }

    private LocalDate repeat(LocalDate today) {
        return switch (recurrence) {
            case YEARLY -> {
                MonthDay on = getRepeatOn() == null ? MonthDay.of(12, 31) : getRepeatOn();
                LocalDate candidate = on.atYear(today.getYear());
                yield candidate.isBefore(today) ? on.atYear(today.getYear() + 1) : candidate;
            }
            case QUARTERLY -> today.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
            case MONTHLY -> today.withDayOfMonth(today.lengthOfMonth());
            case NONE -> null;
        };
    }

    /** The deadline in the usual wording of the resolutions («IV квартал 2024 года», «до 01.07.2024, далее ежегодно до 1 января»). */
    public String wording() {
        String main = switch (kind) {
            case DATE -> "до " + RussianText.date(date);
            case FROM_DATE -> "с " + RussianText.date(date);
            case QUARTER -> QUARTERS[date.get(IsoFields.QUARTER_OF_YEAR) - 1] + " квартал " + date.getYear() + " года";
            case HALF_YEAR -> HALVES[date.getMonthValue() > 6 ? 1 : 0] + " полугодие " + date.getYear() + " года";
            case MONTH -> RussianText.monthYear(date);
            case YEAR -> date.getYear() + " год";
            case RECURRING -> switch (recurrence) {
                case QUARTERLY -> "Не реже 1 раза в квартал";
                case MONTHLY -> "Ежемесячно";
                default -> getRepeatOn() == null ? "Ежегодно" : "Ежегодно до " + RussianText.dayMonth(getRepeatOn());
            };
            case CONTINUOUS -> "Постоянно";
            case AS_NEEDED -> "По мере необходимости";
            case UNRECOGNISED -> text;
        };
        if (kind != DeadlineKind.RECURRING && recurrence != Recurrence.NONE) {
            main += switch (recurrence) {
                case YEARLY -> getRepeatOn() == null ? ", далее ежегодно" : ", далее ежегодно до " + RussianText.dayMonth(getRepeatOn());
                case QUARTERLY -> ", далее ежеквартально";
                case MONTHLY -> ", далее ежемесячно";
                case NONE -> "";
            };
        }
        if (asNeeded && kind != DeadlineKind.AS_NEEDED) {
            main += ", по мере необходимости";
        }
        return main;
    }

    @Override
    public String toString() {
        return wording();
    }
}
