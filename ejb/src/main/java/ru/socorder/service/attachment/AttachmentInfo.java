package ru.socorder.service.attachment;

import java.io.Serializable;
import java.time.Instant;
import ru.socorder.model.attachment.Attachment;

/** An attachment as lists show it, without its bytes. */
public record AttachmentInfo(long id, String fileName, String contentType, long size, String sha256, String uploadedBy,
                             Instant uploadedAt) implements Serializable {
    static AttachmentInfo of(Attachment a) {
        return new AttachmentInfo(a.getId(), a.getFileName(), a.getContentType(), a.getSize(), a.getSha256(), a.getUploadedBy(),
                a.getUploadedAt());
    }
}
