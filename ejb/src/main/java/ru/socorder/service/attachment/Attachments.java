package ru.socorder.service.attachment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import ru.socorder.model.attachment.Attachment;
import ru.socorder.model.attachment.AttachmentContent;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.exchange.FileNames;
import ru.socorder.service.reporting.PrintedForm;
import ru.socorder.service.security.CurrentUser;

/**
 * Вложения: stores uploaded files of any record and gives them back. Rights are the owner's: the owner's boundary
 * checks that the caller may change (or read) its record, then calls this one — which checks the file itself: name
 * ({@link FileNames}), not empty, the use's size limit, the type its bytes are (never trusting the name) among the
 * use's types and the one its extension claims. Every file gets its SHA-256; who uploaded it and when are kept.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class Attachments {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    /** Checks and stores a file of a record; for a single-file use it replaces the previous one. */
    public AttachmentInfo store(AttachmentUse use, long ownerId, String fileName, byte[] content) {
        String login = currentUser.get().login();
        String name = FileNames.clean("fileName", fileName, Attachment.FILE_NAME_LENGTH);
        FileType type = check(use, name, content);
        if (use.single()) {
            for (Attachment old : attachments(use, ownerId)) {
                em.remove(em.getReference(AttachmentContent.class, old.getId()));
                em.remove(old);
            }
            em.flush();
        }
        Attachment a = new Attachment(use.ownerType(), ownerId, use.purpose(), name, type.contentType(), content.length,
                sha256(content), login, clock.instant());
        em.persist(a);
        em.flush();
        em.persist(new AttachmentContent(a.getId(), content));
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.ATTACHMENT_STORED, use.owner(), ownerId, use.purpose() + ": " + name + " (" + content.length + " байт, SHA-256 "
                + a.getSha256() + ")");
        return AttachmentInfo.of(a);
    }

    /** The type of an acceptable file; refusals name the use's field. */
    static FileType check(AttachmentUse use, String name, byte[] content) {
        FileType claimed = FileType.byName(name);
        if (claimed == null || !use.allowed().contains(claimed)) {
            throw new ValidationFailed(use.field(), "Прикрепить можно файл " + use.allowedText());
        }
        if (content == null || content.length == 0) {
            throw new ValidationFailed(use.field(), "Файл пустой");
        }
        if (content.length > use.maxBytes()) {
            throw new ValidationFailed(use.field(), "Файл больше " + use.maxText());
        }
        FileType actual = FileType.sniff(content);
        if (actual != claimed) {
            throw new ValidationFailed(use.field(), "Содержимое файла не соответствует его расширению"
                    + (actual == null ? "" : ": это файл " + actual.label()));
        }
        return actual;
    }

    /** The files of a record for a use, newest first, without their bytes. */
    public List<AttachmentInfo> list(AttachmentUse use, long ownerId) {
        return attachments(use, ownerId).stream().map(AttachmentInfo::of).toList();
    }

    /** The newest file of a record for a use, with its bytes; 404 with the given text when there is none. */
    public PrintedForm latest(AttachmentUse use, long ownerId, String missing) {
        List<Attachment> all = attachments(use, ownerId);
        if (all.isEmpty()) {
            throw new NotFound(missing);
        }
        Attachment a = all.get(0);
        return new PrintedForm(a.getFileName(), a.getContentType(), em.find(AttachmentContent.class, a.getId()).getContent());
    }

    private List<Attachment> attachments(AttachmentUse use, long ownerId) {
        return em.createQuery("select a from Attachment a where a.ownerType = :t and a.ownerId = :o and a.purpose = :p "
                        + "order by a.uploadedAt desc, a.id desc", Attachment.class)
                .setParameter("t", use.ownerType()).setParameter("o", ownerId).setParameter("p", use.purpose()).getResultList();
    }

    /** Hashes files stored without one (migrated); returns how many. Called at startup. */
    public int hashMissing() {
        List<Attachment> missing = em.createQuery("select a from Attachment a where a.sha256 is null", Attachment.class).getResultList();
        missing.forEach(a -> a.setSha256(sha256(em.find(AttachmentContent.class, a.getId()).getContent())));
        return missing.size();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
