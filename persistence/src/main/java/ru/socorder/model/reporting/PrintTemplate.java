package ru.socorder.model.reporting;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A printed form's template an administrator replaced: the uploaded .jrxml under the shipped template's name
 * ({@code agreement/agreement}); the report engine prints with it instead of the shipped one while the row exists.
 */
@Entity
@Table(name = "print_template")
public class PrintTemplate {
    @Id
    @Column(length = 200)
    private String name;

    @Version
    private long version;

    @Column(name = "file_name", nullable = false, length = 300)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected PrintTemplate() {
    }

    public PrintTemplate(String name, String fileName, byte[] content, String uploadedBy, Instant uploadedAt) {
        this.name = name;
        replace(fileName, content, uploadedBy, uploadedAt);
    }

    /** Takes a new replacement file. */
    public void replace(String fileName, byte[] content, String uploadedBy, Instant uploadedAt) {
        this.fileName = fileName;
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
