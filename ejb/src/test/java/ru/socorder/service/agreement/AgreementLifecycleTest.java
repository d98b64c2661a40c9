package ru.socorder.service.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.agreement.AgreementStatus;
import ru.socorder.service.agreement.AgreementLifecycle.Action;
import ru.socorder.service.agreement.AgreementLifecycle.Actor;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.Forbidden;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.lifecycle.LifecycleChecks;

class AgreementLifecycleTest {
    private static final Actor CLERK = new Actor(true, false, false, false);
    private static final Actor EXECUTOR = new Actor(false, false, true, false);
    private static final Actor APPROVER_BEFORE = new Actor(false, true, false, false);
    private static final Actor APPROVER_AFTER = new Actor(false, true, false, true);
    private static final Actor STRANGER = new Actor(false, false, false, false);

    @Test
    void theScreenOffersWhatTheTablePerforms() {
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            actors.add(new Actor((i & 1) != 0, (i & 2) != 0, (i & 4) != 0, (i & 8) != 0));
        }
        LifecycleChecks.screenOffersWhatTheTablePerforms(AgreementLifecycle.TABLE, AgreementStatus.class, Action.class, actors);
    }

    @Test
    void theClerkSendsTheExecutorSignsThenTheApproverConcludes() {
        var t = AgreementLifecycle.TABLE;
        assertEquals(AgreementStatus.SENT_FOR_SIGNING, t.next(AgreementStatus.DRAFT, Action.SEND, CLERK, null));
        assertThrows(Forbidden.class, () -> t.next(AgreementStatus.DRAFT, Action.SEND, EXECUTOR, null));
        assertThrows(Forbidden.class, () -> t.next(AgreementStatus.SENT_FOR_SIGNING, Action.SIGN, APPROVER_BEFORE, null),
                "the authority signs after the executor");
        assertEquals(AgreementStatus.SENT_FOR_SIGNING, t.next(AgreementStatus.SENT_FOR_SIGNING, Action.SIGN_EXECUTOR, EXECUTOR, null));
        assertFalse(t.allows(AgreementStatus.SENT_FOR_SIGNING, Action.SIGN_EXECUTOR, new Actor(false, false, true, true)), "signed once");
        assertEquals(AgreementStatus.SIGNED, t.next(AgreementStatus.SENT_FOR_SIGNING, Action.SIGN, APPROVER_AFTER, null));
        assertThrows(Forbidden.class, () -> t.next(AgreementStatus.SENT_FOR_SIGNING, Action.RETURN, STRANGER, "x"));
        assertThrows(ValidationFailed.class, () -> t.next(AgreementStatus.SENT_FOR_SIGNING, Action.RETURN, EXECUTOR, " "));
        assertThrows(ValidationFailed.class, () -> t.next(AgreementStatus.IN_EXECUTION, Action.TERMINATE, CLERK, null));
        assertThrows(Conflict.class, () -> t.next(AgreementStatus.SIGNED, Action.START, CLERK, null), "automatic");
        assertEquals(AgreementStatus.IN_EXECUTION, t.follow(AgreementStatus.SIGNED, Action.START));
        assertEquals(AgreementStatus.SUPERSEDED, t.follow(AgreementStatus.IN_EXECUTION, Action.SUPERSEDE));
        assertTrue(t.actions(AgreementStatus.SUPERSEDED, CLERK).isEmpty(), "a superseded version is history");
    }
}
