package ru.socorder.service.job;

import java.io.Serializable;
import java.time.Instant;
import ru.socorder.model.job.JobRun;
import ru.socorder.model.job.JobStatus;

/**
 * A job as screens and the API show it: status, who started it and when, the counts of the check (valid,
 * corrected, rejected rows) and of the run (to write, handled, failed).
 */
public record JobView(long id, String kind, JobStatus status, String fileName, String startedBy, Instant createdAt,
                      Instant startedAt, Instant finishedAt, int total, int processed, int failed, int attempts,
                      String message, long valid, long corrected, long rejected) implements Serializable {

    static JobView of(JobRun j, long valid, long corrected, long rejected) {
        return new JobView(j.getId(), j.getKind(), j.getStatus(), j.getFileName(), j.getStartedBy(), j.getCreatedAt(),
                j.getStartedAt(), j.getFinishedAt(), j.getTotalRows(), j.getProcessedRows(), j.getFailedRows(),
                j.getAttempts(), j.getMessage(), valid, corrected, rejected);
    }

    /** Rows written so far. */
    public int written() {
        return processed - failed;
    }

    /** 0..100 of the rows to write that are handled. */
    public int percent() {
        return total == 0 ? (status == JobStatus.COMPLETED ? 100 : 0) : (int) Math.min(100, processed * 100L / total);
    }

    /** The preview can be confirmed: rows were read and none was rejected. */
    public boolean importable() {
        return status == JobStatus.PREVIEWED && valid + corrected > 0 && rejected == 0;
    }

    /** The accepted rows of the preview can be written without the rejected ones (chosen explicitly). */
    public boolean partlyImportable() {
        return status == JobStatus.PREVIEWED && valid + corrected > 0;
    }

    public boolean running() {
        return status == JobStatus.RUNNING;
    }

    public boolean finished() {
        return status == JobStatus.COMPLETED || status == JobStatus.FAILED || status == JobStatus.INTERRUPTED;
    }
}
