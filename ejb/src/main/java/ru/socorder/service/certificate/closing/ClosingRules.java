package ru.socorder.service.certificate.closing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import ru.socorder.model.certificate.ClosingCalendar;
import ru.socorder.model.certificate.ContinuationRefusal;
import ru.socorder.model.certificate.RefusalReason;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.certificate.Eligibility;
import ru.socorder.service.certificate.enrolment.ContractAllocation;
import ru.socorder.service.common.FieldError;

/**
 * The rules of the year-end closing (no container needed):
 * <ul>
 * <li>the calendar: the stop date (15 December by default) is not after the closing date (31 December by default);
 * the closing date lies in the closing year or in January of the next one; from the stop date on no certificate and
 * no contract of the year is issued or concluded, and the year end may be run by hand; after the closing date the
 * timer runs it;</li>
 * <li>a contract of the closing year continues into the next year when its group ends after 31 December of the
 * year; it continues for the hours it has not consumed, at its price per hour (kopecks half-up);</li>
 * <li>a contract that cannot continue is reported with the reason from the next year's eligibility.</li>
 * </ul>
 */
public final class ClosingRules {
    /** The code of the conflict a new certificate or contract of a closing year meets (409), for the adapters. */
    public static final String CODE = "YEAR_CLOSING";
    private ClosingRules() {
    }

    public static LocalDate defaultStop(int year) {
        return ClosingCalendar.DEFAULT_STOP.atYear(year);
    }

    public static LocalDate defaultClosing(int year) {
        return ClosingCalendar.DEFAULT_CLOSING.atYear(year);
    }

    /** What is wrong with the dates (empty when they hold). */
    public static List<FieldError> check(int year, LocalDate stop, LocalDate closing) {
        List<FieldError> errors = new ArrayList<>();
        if (stop == null) {
            errors.add(new FieldError("stopDate", "Укажите дату прекращения выдачи сертификатов и заключения договоров"));
        }
        if (closing == null) {
            errors.add(new FieldError("closingDate", "Укажите дату закрытия года"));
        } else if (closing.isBefore(LocalDate.of(year, 1, 1)) || closing.isAfter(LocalDate.of(year + 1, 1, 31))) {
            errors.add(new FieldError("closingDate", "Дата закрытия года — в " + year + " году или в январе следующего"));
        }
        if (stop != null && closing != null && stop.isAfter(closing)) {
            errors.add(new FieldError("stopDate", "Выдача прекращается не позже даты закрытия года (" + RussianText.date(closing) + ")"));
        }
        return errors;
    }

    /** The text of a refused contract of a closing year. */
    public static String contractsStopped(int year, LocalDate stop) {
        return "С " + RussianText.date(stop) + " новые договоры по сертификатам " + year + " года не заключаются: идёт закрытие года";
    }

    /** Why the year end may not be run by hand on the date, or null when it may. */
    public static String notYet(ClosingCalendar c, LocalDate today) {
        return c.stoppedOn(today) ? null : "Закрыть " + c.getYear() + " год можно с " + RussianText.date(c.getStopDate())
                + ", когда прекращена выдача сертификатов";
    }

    /** Whether a contract ending on the date continues past the closing year. */
    public static boolean continues(LocalDate endsOn, int year) {
        return endsOn.isAfter(LocalDate.of(year, 12, 31));
    }

    /** What a continuation holds: the hours not consumed at the price per hour; null when nothing is left. */
    public static ContractAllocation remaining(BigDecimal hours, BigDecimal consumedHours, BigDecimal pricePerHour) {
        BigDecimal left = hours.subtract(consumedHours);
        return left.signum() <= 0 ? null : ContractAllocation.of(pricePerHour, left);
    }

    /** The continuation contract's number: the next year and the continued contract's id, e.g. {@code 2028-П1050}. */
    public static String continuationNumber(int nextYear, long continuedId) {
        return nextYear + "-П" + continuedId;
    }

    /** The reason a contract does not continue, with its text. */
    public record Refusal(ContinuationRefusal reason, String text) {
    }

    /** Why the next year's certificate was not issued, as the report says it. */
    public static Refusal refusal(Eligibility.Verdict v) {
        if (v.outcome() == Eligibility.Outcome.QUEUE) {
            return new Refusal(ContinuationRefusal.VOLUME_EXHAUSTED, ContinuationRefusal.VOLUME_EXHAUSTED.text());
        }
        if (v.reasons().contains(RefusalReason.NO_TERMS)) {
            return new Refusal(ContinuationRefusal.NO_TERMS, ContinuationRefusal.NO_TERMS.text());
        }
        if (v.reasons().equals(List.of(RefusalReason.NO_VOLUME))) {
            return new Refusal(ContinuationRefusal.NO_VOLUME, ContinuationRefusal.NO_VOLUME.text());
        }
        String why = v.reasons().stream().map(RefusalReason::text).collect(Collectors.joining("; "));
        return new Refusal(ContinuationRefusal.NOT_ELIGIBLE, ContinuationRefusal.NOT_ELIGIBLE.text() + ": " + why);
    }

    /** The refusal when the next year's certificate has too little available for the remaining hours. */
    public static Refusal insufficient(ContractAllocation needed, BigDecimal availableAmount) {
        return new Refusal(ContinuationRefusal.INSUFFICIENT_BALANCE, ContinuationRefusal.INSUFFICIENT_BALANCE.text() + ": нужно "
                + RussianText.amount(needed.amount()) + ", доступно " + RussianText.amount(availableAmount));
    }
}
