package ru.socorder.service.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.audit.RecordTransition;
import ru.socorder.model.decision.DecisionStatus;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.Forbidden;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.decision.DecisionLifecycle;
import ru.socorder.service.decision.DecisionLifecycle.Action;
import ru.socorder.service.decision.DecisionLifecycle.Actor;

class LifecycleTest {
    private static final Actor EDITOR = new Actor(true);
    private static final Actor READER = new Actor(false);

    enum S { OPEN, CLOSED }

    enum A { CLOSE, REOPEN }

    @Test
    void aDecisionIsAdoptedOnceAndExpiresOnlyWhenInForce() {
        assertEquals(DecisionStatus.ADOPTED, DecisionLifecycle.TABLE.next(DecisionStatus.DRAFT, Action.ADOPT, EDITOR, null));
        assertEquals(DecisionStatus.EXPIRED, DecisionLifecycle.TABLE.next(DecisionStatus.AMENDED, Action.EXPIRE, EDITOR, null));
        Conflict c = assertThrows(Conflict.class, () -> DecisionLifecycle.TABLE.next(DecisionStatus.ADOPTED, Action.ADOPT, EDITOR, null));
        assertEquals("Действие «принять» недоступно: решение в состоянии «принято»", c.getMessage());
        assertThrows(Conflict.class, () -> DecisionLifecycle.TABLE.next(DecisionStatus.DRAFT, Action.EXPIRE, EDITOR, null));
        assertThrows(Forbidden.class, () -> DecisionLifecycle.TABLE.next(DecisionStatus.DRAFT, Action.ADOPT, READER, null));
        assertEquals(List.of(Action.ADOPT), DecisionLifecycle.TABLE.actions(DecisionStatus.DRAFT, EDITOR));
        assertEquals(List.of(), DecisionLifecycle.TABLE.actions(DecisionStatus.DRAFT, READER));
        LifecycleChecks.screenOffersWhatTheTablePerforms(DecisionLifecycle.TABLE, DecisionStatus.class, Action.class, List.of(EDITOR, READER));
    }

    @Test
    void anActIsAmendedOnlyAsAConsequenceOfAnotherActsAdoption() {
        assertEquals(DecisionStatus.AMENDED, DecisionLifecycle.TABLE.follow(DecisionStatus.ADOPTED, Action.AMENDED_BY));
        assertEquals(null, DecisionLifecycle.TABLE.follow(DecisionStatus.EXPIRED, Action.AMENDED_BY), "an expired act stays expired");
        Conflict byHand = assertThrows(Conflict.class, () -> DecisionLifecycle.TABLE.next(DecisionStatus.ADOPTED, Action.AMENDED_BY, EDITOR, null));
        assertEquals("Действие «принято изменяющее решение» не выполняется вручную: акт становится изменённым, когда принято "
                + "изменяющее его решение", byHand.getMessage());
        assertEquals(List.of(Action.EXPIRE), DecisionLifecycle.TABLE.actions(DecisionStatus.ADOPTED, EDITOR), "never offered on screen");
        assertThrows(IllegalArgumentException.class, () -> DecisionLifecycle.TABLE.follow(DecisionStatus.DRAFT, Action.ADOPT));
    }

    @Test
    void aStepCanRequireAComment() {
        Lifecycle<S, A, Boolean> table = Lifecycle.<S, A, Boolean>of("обращение", S.class, A.class, s -> s.name(), a -> a.name())
                .step(A.CLOSE).from(S.OPEN).to(S.CLOSED).by(who -> who, "нельзя")
                .step(A.REOPEN).from(S.CLOSED).to(S.OPEN).by(who -> who, "нельзя").commentRequired("Укажите причину")
                .build();
        assertEquals("Укажите причину", assertThrows(ValidationFailed.class, () -> table.next(S.CLOSED, A.REOPEN, true, " "))
                .errors().get(0).message());
        assertEquals(S.OPEN, table.next(S.CLOSED, A.REOPEN, true, "ошибка"));
        assertTrue(table.allows(S.OPEN, A.CLOSE, true));
        assertFalse(table.allows(S.OPEN, A.REOPEN, true));
    }

    @Test
    void everyActionNeedsARow() {
        assertThrows(IllegalStateException.class, () -> Lifecycle.<S, A, Boolean>of("обращение", S.class, A.class, s -> s.name(), a -> a.name())
                .step(A.CLOSE).from(S.OPEN).to(S.CLOSED).by(who -> true, "нельзя").build());
    }

    @Test
    void aLoggedStepReadsInRussian() {
        RecordTransition t = new RecordTransition("Decision", 7, "ADOPT", "DRAFT", "ADOPTED", "clerk", "AUTHORITY_CLERK",
                "Администрация", Instant.parse("2024-03-01T09:00:00Z"), null);
        HistoryEntry h = DecisionLifecycle.TABLE.describe(t);
        assertEquals("принять", h.actionLabel());
        assertEquals("проект", h.from());
        assertEquals("принято", h.to());
        assertEquals("Администрация", h.organisation());
    }
}
