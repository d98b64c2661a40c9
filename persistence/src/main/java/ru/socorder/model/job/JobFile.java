package ru.socorder.model.job;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The uploaded file of a job, kept apart so that lists of jobs never load it. */
@Entity
@Table(name = "job_file")
public class JobFile {
    @Id
    @Column(name = "job_id")
    private Long jobId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected JobFile() {
    }

    public JobFile(Long jobId, byte[] content) {
        this.jobId = jobId;
        this.content = content;
    }

    public Long getJobId() {
        return jobId;
    }

    public byte[] getContent() {
        return content;
    }
}
