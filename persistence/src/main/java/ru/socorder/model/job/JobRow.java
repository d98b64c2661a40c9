package ru.socorder.model.job;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One row of a job's input: the verdict of the check (VALID, CORRECTED, REJECTED with messages) and, once the job
 * has handled it, the outcome (WRITTEN with the id of the record, or FAILED with the reason). The outcome is set in
 * the same transaction that writes the record, so a row is written exactly once however often the job is re-run.
 */
@Entity
@Table(name = "job_row")
public class JobRow {
    public static final int MESSAGES_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "job_row_seq", sequenceName = "job_row_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_row_seq")
    private Long id;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Column(nullable = false)
    private int line;

    @Column(nullable = false, length = 20)
    private String verdict;

    @Column(length = 20)
    private String outcome;

    @Column(name = "record_key", length = 300)
    private String recordKey;

    @Column(length = 1000)
    private String name;

    @Column(length = MESSAGES_LENGTH)
    private String messages;

    @Column(name = "record_id")
    private Long recordId;

    /** The checked draft, serialised: what the job writes. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] payload;

    protected JobRow() {
    }

    public JobRow(long jobId, int line, String verdict, String recordKey, String name, String messages, byte[] payload) {
        this.jobId = jobId;
        this.line = line;
        this.verdict = verdict;
        this.recordKey = cut(recordKey, 300);
        this.name = cut(name, 1000);
        this.messages = cut(messages, MESSAGES_LENGTH);
        this.payload = payload;
    }

    public void written(long record) {
        outcome = "WRITTEN";
        recordId = record;
    }

    public void failed(String reason) {
        outcome = "FAILED";
        messages = cut(reason, MESSAGES_LENGTH);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getJobId() {
        return jobId;
    }

    public int getLine() {
        return line;
    }

    public String getVerdict() {
        return verdict;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getRecordKey() {
        return recordKey;
    }

    public String getName() {
        return name;
    }

    public String getMessages() {
        return messages;
    }

    public Long getRecordId() {
        return recordId;
    }

    public byte[] getPayload() {
        return payload;
    }
}
