package ru.socorder.service.decision;

import ru.socorder.model.decision.DecisionStatus;
import ru.socorder.service.lifecycle.Lifecycle;

/**
 * The life of a decision (постановление) on the common lifecycle table: a draft is adopted; an adopted act — or one
 * amended by a later act — expires. An act becomes AMENDED when the act amending it is adopted (a consequence of that
 * step, not an action of its own). Administrators and clerks of the decision's territory act.
 */
public final class DecisionLifecycle {

    /** Workflow actions, as the API names them (lower case). */
    public enum Action {
        ADOPT, EXPIRE,
        /** Taken by nobody: follows on an adopted act when the act amending it is adopted. */
        AMENDED_BY
    }

    /** What the acting user is for this decision. */
    public record Actor(boolean editorOfTerritory) {
    }

    private static final String EDITORS = "Принимать решения и отмечать утрату силы могут администратор и специалисты "
            + "уполномоченных органов территории решения";

    public static final Lifecycle<DecisionStatus, Action, Actor> TABLE = Lifecycle
            .<DecisionStatus, Action, Actor>of("решение", DecisionStatus.class, Action.class, DecisionLifecycle::label, DecisionLifecycle::label)
            .step(Action.ADOPT).from(DecisionStatus.DRAFT).to(DecisionStatus.ADOPTED).by(Actor::editorOfTerritory, EDITORS)
            .step(Action.EXPIRE).from(DecisionStatus.ADOPTED, DecisionStatus.AMENDED).to(DecisionStatus.EXPIRED)
            .by(Actor::editorOfTerritory, EDITORS)
            .step(Action.AMENDED_BY).from(DecisionStatus.ADOPTED).to(DecisionStatus.AMENDED)
            .automatic("акт становится изменённым, когда принято изменяющее его решение")
            .build();

    /** The record type in the transition log. */
    public static final String RECORD = ru.socorder.service.audit.RecordKind.DECISION.code();

    private DecisionLifecycle() {
    }

    public static String label(DecisionStatus s) {
        return switch (s) {
            case DRAFT -> "проект";
            case ADOPTED -> "принято";
            case AMENDED -> "изменено";
            case EXPIRED -> "утратило силу";
        };
    }

    public static String label(Action a) {
        return switch (a) {
            case ADOPT -> "принять";
            case EXPIRE -> "отметить утрату силы";
            case AMENDED_BY -> "принято изменяющее решение";
        };
    }
}
