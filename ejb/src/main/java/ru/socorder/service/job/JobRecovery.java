package ru.socorder.service.job;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * At startup (after the migrations), jobs that were RUNNING when the server stopped become INTERRUPTED: their
 * written rows are kept and a re-run finishes the rest. One application server runs the jobs of a database.
 */
@Startup
@Singleton
@DependsOn("DatabaseSetup")
public class JobRecovery {
    private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());

    @EJB
    private JobStore store;

    @PostConstruct
    void recover() {
        int interrupted = store.interruptRunning();
        if (interrupted > 0) {
            LOG.warning(interrupted + " job(s) were running when the server stopped; marked INTERRUPTED, re-run them to finish");
        }
    }
}
