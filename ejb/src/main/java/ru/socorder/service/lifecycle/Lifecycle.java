package ru.socorder.service.lifecycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.Forbidden;
import ru.socorder.service.common.ValidationFailed;

/**
 * The lifecycle of a kind of record as a small state table — the one mechanism every area uses (orders, decisions,
 * and next registry applications, certificates, contracts, agreements, competitions, reports): which action leads
 * from which states to which state, who may perform it, and whether it needs a comment. The screen asks
 * {@link #allows} what to offer, the boundary asks {@link #next} and gets the same answer or a typed refusal:
 * {@link Conflict} naming the current state, {@link Forbidden} saying who acts, {@link ValidationFailed} for a
 * missing comment. The record of the step is written by {@code TransitionLog}.
 *
 * <pre>
 * Lifecycle.of("заказ", OrderStatus.class, Action.class, OrderLifecycle::label, OrderLifecycle::label)
 *     .step(Action.SUBMIT).from(DRAFT).to(UNDER_APPROVAL).by(Actor::clerk, "Это действие выполняет специалист…")
 *     .step(Action.RETURN).from(UNDER_APPROVAL).to(DRAFT).by(Actor::approver, "…").commentRequired("Укажите причину…")
 *     .build();
 * </pre>
 *
 * @param <S> the states (an enum)
 * @param <A> the actions (an enum)
 * @param <C> what the acting user is for this record (e.g. clerk of the owning authority, approver)
 */
public final class Lifecycle<S extends Enum<S>, A extends Enum<A>, C> {
    private final String record;
    private final Class<S> states;
    private final Class<A> actions;
    private final Function<S, String> stateLabel;
    private final Function<A, String> actionLabel;
    private final Map<A, Step<S, C>> steps;

    /** One row of the table: from which states, to which state, who may act, what comment is required. */
    /** @param automatic why nobody takes the step: it follows from a step of another record (null: people take it) */
    private record Step<S, C>(Set<S> from, S to, Predicate<C> who, String forbidden, String commentRequired, String automatic) {
    }

    private Lifecycle(String record, Class<S> states, Class<A> actions, Function<S, String> stateLabel, Function<A, String> actionLabel,
                      Map<A, Step<S, C>> steps) {
        this.record = record;
        this.states = states;
        this.actions = actions;
        this.stateLabel = stateLabel;
        this.actionLabel = actionLabel;
        this.steps = steps;
    }

    public static <S extends Enum<S>, A extends Enum<A>, C> Builder<S, A, C> of(String record, Class<S> states, Class<A> actions,
                                                                              Function<S, String> stateLabel,
                                                                              Function<A, String> actionLabel) {
        return new Builder<>(record, states, actions, stateLabel, actionLabel);
    }

    /**
     * The state after the action.
     *
     * @throws Conflict         the action is not allowed in the current state (names the state)
     * @throws Forbidden        the actor may not perform it
     * @throws ValidationFailed the action needs a comment and has none
     */
    public S next(S current, A action, C actor, String comment) {
        Step<S, C> step = steps.get(action);
        if (step != null && step.automatic() != null) {
            throw new Conflict("Действие «" + actionLabel.apply(action) + "» не выполняется вручную: " + step.automatic());
        }
        if (step == null || !step.from().contains(current)) {
            throw new Conflict("Действие «" + actionLabel.apply(action) + "» недоступно: " + record + " в состоянии «"
                    + stateLabel.apply(current) + "»");
        }
        if (!step.who().test(actor)) {
            throw new Forbidden(step.forbidden());
        }
        if (step.commentRequired() != null && (comment == null || comment.isBlank())) {
            throw new ValidationFailed("comment", step.commentRequired());
        }
        return step.to();
    }

    /** Whether the actor may perform the action in this state: what the screen offers. */
    public boolean allows(S current, A action, C actor) {
        Step<S, C> step = steps.get(action);
        return step != null && step.automatic() == null && step.from().contains(current) && step.who().test(actor);
    }

    /**
     * The state after an automatic step (one that follows from a step of another record), or null when the record is
     * not in a state the step leaves (then nothing happens to it).
     */
    public S follow(S current, A action) {
        Step<S, C> step = steps.get(action);
        if (step == null || step.automatic() == null) {
            throw new IllegalArgumentException(action + " is taken by people, through next()");
        }
        return step.from().contains(current) ? step.to() : null;
    }

    /** The actions the actor may perform in this state, in the order of the enum. */
    public List<A> actions(S current, C actor) {
        List<A> out = new ArrayList<>();
        steps.keySet().forEach(a -> {
            if (allows(current, a, actor)) {
                out.add(a);
            }
        });
        return out;
    }

    public String label(S state) {
        return stateLabel.apply(state);
    }

    public String actionLabel(A action) {
        return actionLabel.apply(action);
    }

    /** A logged step as people read it: the Russian names of the action and the states. */
    public HistoryEntry describe(ru.socorder.model.audit.RecordTransition t) {
        return new HistoryEntry(t.getAt(), t.getActor(), t.getActorRole(), t.getOrganisation(), t.getAction(),
                TransitionLog.CREATED.equals(t.getAction()) ? "создание" : name(actions, t.getAction(), actionLabel), t.getFromState() == null ? null : name(states, t.getFromState(), stateLabel),
                name(states, t.getToState(), stateLabel), t.getComment());
    }

    /** The history of a record, oldest first, as people read it. */
    public List<HistoryEntry> describe(List<ru.socorder.model.audit.RecordTransition> log) {
        return log.stream().map(this::describe).toList();
    }

    private static <E extends Enum<E>> String name(Class<E> type, String code, Function<E, String> label) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(code)) {
                return label.apply(e);
            }
        }
        return code; // a step logged by an older version of the table
    }

    /** Builds the table step by step; every action must get a step. */
    public static final class Builder<S extends Enum<S>, A extends Enum<A>, C> {
        private final String record;
        private final Class<S> states;
        private final Class<A> actions;
        private final Function<S, String> stateLabel;
        private final Function<A, String> actionLabel;
        private final Map<A, Step<S, C>> steps;
        private A action;
        private Set<S> from;
        private S to;
        private Predicate<C> who;
        private String forbidden;
        private String commentRequired;
        private String automatic;

        private Builder(String record, Class<S> states, Class<A> actions, Function<S, String> stateLabel, Function<A, String> actionLabel) {
            this.record = record;
            this.states = states;
            this.actions = actions;
            this.stateLabel = stateLabel;
            this.actionLabel = actionLabel;
            this.steps = new EnumMap<>(actions);
        }

        public Builder<S, A, C> step(A next) {
            close();
            action = next;
            return this;
        }

        @SafeVarargs
        public final Builder<S, A, C> from(S... sources) {
            from = EnumSet.copyOf(Arrays.asList(sources));
            return this;
        }

        public Builder<S, A, C> to(S target) {
            to = target;
            return this;
        }

        /** Who may act, and the refusal (Russian) for anybody else. */
        public Builder<S, A, C> by(Predicate<C> actor, String refusal) {
            who = actor;
            forbidden = refusal;
            return this;
        }

        /**
         * Nobody takes the step: the service takes it when another record's step makes it follow (an act amended by
         * an adopted act); the reason is the refusal when someone asks for it.
         */
        public Builder<S, A, C> automatic(String reason) {
            automatic = reason;
            who = c -> false;
            forbidden = reason;
            return this;
        }

        /** The action needs a comment; the message when it is missing. */
        public Builder<S, A, C> commentRequired(String message) {
            commentRequired = message;
            return this;
        }

        public Lifecycle<S, A, C> build() {
            close();
            for (A a : actions.getEnumConstants()) {
                if (!steps.containsKey(a)) {
                    throw new IllegalStateException("No step for " + a + " in the lifecycle of " + states.getSimpleName());
                }
            }
            return new Lifecycle<>(record, states, actions, stateLabel, actionLabel, Collections.unmodifiableMap(steps));
        }

        private void close() {
            if (action == null) {
                return;
            }
            if (from == null || to == null || who == null) {
                throw new IllegalStateException("The step " + action + " needs from, to and by");
            }
            steps.put(action, new Step<>(from, to, who, forbidden, commentRequired, automatic));
            action = null;
            from = null;
            to = null;
            who = null;
            forbidden = null;
            commentRequired = null;
            automatic = null;
        }
    }
}
