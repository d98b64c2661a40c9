package ru.socorder.service.certificate.closing;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.socorder.model.certificate.ClosingCalendar;
import ru.socorder.model.job.JobRun;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.job.JobTarget;
import ru.socorder.service.security.CurrentUser;

/**
 * The year end as a job ({@value #KIND}): one job row per contract of the year, then per certificate. Each unit is a
 * transaction of its own ({@link YearEnd#decide}, {@link YearEnd#expire}), so a unit that fails is rolled back alone,
 * its row says why and the rest go on; the closing stays in progress until a re-run has done every unit. When the job
 * has written every row without a failure, the year is closed.
 */
@Stateless
public class YearEndWriter implements JobTarget {
    public static final String KIND = "YEAR_END";
    private static final Logger LOG = Logger.getLogger(YearEndWriter.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private YearEnd yearEnd;

    @Inject
    private CurrentUser currentUser;

    /** A job row: a contract or a certificate of the closing. */
    public record Unit(long closingId, boolean contract, long id) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Units per chunk (each unit commits on its own; the chunk records the rows' outcomes). */
    @Override
    public int chunk() {
        return 50;
    }

    @Override
    public List<Outcome> write(List<Serializable> drafts) {
        String actor = currentUser.get().login();
        List<Outcome> out = new ArrayList<>();
        for (Serializable d : drafts) {
            Unit u = (Unit) d;
            try {
                if (u.contract()) {
                    yearEnd.decide(u.closingId(), u.id(), actor);
                } else {
                    yearEnd.expire(u.closingId(), u.id(), actor);
                }
                out.add(Outcome.written(u.id()));
            } catch (BusinessException e) {
                out.add(Outcome.refused(e.getMessage()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "year end: " + (u.contract() ? "contract " : "certificate ") + u.id() + " not done", e);
                out.add(Outcome.refused("Не выполнено: " + e.getClass().getSimpleName() + " — повторите закрытие года"));
            }
        }
        return out;
    }

    /** Every unit done: the year is closed; a unit failed (or the job was cut off): the closing stays in progress. */
    @Override
    public void finished(long jobId, boolean completed) {
        JobRun job = em.find(JobRun.class, jobId);
        List<ClosingCalendar> closings = em.createQuery("select c from ClosingCalendar c where c.jobId = :j", ClosingCalendar.class)
                .setParameter("j", jobId).getResultList();
        if (completed && job.getFailedRows() == 0) {
            closings.forEach(c -> yearEnd.finish(c.getId(), job.getStartedBy(), job.getProcessedRows()));
        } else {
            LOG.warning(() -> "year end job " + jobId + ": " + job.getFailedRows() + " unit(s) not done; the closing stays in progress, "
                    + "a re-run does them");
        }
    }
}
