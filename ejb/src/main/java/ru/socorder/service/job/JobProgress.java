package ru.socorder.service.job;

import ru.socorder.model.job.JobStatus;

/**
 * Where a job stands for the area that runs it (a payment run, a year end): its status and counts as its row holds
 * them now — read from the row alone, without the per-verdict counts over the job's rows that {@link JobView} gives.
 */
public record JobProgress(JobStatus status, int total, int processed, int failed, String message) {

    public boolean running() {
        return status == JobStatus.RUNNING;
    }
}
