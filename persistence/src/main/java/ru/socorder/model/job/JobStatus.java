package ru.socorder.model.job;

/**
 * PREVIEWED — the file was read and checked, nothing written, waiting for confirmation; RUNNING — writing;
 * COMPLETED — every row has an outcome; FAILED — the run stopped on an error; INTERRUPTED — it was running when the
 * server stopped. FAILED and INTERRUPTED runs are re-run from where they stopped.
 */
public enum JobStatus {
    PREVIEWED, RUNNING, COMPLETED, FAILED, INTERRUPTED;

    public boolean rerunnable() {
        return this == FAILED || this == INTERRUPTED;
    }
}
