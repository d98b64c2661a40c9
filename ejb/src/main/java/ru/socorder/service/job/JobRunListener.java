package ru.socorder.service.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Tells the job's {@link JobTarget} that a batch run ended ({@link JobTarget#finished}), then records the end in the
 * job's row — COMPLETED, or FAILED with the reason the step recorded. In that order, so that whoever reads an ended
 * job also reads what its target made of it (a payment run READY, not still RUNNING).
 */
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

    @Inject
    private JobTargets targets;

    @Override
    public void afterJob() {
        long id = Long.parseLong(jobRunId);
        // while afterJob runs, the runtime still reports STARTED for a run that went well
        BatchStatus status = context.getBatchStatus();
        Object reason = context.getTransientUserData();
        boolean completed = reason == null && status != BatchStatus.FAILED && status != BatchStatus.STOPPING && status != BatchStatus.STOPPED
                && status != BatchStatus.ABANDONED;
        // the target first: nobody may see the job ended while its target (a payment run) still shows it running
        try {
            targets.of(store.kind(id)).finished(id, completed);
        } finally {
            store.finish(id, completed ? ru.socorder.model.job.JobStatus.COMPLETED : ru.socorder.model.job.JobStatus.FAILED, completed ? null
                    : "Задание прервано ошибкой" + (reason == null ? "" : ": " + reason) + ". Записанные строки сохранены; запустите задание повторно");
        }
    }
}
