package ru.socorder.service.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.certificate.CertificateApplicationStatus;
import ru.socorder.model.certificate.CertificateStatus;
import ru.socorder.model.certificate.ContractStatus;
import ru.socorder.model.certificate.EnrolmentStatus;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.Forbidden;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.lifecycle.LifecycleChecks;

class CertificateLifecyclesTest {

    @Test
    void anApplicationIsIssuedQueuedAndServedFromTheQueueOnlyAutomatically() {
        var t = CertificateApplicationLifecycle.TABLE;
        var clerk = new CertificateApplicationLifecycle.Actor(true);
        assertEquals(CertificateApplicationStatus.ISSUED, t.next(CertificateApplicationStatus.RECEIVED,
                CertificateApplicationLifecycle.Action.ISSUE, clerk, null));
        CertificateApplicationStatus queued = t.next(CertificateApplicationStatus.RECEIVED, CertificateApplicationLifecycle.Action.ENQUEUE,
                clerk, null);
        assertThrows(Conflict.class, () -> t.next(queued, CertificateApplicationLifecycle.Action.SERVE, clerk, null), "nobody jumps the queue");
        assertThrows(Conflict.class, () -> t.next(queued, CertificateApplicationLifecycle.Action.ISSUE, clerk, null));
        assertEquals(CertificateApplicationStatus.ISSUED, t.follow(queued, CertificateApplicationLifecycle.Action.SERVE));
        assertNull(t.follow(CertificateApplicationStatus.WITHDRAWN, CertificateApplicationLifecycle.Action.SERVE));
        assertEquals(CertificateApplicationStatus.REFUSED, t.follow(queued, CertificateApplicationLifecycle.Action.REFUSE_QUEUED),
                "serving the queue refuses a child no longer eligible");
        assertNull(t.follow(CertificateApplicationStatus.RECEIVED, CertificateApplicationLifecycle.Action.REFUSE_QUEUED));
        assertThrows(Conflict.class, () -> t.next(queued, CertificateApplicationLifecycle.Action.REFUSE_QUEUED, clerk, "нет"),
                "only the system takes it; the clerk refuses with REFUSE");
        assertEquals(List.of(CertificateApplicationLifecycle.Action.REFUSE, CertificateApplicationLifecycle.Action.WITHDRAW),
                t.actions(queued, clerk));
    }

    @Test
    void aHeldApplicationContinuesOnlyWhenTheClerkSaysHowTheDuplicateIsResolved() {
        var t = CertificateApplicationLifecycle.TABLE;
        var clerk = new CertificateApplicationLifecycle.Actor(true);
        assertThrows(Conflict.class, () -> t.next(CertificateApplicationStatus.HELD, CertificateApplicationLifecycle.Action.ISSUE, clerk, null));
        assertThrows(ValidationFailed.class, () -> t.next(CertificateApplicationStatus.HELD, CertificateApplicationLifecycle.Action.RESOLVE,
                clerk, null));
        assertEquals(CertificateApplicationStatus.RECEIVED, t.next(CertificateApplicationStatus.HELD,
                CertificateApplicationLifecycle.Action.RESOLVE, clerk, "Другой ребёнок: СНИЛС различаются"));
        assertThrows(ValidationFailed.class, () -> t.next(CertificateApplicationStatus.RECEIVED, CertificateApplicationLifecycle.Action.REFUSE,
                clerk, " "));
        LifecycleChecks.screenOffersWhatTheTablePerforms(t, CertificateApplicationStatus.class, CertificateApplicationLifecycle.Action.class,
                List.of(clerk, new CertificateApplicationLifecycle.Actor(false)));
    }

    @Test
    void aCertificateIsUsedByAContractAndExpiresByTheCalendar() {
        var t = CertificateLifecycle.TABLE;
        var clerk = new CertificateLifecycle.Actor(true);
        assertEquals(CertificateStatus.IN_USE, t.follow(CertificateStatus.ISSUED, CertificateLifecycle.Action.USE));
        assertNull(t.follow(CertificateStatus.IN_USE, CertificateLifecycle.Action.USE), "a second contract changes nothing");
        assertEquals(CertificateStatus.EXPIRED, t.follow(CertificateStatus.SUSPENDED, CertificateLifecycle.Action.EXPIRE));
        assertNull(t.follow(CertificateStatus.REVOKED, CertificateLifecycle.Action.EXPIRE));
        assertThrows(Conflict.class, () -> t.next(CertificateStatus.IN_USE, CertificateLifecycle.Action.EXPIRE, clerk, null));
        CertificateStatus suspended = t.next(CertificateStatus.IN_USE, CertificateLifecycle.Action.SUSPEND, clerk, "Проверка сведений");
        assertEquals(CertificateStatus.ISSUED, t.next(suspended, CertificateLifecycle.Action.RESUME, clerk, null));
        assertThrows(ValidationFailed.class, () -> t.next(CertificateStatus.ISSUED, CertificateLifecycle.Action.REVOKE, clerk, null));
        assertThrows(Forbidden.class, () -> t.next(CertificateStatus.ISSUED, CertificateLifecycle.Action.CLOSE,
                new CertificateLifecycle.Actor(false), null));
        LifecycleChecks.screenOffersWhatTheTablePerforms(t, CertificateStatus.class, CertificateLifecycle.Action.class,
                List.of(clerk, new CertificateLifecycle.Actor(false)));
    }

    @Test
    void theExecutorAnswersAnEnrolmentAndAnUnansweredOneLapses() {
        var t = EnrolmentLifecycle.TABLE;
        var executor = new EnrolmentLifecycle.Actor(true, false);
        var clerk = new EnrolmentLifecycle.Actor(false, true);
        assertEquals(EnrolmentStatus.CONFIRMED, t.next(EnrolmentStatus.REQUESTED, EnrolmentLifecycle.Action.CONFIRM, executor, null));
        assertThrows(Forbidden.class, () -> t.next(EnrolmentStatus.REQUESTED, EnrolmentLifecycle.Action.CONFIRM, clerk, null),
                "the clerk does not enrol the child for the executor");
        assertThrows(ValidationFailed.class, () -> t.next(EnrolmentStatus.REQUESTED, EnrolmentLifecycle.Action.REFUSE, executor, null));
        assertEquals(EnrolmentStatus.CANCELLED, t.next(EnrolmentStatus.REQUESTED, EnrolmentLifecycle.Action.CANCEL, clerk, "Заявление родителя"));
        assertEquals(EnrolmentStatus.EXPIRED, t.follow(EnrolmentStatus.REQUESTED, EnrolmentLifecycle.Action.LAPSE));
        assertNull(t.follow(EnrolmentStatus.CONFIRMED, EnrolmentLifecycle.Action.LAPSE), "an answered enrolment does not lapse");
        LifecycleChecks.screenOffersWhatTheTablePerforms(t, EnrolmentStatus.class, EnrolmentLifecycle.Action.class,
                List.of(executor, clerk, new EnrolmentLifecycle.Actor(false, false)));
    }

    @Test
    void eitherSideTerminatesAContractWithItsBasisAndOnlyTheExecutorCompletesIt() {
        var t = ContractLifecycle.TABLE;
        var executor = new ContractLifecycle.Actor(true, false);
        var clerk = new ContractLifecycle.Actor(false, true);
        assertEquals(ContractStatus.ACTIVE, t.follow(ContractStatus.CONCLUDED, ContractLifecycle.Action.START));
        assertEquals(ContractStatus.TERMINATED, t.next(ContractStatus.CONCLUDED, ContractLifecycle.Action.TERMINATE, clerk, "Смена исполнителя"));
        assertEquals(ContractStatus.TERMINATED, t.next(ContractStatus.ACTIVE, ContractLifecycle.Action.TERMINATE, executor, "Пропуски"));
        assertThrows(ValidationFailed.class, () -> t.next(ContractStatus.ACTIVE, ContractLifecycle.Action.TERMINATE, executor, null));
        assertThrows(Forbidden.class, () -> t.next(ContractStatus.ACTIVE, ContractLifecycle.Action.COMPLETE, clerk, null));
        assertThrows(Conflict.class, () -> t.next(ContractStatus.TERMINATED, ContractLifecycle.Action.TERMINATE, clerk, "ещё раз"));
        LifecycleChecks.screenOffersWhatTheTablePerforms(t, ContractStatus.class, ContractLifecycle.Action.class,
                List.of(executor, clerk, new ContractLifecycle.Actor(false, false)));
    }
}
