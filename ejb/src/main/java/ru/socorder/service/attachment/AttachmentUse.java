package ru.socorder.service.attachment;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.socorder.service.audit.RecordKind;

/**
 * What a record may carry: owner type, purpose, the types and the size allowed, the field an error names, and
 * whether a new upload replaces the previous one. Each area declares its uses as constants.
 *
 * @param field the request field that carries the file (errors name it)
 */
public record AttachmentUse(RecordKind owner, String purpose, Set<FileType> allowed, long maxBytes, String field, boolean single) {

    /** The original of a decision (the signed act): a PDF scan or a DOCX, up to 20 MB, one at a time. */
    public static final AttachmentUse DECISION_ORIGINAL = new AttachmentUse(RecordKind.DECISION, "ORIGINAL",
            Set.of(FileType.PDF, FileType.DOCX), 20L * 1024 * 1024, "file", true);

    /** The owner's kind as the attachment table stores it. */
    public String ownerType() {
        return owner.code();
    }

    /** «PDF или DOCX», in the order of {@link FileType}. */
    public String allowedText() {
        List<String> names = List.of(FileType.values()).stream().filter(allowed::contains).map(FileType::label).toList();
        return names.size() == 1 ? names.get(0)
                : names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " или " + names.get(names.size() - 1);
    }

    /** «20 МБ» */
    public String maxText() {
        return maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " МБ" : maxBytes / 1024 + " КБ";
    }
}
