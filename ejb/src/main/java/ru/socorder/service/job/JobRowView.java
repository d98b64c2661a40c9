package ru.socorder.service.job;

import java.io.Serializable;
import java.util.List;
import ru.socorder.model.job.JobRow;

/**
 * One row of a job: line in the file, the verdict of the check (VALID, CORRECTED, REJECTED), the outcome of the
 * run (WRITTEN, FAILED or not yet), key and name of the record, the reasons or corrections, the written record's id.
 */
public record JobRowView(int line, String verdict, String outcome, String key, String name, List<String> messages,
                         Long recordId) implements Serializable {
    static final String SEPARATOR = "\n";

    static JobRowView of(JobRow r) {
        return new JobRowView(r.getLine(), r.getVerdict(), r.getOutcome(), r.getRecordKey(), r.getName(),
                r.getMessages() == null ? List.of() : List.of(r.getMessages().split(SEPARATOR)), r.getRecordId());
    }

    public String messageText() {
        return String.join("; ", messages);
    }
}
