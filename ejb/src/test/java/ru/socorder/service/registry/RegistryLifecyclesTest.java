package ru.socorder.service.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.registry.ProgrammeStatus;
import ru.socorder.model.registry.RegistryApplicationStatus;
import ru.socorder.model.registry.RegistryEntryStatus;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.Forbidden;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.lifecycle.LifecycleChecks;

class RegistryLifecyclesTest {
    private static final RegistryApplicationLifecycle.Actor APPLICANT = new RegistryApplicationLifecycle.Actor(true, false);
    private static final RegistryApplicationLifecycle.Actor REVIEWER = new RegistryApplicationLifecycle.Actor(false, true);
    private static final RegistryApplicationLifecycle.Actor NOBODY = new RegistryApplicationLifecycle.Actor(false, false);

    @Test
    void anApplicationIsSubmittedReviewedAndIncludedOrReturnedForCorrections() {
        var t = RegistryApplicationLifecycle.TABLE;
        RegistryApplicationStatus s = t.next(RegistryApplicationStatus.DRAFT, RegistryApplicationLifecycle.Action.SUBMIT, APPLICANT, null);
        s = t.next(s, RegistryApplicationLifecycle.Action.TAKE, REVIEWER, null);
        assertEquals(RegistryApplicationStatus.UNDER_REVIEW, s);
        assertThrows(ValidationFailed.class, () -> t.next(RegistryApplicationStatus.UNDER_REVIEW, RegistryApplicationLifecycle.Action.RETURN,
                REVIEWER, ""), "a return says what to correct");
        s = t.next(s, RegistryApplicationLifecycle.Action.RETURN, REVIEWER, "Приложите лицензию");
        s = t.next(s, RegistryApplicationLifecycle.Action.SUBMIT, APPLICANT, null);
        s = t.next(t.next(s, RegistryApplicationLifecycle.Action.TAKE, REVIEWER, null), RegistryApplicationLifecycle.Action.INCLUDE, REVIEWER, null);
        assertEquals(RegistryApplicationStatus.INCLUDED, s);
        Conflict c = assertThrows(Conflict.class, () -> t.next(RegistryApplicationStatus.INCLUDED, RegistryApplicationLifecycle.Action.WITHDRAW,
                APPLICANT, null));
        assertEquals("Действие «отозвать» недоступно: заявка в состоянии «исполнитель включён в реестр»", c.getMessage());
    }

    @Test
    void theApplicantDoesNotReviewItsOwnApplication() {
        var t = RegistryApplicationLifecycle.TABLE;
        assertThrows(Forbidden.class, () -> t.next(RegistryApplicationStatus.UNDER_REVIEW, RegistryApplicationLifecycle.Action.INCLUDE,
                APPLICANT, null));
        assertThrows(Forbidden.class, () -> t.next(RegistryApplicationStatus.DRAFT, RegistryApplicationLifecycle.Action.SUBMIT, REVIEWER, null));
        assertThrows(ValidationFailed.class, () -> t.next(RegistryApplicationStatus.UNDER_REVIEW, RegistryApplicationLifecycle.Action.REFUSE,
                REVIEWER, null), "a refusal has its reason");
        LifecycleChecks.screenOffersWhatTheTablePerforms(t, RegistryApplicationStatus.class, RegistryApplicationLifecycle.Action.class,
                List.of(APPLICANT, REVIEWER, NOBODY, new RegistryApplicationLifecycle.Actor(true, true)));
    }

    @Test
    void anEntryIsSuspendedExcludedAndReincludedEachWithItsBasis() {
        var t = RegistryEntryLifecycle.TABLE;
        var keeper = new RegistryEntryLifecycle.Actor(true);
        assertThrows(ValidationFailed.class, () -> t.next(RegistryEntryStatus.ACTIVE, RegistryEntryLifecycle.Action.SUSPEND, keeper, " "));
        RegistryEntryStatus s = t.next(RegistryEntryStatus.ACTIVE, RegistryEntryLifecycle.Action.SUSPEND, keeper, "Предписание");
        assertEquals(RegistryEntryStatus.ACTIVE, t.next(s, RegistryEntryLifecycle.Action.RESUME, keeper, null));
        s = t.next(s, RegistryEntryLifecycle.Action.EXCLUDE, keeper, "Лицензия аннулирована");
        assertThrows(Conflict.class, () -> t.next(RegistryEntryStatus.EXCLUDED, RegistryEntryLifecycle.Action.RESUME, keeper, null),
                "an excluded executor is re-included, not resumed");
        assertEquals(RegistryEntryStatus.ACTIVE, t.next(s, RegistryEntryLifecycle.Action.REINCLUDE, keeper, "Новая лицензия"));
        assertThrows(Forbidden.class, () -> t.next(RegistryEntryStatus.ACTIVE, RegistryEntryLifecycle.Action.EXCLUDE,
                new RegistryEntryLifecycle.Actor(false), "x"));
        LifecycleChecks.screenOffersWhatTheTablePerforms(t, RegistryEntryStatus.class, RegistryEntryLifecycle.Action.class,
                List.of(keeper, new RegistryEntryLifecycle.Actor(false)));
    }

    @Test
    void aProgrammeIsCertifiedByTheAuthorityAndWithdrawnByItsOwnerOnlyBeforehand() {
        var t = ProgrammeLifecycle.TABLE;
        var owner = new ProgrammeLifecycle.Actor(true, false);
        var reviewer = new ProgrammeLifecycle.Actor(false, true);
        ProgrammeStatus s = t.next(ProgrammeStatus.DRAFT, ProgrammeLifecycle.Action.SUBMIT, owner, null);
        assertThrows(Forbidden.class, () -> t.next(ProgrammeStatus.SUBMITTED, ProgrammeLifecycle.Action.CERTIFY, owner, null));
        s = t.next(s, ProgrammeLifecycle.Action.CERTIFY, reviewer, null);
        assertEquals(ProgrammeStatus.CERTIFIED, s);
        assertThrows(Conflict.class, () -> t.next(ProgrammeStatus.CERTIFIED, ProgrammeLifecycle.Action.WITHDRAW, owner, null));
        s = t.next(s, ProgrammeLifecycle.Action.SUSPEND, reviewer, "Нет педагога");
        assertEquals(ProgrammeStatus.CERTIFIED, t.next(s, ProgrammeLifecycle.Action.RESUME, reviewer, null));
        assertEquals(ProgrammeStatus.EXCLUDED, t.next(s, ProgrammeLifecycle.Action.EXCLUDE, reviewer, "Программа не реализуется"));
        LifecycleChecks.screenOffersWhatTheTablePerforms(t, ProgrammeStatus.class, ProgrammeLifecycle.Action.class,
                List.of(owner, reviewer, new ProgrammeLifecycle.Actor(false, false)));
    }
}
