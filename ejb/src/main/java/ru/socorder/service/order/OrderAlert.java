package ru.socorder.service.order;

import java.io.Serializable;
import java.time.LocalDate;

/** An order not approved while its approval deadline is near or past (home dashboard). */
public record OrderAlert(long orderId, String title, String authority, int fiscalYear, String status, LocalDate dueDate,
                         long daysLeft) implements Serializable {

    public boolean isOverdue() {
        return daysLeft < 0;
    }
}
