package ru.socorder.service.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types attachments accept, recognised by their bytes (magic numbers), never by the name alone: PDF
 * ({@code %PDF-}), JPEG ({@code FF D8 FF}), PNG (its 8-byte signature), DOCX and XLSX (a ZIP whose entries are
 * {@code word/…} or {@code xl/…}).
 */
public enum FileType {
    PDF("PDF", "application/pdf", List.of("pdf")),
    DOCX("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    XLSX("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
    JPEG("JPEG", "image/jpeg", List.of("jpg", "jpeg")),
    PNG("PNG", "image/png", List.of("png"));

    /** Entries of a ZIP looked at before giving up on telling DOCX from XLSX. */
    private static final int ZIP_ENTRIES = 200;

    private final String label;
    private final String contentType;
    private final List<String> extensions;

    FileType(String label, String contentType, List<String> extensions) {
        this.label = label;
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String label() {
        return label;
    }

    public String contentType() {
        return contentType;
    }

    /** The type a file name's extension claims, or null. */
    public static FileType byName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileType t : values()) {
            if (t.extensions.contains(ext)) {
                return t;
            }
        }
        return null;
    }

    /** The type the bytes are, or null when they are none of these. */
    public static FileType sniff(byte[] b) {
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(b, 'P', 'K', 3, 4)) {
            return office(b);
        }
        return null;
    }

    private static FileType office(byte[] b) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            for (int i = 0; i < ZIP_ENTRIES && (e = zip.getNextEntry()) != null; i++) {
                if (e.getName().startsWith("word/")) {
                    return DOCX;
                }
                if (e.getName().startsWith("xl/")) {
                    return XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            return null;
        }
        return null;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b == null || b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
