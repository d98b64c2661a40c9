package ru.socorder.service.order;

import ru.socorder.model.order.OrderStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class ApprovalDeadlineTest {
    private static final MonthDay JANUARY_1 = MonthDay.of(1, 1);

    @Test
    void theOrderForAYearIsDueOnTheFirstOfJanuaryOfThatYear() {
        assertEquals(LocalDate.of(2025, 1, 1), ApprovalDeadline.dueDate(2025, JANUARY_1));
        assertEquals(LocalDate.of(2024, 12, 31), ApprovalDeadline.dueDate(2025, MonthDay.of(12, 31)), "«до 31.12» of the year before");
    }

    @Test
    void warnsThirtyDaysBeforeUntilApproved() {
        assertFalse(ApprovalDeadline.warn(LocalDate.of(2024, 12, 1), 2025, JANUARY_1, OrderStatus.DRAFT), "31 days before");
        assertTrue(ApprovalDeadline.warn(LocalDate.of(2024, 12, 2), 2025, JANUARY_1, OrderStatus.DRAFT), "30 days before");
        assertTrue(ApprovalDeadline.warn(LocalDate.of(2025, 2, 1), 2025, JANUARY_1, OrderStatus.UNDER_APPROVAL), "overdue");
        assertFalse(ApprovalDeadline.warn(LocalDate.of(2024, 12, 20), 2025, JANUARY_1, OrderStatus.APPROVED));
        assertFalse(ApprovalDeadline.warn(LocalDate.of(2024, 12, 20), 2025, JANUARY_1, OrderStatus.PUBLISHED));
    }
}
