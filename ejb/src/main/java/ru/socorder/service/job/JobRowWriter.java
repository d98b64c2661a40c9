package ru.socorder.service.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Writes a chunk of job rows through the job's {@link ImportTarget} (see {@link JobStore#writeChunk}). */
@Named("jobRowWriter")
@Dependent
public class JobRowWriter extends AbstractItemWriter {
    @Inject
    @BatchProperty(name = "jobRunId")
    private String jobRunId;

    @EJB
    private JobStore store;

    @Inject
    private ImportTargets targets;

    private ImportTarget target;

    @Override
    public void writeItems(List<Object> items) {
        long id = Long.parseLong(jobRunId);
        if (target == null) {
            target = targets.of(store.kind(id));
        }
        store.writeChunk(id, items.stream().map(i -> (Long) i).toList(), target);
    }
}
