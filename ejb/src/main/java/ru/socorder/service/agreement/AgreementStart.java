package ru.socorder.service.agreement;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ru.socorder.model.agreement.Agreement;
import ru.socorder.model.agreement.AgreementStatus;
import ru.socorder.service.lifecycle.TransitionLog;

/**
 * Starts the execution of agreements signed before their start of validity, once it has come: a non-persistent EJB
 * timer every hour (a server that was down catches up at its next run) takes the automatic step {@code START}, written
 * as the system's.
 */
@Stateless
public class AgreementStart {
    static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private TransitionLog transitions;

    @Schedule(hour = "*", minute = "11", persistent = false, info = "signed agreements start on their first day")
    public void hourly() {
        startDue();
    }

    /** Starts up to {@value #BATCH} signed agreements whose validity has begun; returns how many. */
    public int startDue() {
        LocalDate today = LocalDate.now(clock);
        List<Agreement> due = em.createQuery("select a from Agreement a where a.status = :signed and a.validFrom <= :today "
                        + "and a.previous is null order by a.id", Agreement.class)
                .setParameter("signed", AgreementStatus.SIGNED).setParameter("today", today).setMaxResults(BATCH).getResultList();
        for (Agreement a : due) {
            AgreementStatus after = AgreementLifecycle.TABLE.follow(a.getStatus(), AgreementLifecycle.Action.START);
            a.moveTo(after, today);
            transitions.automatic(AgreementLifecycle.RECORD, a.getId(), AgreementLifecycle.Action.START, AgreementStatus.SIGNED, after,
                    "наступила дата начала действия " + ru.socorder.model.common.RussianText.date(a.getValidFrom()));
        }
        return due.size();
    }
}
