package ru.socorder.service.job;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.socorder.service.common.BusinessException;

/** Passes the reason a step failed to {@link JobRunListener} (a business message as it is, anything else logged). */
@Named("jobStepListener")
@Dependent
public class JobStepListener extends AbstractStepListener {
    private static final Logger LOG = Logger.getLogger(JobStepListener.class.getName());

    @Inject
    private StepContext step;

    @Inject
    private JobContext job;

    @Override
    public void afterStep() {
        Exception e = step.getException();
        if (e != null) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof BusinessException)) {
                cause = cause.getCause();
            }
            if (cause instanceof BusinessException b) {
                job.setTransientUserData(b.getMessage());
            } else {
                LOG.log(Level.SEVERE, "Job step failed", e);
                job.setTransientUserData("внутренняя ошибка, подробности в журнале сервера");
            }
        }
    }
}
