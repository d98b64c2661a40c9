package ru.socorder.service.order;

import ru.socorder.model.order.OrderStatus;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The deadline for approving the order of a financial year, set per territory (the seeds say «ежегодно до 1
 * января»: the order for year N is approved by 1 January of N), and the dashboard warning 30 days before it.
 */
public final class ApprovalDeadline {
    public static final int WARN_DAYS = 30;

    private ApprovalDeadline() {
    }

    /**
     * The date by which the order for {@code fiscalYear} must be approved: the setting's day in the financial year
     * itself when it falls on 1 January (the usual case), otherwise in the year before it.
     */
    public static LocalDate dueDate(int fiscalYear, MonthDay setting) {
        LocalDate inYear = setting.atYear(fiscalYear);
        return setting.equals(MonthDay.of(1, 1)) ? inYear : setting.atYear(fiscalYear - 1);
    }

    /** Warn when the order is not yet approved and the deadline is at most 30 days away (or already passed). */
    public static boolean warn(LocalDate today, int fiscalYear, MonthDay setting, OrderStatus status) {
        if (status == OrderStatus.APPROVED || status == OrderStatus.PUBLISHED) {
            return false;
        }
        return !today.isBefore(dueDate(fiscalYear, setting).minusDays(WARN_DAYS));
    }
}
