package ru.socorder.model.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One background job: what it does, who started it and when, where it stands. */
@Entity
@Table(name = "job_run")
public class JobRun {
    public static final int MESSAGE_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "job_run_seq", sequenceName = "job_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_run_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 40)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JobStatus status;

    @Column(name = "file_name", length = 300)
    private String fileName;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    /** The authority of the user who started it: whose staff see the job. */
    @Column(name = "authority_id")
    private Long authorityId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "processed_rows", nullable = false)
    private int processedRows;

    @Column(name = "failed_rows", nullable = false)
    private int failedRows;

    @Column(nullable = false)
    private int attempts;

    @Column(length = MESSAGE_LENGTH)
    private String message;

    protected JobRun() {
    }

    public JobRun(String kind, String fileName, String startedBy, Long authorityId, Instant createdAt) {
        this.kind = kind;
        this.fileName = fileName;
        this.startedBy = startedBy;
        this.authorityId = authorityId;
        this.createdAt = createdAt;
        this.status = JobStatus.PREVIEWED;
    }

    /** A run (first or again) begins; rows written before stay written. */
    public void start(Instant at) {
        status = JobStatus.RUNNING;
        startedAt = at;
        finishedAt = null;
        message = null;
        attempts++;
    }

    public void finish(JobStatus end, Instant at, String text) {
        status = end;
        finishedAt = at;
        message = text == null || text.length() <= MESSAGE_LENGTH ? text : text.substring(0, MESSAGE_LENGTH - 1) + "…";
    }

    public void counts(int processed, int failed) {
        this.processedRows = processed;
        this.failedRows = failed;
    }

    public void setTotalRows(int totalRows) {
        this.totalRows = totalRows;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getKind() {
        return kind;
    }

    public JobStatus getStatus() {
        return status;
    }

    public String getFileName() {
        return fileName;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Long getAuthorityId() {
        return authorityId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getProcessedRows() {
        return processedRows;
    }

    public int getFailedRows() {
        return failedRows;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getMessage() {
        return message;
    }
}
