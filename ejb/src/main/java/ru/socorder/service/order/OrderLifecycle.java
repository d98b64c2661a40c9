package ru.socorder.service.order;

import ru.socorder.model.order.OrderStatus;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.Forbidden;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.lifecycle.Lifecycle;

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

    private static final String CLERK_ACTS = "Это действие выполняет специалист уполномоченного органа — владельца заказа";
    private static final String APPROVER_ACTS = "Утверждать и возвращать заказ может только пользователь с правом утверждения этого органа";

    /** The table; AMEND leads to the state of the new version (the amended one keeps its state). */
    public static final Lifecycle<OrderStatus, Action, Actor> TABLE = Lifecycle
            .<OrderStatus, Action, Actor>of("заказ", OrderStatus.class, Action.class, OrderLifecycle::label, OrderLifecycle::label)
            .step(Action.SUBMIT).from(OrderStatus.DRAFT).to(OrderStatus.UNDER_APPROVAL).by(Actor::clerkOfAuthority, CLERK_ACTS)
            .step(Action.RETURN).from(OrderStatus.UNDER_APPROVAL).to(OrderStatus.DRAFT).by(Actor::approverOfAuthority, APPROVER_ACTS)
            .commentRequired("Укажите причину возврата на доработку")
            .step(Action.APPROVE).from(OrderStatus.UNDER_APPROVAL).to(OrderStatus.APPROVED).by(Actor::approverOfAuthority, APPROVER_ACTS)
            .step(Action.PUBLISH).from(OrderStatus.APPROVED).to(OrderStatus.PUBLISHED).by(Actor::clerkOfAuthority, CLERK_ACTS)
            .step(Action.AMEND).from(OrderStatus.APPROVED, OrderStatus.PUBLISHED).to(OrderStatus.DRAFT).by(Actor::clerkOfAuthority, CLERK_ACTS)
            .build();

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
        return TABLE.next(current, action, actor, comment);
    }

    /** Whether the actor may perform the action on an order in this state (what the screen offers). */
    public static boolean allows(OrderStatus current, Action action, Actor actor) {
        return TABLE.allows(current, action, actor);
    }

    /** The record type of order versions in the transition log. */
    public static final String RECORD = ru.socorder.service.audit.RecordKind.ORDER.code();

    /** The logged steps of an order version as people read them. */
    public static java.util.List<ru.socorder.service.lifecycle.HistoryEntry> describe(java.util.List<ru.socorder.model.audit.RecordTransition> log) {
        return TABLE.describe(log);
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
