package ru.socorder.model.attachment;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an {@link Attachment}, in a table of their own. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {
    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected AttachmentContent() {
    }

    public AttachmentContent(Long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public byte[] getContent() {
        return content;
    }
}
