package ru.socorder.service.job;

import ru.socorder.service.exchange.RowSink;

/**
 * A job that imports a file: how to read and check it (as the current user, nothing written) besides how to write
 * checked drafts ({@link JobTarget#write}, in the job's transaction, for the user who confirmed the preview).
 */
public interface ImportTarget extends JobTarget {

    /**
     * Reads the file and checks every row as the current user, handing each row to the sink in file order (a large
     * file row by row, see {@code TableReader.stream}); writes nothing of the area's records.
     */
    void preview(String fileName, byte[] content, RowSink sink);
}
