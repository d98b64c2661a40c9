package ru.socorder.service.certificate.enrolment;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ru.socorder.model.certificate.Enrolment;
import ru.socorder.model.certificate.EnrolmentStatus;
import ru.socorder.service.certificate.EnrolmentLifecycle;
import ru.socorder.service.lifecycle.TransitionLog;

/**
 * Lapses the enrolments an executor did not answer by their due date: a portable, non-persistent EJB timer every hour
 * (a server that was down catches up at its next run) takes the automatic step {@code LAPSE} (REQUESTED → EXPIRED),
 * written to the transition log as the system's. Until it runs, every read already shows such an enrolment as lapsed
 * ({@link EnrolmentView}) and refuses to confirm or refuse it.
 */
@Stateless
public class EnrolmentExpiry {
    static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private TransitionLog transitions;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "enrolments past their answer date lapse")
    public void hourly() {
        lapseOverdue();
    }

    /** Lapses up to {@value #BATCH} overdue enrolments; returns how many. */
    public int lapseOverdue() {
        List<Enrolment> overdue = em.createQuery("select e from Enrolment e where e.status = :requested and e.answerDue < :today order by e.id",
                Enrolment.class).setParameter("requested", EnrolmentStatus.REQUESTED).setParameter("today", LocalDate.now(clock))
                .setMaxResults(BATCH).getResultList();
        for (Enrolment e : overdue) {
            EnrolmentStatus after = EnrolmentLifecycle.TABLE.follow(e.getStatus(), EnrolmentLifecycle.Action.LAPSE);
            e.moveTo(after, clock.instant(), null);
            transitions.automatic(EnrolmentLifecycle.RECORD, e.getId(), EnrolmentLifecycle.Action.LAPSE, EnrolmentStatus.REQUESTED, after,
                    "срок ответа истёк " + ru.socorder.model.common.RussianText.date(e.getAnswerDue()));
        }
        return overdue.size();
    }
}
