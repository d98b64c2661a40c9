package ru.socorder.service.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the rows of a job still to write (accepted by the check, no outcome yet) in file order, a page at a time;
 * the checkpoint is the last line read. A re-run starts from the rows without an outcome, so it needs no batch
 * restart and works on every server, also where the batch runtime keeps its repository in memory.
 */
@Named("jobRowReader")
@Dependent
public class JobRowReader extends AbstractItemReader {
    private static final int PAGE = 1000;

    @Inject
    @BatchProperty(name = "jobRunId")
    private String jobRunId;

    @EJB
    private JobStore store;

    private final Deque<long[]> buffer = new ArrayDeque<>();
    private int lastLine;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastLine = checkpoint == null ? 0 : (Integer) checkpoint;
        buffer.clear();
        exhausted = false;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            buffer.addAll(store.pending(Long.parseLong(jobRunId), lastLine, PAGE));
            exhausted = buffer.size() < PAGE;
        }
        long[] next = buffer.poll();
        if (next == null) {
            return null;
        }
        lastLine = (int) next[1];
        return next[0];
    }

    @Override
    public Serializable checkpointInfo() {
        return lastLine;
    }
}
