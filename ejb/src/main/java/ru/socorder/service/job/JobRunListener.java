package ru.socorder.service.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records the end of a batch run in the job's row: COMPLETED, or FAILED with the reason the step recorded. */
@Named("jobRunListener")
@Dependent
public class JobRunListener extends AbstractJobListener {
    @Inject
    @BatchProperty(name = "jobRunId")
    private String jobRunId;

    @Inject
    private JobContext context;

    @EJB
    private JobStore store;

    @Override
    public void afterJob() {
        long id = Long.parseLong(jobRunId);
        // while afterJob runs, the runtime still reports STARTED for a run that went well
        BatchStatus status = context.getBatchStatus();
        Object reason = context.getTransientUserData();
        if (reason == null && status != BatchStatus.FAILED && status != BatchStatus.STOPPING && status != BatchStatus.STOPPED
                && status != BatchStatus.ABANDONED) {
            store.finish(id, ru.socorder.model.job.JobStatus.COMPLETED, null);
        } else {
            store.finish(id, ru.socorder.model.job.JobStatus.FAILED, "Задание прервано ошибкой"
                    + (reason == null ? "" : ": " + reason) + ". Записанные строки сохранены; запустите задание повторно");
        }
    }
}
