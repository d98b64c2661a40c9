package ru.socorder.service.job;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At startup (after the migrations), jobs that were RUNNING when the server stopped become INTERRUPTED: their
 * written rows are kept and a re-run finishes the rest. Their areas learn first that the job ended without completing
 * ({@link JobTarget#finished}), as from the job listener when a run fails — a server killed mid-run never called it —,
 * so that e.g. a payment run shows cut off (FAILED) rather than running. One application server runs the jobs of a
 * database.
 */
@Startup
@Singleton
@DependsOn("DatabaseSetup")
public class JobRecovery {
    private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());

    @EJB
    private JobStore store;

    @Inject
    private JobTargets targets;

    /** Each step in a transaction of its own: an area that fails to take the news does not keep the jobs RUNNING. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void recover() {
        for (Map.Entry<Long, String> job : store.running().entrySet()) {
            try {
                targets.of(job.getValue()).finished(job.getKey(), false);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Job " + job.getKey() + " (" + job.getValue() + ") was cut off; its area could not take it", e);
            }
        }
        int interrupted = store.interruptRunning();
        if (interrupted > 0) {
            LOG.warning(interrupted + " job(s) were running when the server stopped; marked INTERRUPTED, re-run them to finish");
        }
    }
}
