package ru.socorder.service.order;

import ru.socorder.model.order.OrderStatus;

import java.util.Map;
import java.util.Set;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.Forbidden;
import ru.socorder.service.common.ValidationFailed;

/**
 * The approval workflow of a social order (domain.md §3.1) as a small state machine:
 * DRAFT → UNDER_APPROVAL → APPROVED → PUBLISHED; UNDER_APPROVAL → DRAFT (returned with a reason); an approved or
 * published order is never edited — {@code amend} makes a new DRAFT version of it. Who may do what: the clerk of the
 * owning authority submits, publishes and amends; an approver of that authority approves and returns.
 */
public final class OrderLifecycle {

    /** Workflow actions, as the API names them. */
    public enum Action {
        SUBMIT, RETURN, APPROVE, PUBLISH, AMEND
    }

    /** What the acting user is, for this order's authority. */
    public record Actor(boolean clerkOfAuthority, boolean approverOfAuthority) {
    }

    private static final Map<Action, Set<OrderStatus>> FROM = Map.of(
            Action.SUBMIT, Set.of(OrderStatus.DRAFT),
            Action.RETURN, Set.of(OrderStatus.UNDER_APPROVAL),
            Action.APPROVE, Set.of(OrderStatus.UNDER_APPROVAL),
            Action.PUBLISH, Set.of(OrderStatus.APPROVED),
            Action.AMEND, Set.of(OrderStatus.APPROVED, OrderStatus.PUBLISHED));

    private OrderLifecycle() {
    }

    /**
     * The state after the action; for AMEND the state of the new version (the amended one keeps its state).
     *
     * @throws Conflict        the action is not allowed in the current state (409, names the state)
     * @throws Forbidden       the actor may not perform it
     * @throws ValidationFailed a return without a reason
     */
    public static OrderStatus next(OrderStatus current, Action action, Actor actor, String comment) {
        if (!FROM.get(action).contains(current)) {
            throw new Conflict("Действие «" + label(action) + "» недоступно: заказ в состоянии «" + label(current) + "»");
        }
        if (!performs(action, actor)) {
            throw new Forbidden(switch (action) {
                case SUBMIT, PUBLISH, AMEND -> "Это действие выполняет специалист уполномоченного органа — владельца заказа";
                case RETURN, APPROVE -> "Утверждать и возвращать заказ может только пользователь с правом утверждения этого органа";
            });
        }
        if (action == Action.RETURN && (comment == null || comment.isBlank())) {
            throw new ValidationFailed("comment", "Укажите причину возврата на доработку");
        }
        return switch (action) {
            case SUBMIT -> OrderStatus.UNDER_APPROVAL;
            case RETURN, AMEND -> OrderStatus.DRAFT;
            case APPROVE -> OrderStatus.APPROVED;
            case PUBLISH -> OrderStatus.PUBLISHED;
        };
    }

    /** Whether the actor may perform the action on an order in this state (what the screen offers). */
    public static boolean allows(OrderStatus current, Action action, Actor actor) {
        return FROM.get(action).contains(current) && performs(action, actor);
    }

    private static boolean performs(Action action, Actor actor) {
        return switch (action) {
            case SUBMIT, PUBLISH, AMEND -> actor.clerkOfAuthority();
            case RETURN, APPROVE -> actor.approverOfAuthority();
        };
    }

    /** Only a draft is edited in place. */
    public static boolean editable(OrderStatus status) {
        return status == OrderStatus.DRAFT;
    }

    public static String label(OrderStatus s) {
        return switch (s) {
            case DRAFT -> "проект";
            case UNDER_APPROVAL -> "на утверждении";
            case APPROVED -> "утверждён";
            case PUBLISHED -> "опубликован";
        };
    }

    public static String label(Action a) {
        return switch (a) {
            case SUBMIT -> "направить на утверждение";
            case RETURN -> "вернуть на доработку";
            case APPROVE -> "утвердить";
            case PUBLISH -> "опубликовать";
            case AMEND -> "внести изменения";
        };
    }
}
