package ru.socorder.service.order;

import ru.socorder.model.order.OrderStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import java.util.List;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.Forbidden;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.lifecycle.LifecycleChecks;
import ru.socorder.service.order.OrderLifecycle.Action;
import ru.socorder.service.order.OrderLifecycle.Actor;

class OrderLifecycleTest {
    private static final Actor CLERK = new Actor(true, false);
    private static final Actor APPROVER = new Actor(false, true);
    private static final Actor STRANGER = new Actor(false, false);

    @Test
    void theHappyPathFromDraftToPublished() {
        OrderStatus s = OrderLifecycle.next(OrderStatus.DRAFT, Action.SUBMIT, CLERK, null);
        assertEquals(OrderStatus.UNDER_APPROVAL, s);
        s = OrderLifecycle.next(s, Action.APPROVE, APPROVER, "согласовано");
        assertEquals(OrderStatus.APPROVED, s);
        assertEquals(OrderStatus.PUBLISHED, OrderLifecycle.next(s, Action.PUBLISH, CLERK, null));
    }

    @Test
    void returningNeedsAReasonAndGoesBackToDraft() {
        assertThrows(ValidationFailed.class, () -> OrderLifecycle.next(OrderStatus.UNDER_APPROVAL, Action.RETURN, APPROVER, " "));
        assertEquals(OrderStatus.DRAFT, OrderLifecycle.next(OrderStatus.UNDER_APPROVAL, Action.RETURN, APPROVER, "Исправьте объёмы 2025 года"));
    }

    @Test
    void anApprovedOrPublishedOrderIsAmendedIntoANewDraftNeverEdited() {
        assertEquals(OrderStatus.DRAFT, OrderLifecycle.next(OrderStatus.APPROVED, Action.AMEND, CLERK, null));
        assertEquals(OrderStatus.DRAFT, OrderLifecycle.next(OrderStatus.PUBLISHED, Action.AMEND, CLERK, null));
        assertFalse(OrderLifecycle.editable(OrderStatus.APPROVED));
        assertTrue(OrderLifecycle.editable(OrderStatus.DRAFT));
    }

    @Test
    void illegalTransitionsAreConflictsNamingTheCurrentState() {
        Conflict c = assertThrows(Conflict.class, () -> OrderLifecycle.next(OrderStatus.DRAFT, Action.APPROVE, APPROVER, null));
        assertEquals("Действие «утвердить» недоступно: заказ в состоянии «проект»", c.getMessage());
        assertThrows(Conflict.class, () -> OrderLifecycle.next(OrderStatus.PUBLISHED, Action.PUBLISH, CLERK, null));
        assertThrows(Conflict.class, () -> OrderLifecycle.next(OrderStatus.UNDER_APPROVAL, Action.AMEND, CLERK, null));
    }

    @Test
    void onlyTheRightPeopleAct() {
        assertThrows(Forbidden.class, () -> OrderLifecycle.next(OrderStatus.UNDER_APPROVAL, Action.APPROVE, CLERK, null),
                "a clerk does not approve its own order");
        assertThrows(Forbidden.class, () -> OrderLifecycle.next(OrderStatus.DRAFT, Action.SUBMIT, APPROVER, null));
        assertThrows(Forbidden.class, () -> OrderLifecycle.next(OrderStatus.APPROVED, Action.PUBLISH, STRANGER, null));
    }

    @Test
    void theScreenOffersExactlyWhatTheStateMachineAllows() {
        LifecycleChecks.screenOffersWhatTheTablePerforms(OrderLifecycle.TABLE, OrderStatus.class, Action.class, List.of(CLERK, APPROVER, STRANGER));
        assertTrue(OrderLifecycle.allows(OrderStatus.UNDER_APPROVAL, OrderLifecycle.Action.APPROVE, APPROVER));
        assertFalse(OrderLifecycle.allows(OrderStatus.UNDER_APPROVAL, OrderLifecycle.Action.APPROVE, CLERK));
    }
}
