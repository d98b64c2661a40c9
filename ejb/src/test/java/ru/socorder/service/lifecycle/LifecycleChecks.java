package ru.socorder.service.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import ru.socorder.service.common.BusinessException;

/** What every lifecycle table must satisfy, for the tests of each area's table. */
public final class LifecycleChecks {
    private LifecycleChecks() {
    }

    /**
     * The screen offers exactly what the boundary performs: for every state, action and actor, {@code allows} is true
     * exactly when {@code next} (with a comment) succeeds; every state has a label and every action one too.
     */
    public static <S extends Enum<S>, A extends Enum<A>, C> void screenOffersWhatTheTablePerforms(Lifecycle<S, A, C> table, Class<S> states,
                                                                                                   Class<A> actions, List<C> actors) {
        int performed = 0;
        for (S s : states.getEnumConstants()) {
            assertFalse(table.label(s).isBlank(), s.toString());
            for (A a : actions.getEnumConstants()) {
                assertFalse(table.actionLabel(a).isBlank(), a.toString());
                for (C actor : actors) {
                    boolean performs;
                    try {
                        table.next(s, a, actor, "основание");
                        performs = true;
                        performed++;
                    } catch (BusinessException e) {
                        performs = false;
                    }
                    assertEquals(performs, table.allows(s, a, actor), s + " " + a + " " + actor);
                }
            }
        }
        assertTrue(performed > 0, "some step is taken");
    }
}
