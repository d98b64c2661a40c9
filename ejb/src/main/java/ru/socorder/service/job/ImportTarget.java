package ru.socorder.service.job;

import java.io.Serializable;
import java.util.List;
import ru.socorder.service.exchange.ImportPreview;

/**
 * What an area supplies to import a file through a job: how to read and check it (as the current user, nothing
 * written) and how to write checked drafts (in the job's transaction, without a user: rights were checked when the
 * file was previewed and the job confirmed). Implemented by a session bean of the area, found by {@link #kind()}.
 */
public interface ImportTarget {

    /** The job kind, e.g. {@code EXECUTOR_IMPORT}. */
    String kind();

    /** Reads the file and checks every row as the current user; writes nothing. */
    ImportPreview<? extends Serializable> preview(String fileName, byte[] content);

    /**
     * Checks each draft again (the directory may have changed since the preview) and writes those that pass, in
     * the caller's transaction; a refused draft is not written at all. Returns one outcome per draft, in order.
     */
    List<Outcome> write(List<Serializable> drafts);

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
