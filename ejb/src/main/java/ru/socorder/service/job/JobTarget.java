package ru.socorder.service.job;

import java.io.Serializable;
import java.util.List;

/**
 * What an area supplies to run a job: a kind and how to write a chunk of its rows' drafts. An import
 * ({@link ImportTarget}) gets its rows from a previewed file; another job (e.g. the month's payment run,
 * {@code PAYMENT_RUN}) is started with its rows planned by the area ({@link Jobs#start}). Implemented by a session bean
 * of the area, found by {@link #kind()}.
 */
public interface JobTarget {

    /** The job kind, e.g. {@code EXECUTOR_IMPORT}. */
    String kind();

    /**
     * Checks each draft again (the data may have changed since the rows were planned) and writes those that pass, in
     * the caller's transaction; a refused draft is not written at all. Returns one outcome per draft, in order.
     */
    List<Outcome> write(List<Serializable> drafts);

    /** Rows per chunk (one transaction each): what a crash can lose and a re-run redoes. */
    default int chunk() {
        return Jobs.CHUNK;
    }

    /**
     * Called once a batch execution of the job has ended (in a transaction of its own, without a user): completed —
     * every row has an outcome — or not (failed; the job may be re-run). A run cut off by a server stop is told at the
     * next startup ({@link JobRecovery}), before its job becomes INTERRUPTED. Nothing to do for an import.
     * <p>
     * What this writes commits before the job's own end ({@link JobRunListener}); a view that shows both must read the
     * job first and the area's row after it (or again), never the other way round — else a job ending between the two
     * reads shows as ended beside an area still «running» (seen as a rare failure of the payment-run tests).
     */
    default void finished(long jobId, boolean completed) {
    }

    /** The id of the written record, or the Russian reason it was refused. */
    record Outcome(Long recordId, String refusal) {
        public static Outcome written(long id) {
            return new Outcome(id, null);
        }

        public static Outcome refused(String reason) {
            return new Outcome(null, reason);
        }
    }
}
