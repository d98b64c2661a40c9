package ru.socorder.service.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.socorder.service.common.ValidationFailed;

class AttachmentCheckTest {
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("x").createRow(0).createCell(0).setCellValue("a");
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void typesAreRecognisedByTheirBytes() throws IOException {
        assertEquals(FileType.PDF, FileType.sniff(PDF));
        assertEquals(FileType.PNG, FileType.sniff(PNG));
        assertEquals(FileType.JPEG, FileType.sniff(JPEG));
        assertEquals(FileType.DOCX, FileType.sniff(zip("word/document.xml")));
        assertEquals(FileType.XLSX, FileType.sniff(zip("xl/workbook.xml")));
        assertEquals(FileType.XLSX, FileType.sniff(xlsx()));
        assertNull(FileType.sniff(zip("content.xml")), "a ZIP that is no Office document");
        assertNull(FileType.sniff("PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1)));
        assertNull(FileType.sniff("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)), "an executable");
        assertNull(FileType.sniff(new byte[0]));
        assertNull(FileType.sniff("%PD".getBytes(StandardCharsets.ISO_8859_1)), "shorter than the signature");
    }

    @Test
    void aDecisionOriginalIsAPdfOrDocxOfAtMost20Megabytes() throws IOException {
        AttachmentUse use = AttachmentUse.DECISION_ORIGINAL;
        assertEquals("PDF или DOCX", use.allowedText());
        assertEquals("20 МБ", use.maxText());
        assertEquals(FileType.PDF, Attachments.check(use, "Постановление.PDF", PDF));
        assertEquals(FileType.DOCX, Attachments.check(use, "act.docx", zip("word/document.xml")));
        assertRefused("Прикрепить можно файл PDF или DOCX", use, "scan.png", PNG);
        assertRefused("Прикрепить можно файл PDF или DOCX", use, "scan", PDF);
        assertRefused("Файл пустой", use, "act.pdf", new byte[0]);
        assertRefused("Содержимое файла не соответствует его расширению: это файл PNG", use, "act.pdf", PNG);
        assertRefused("Содержимое файла не соответствует его расширению: это файл XLSX", use, "act.docx", xlsx());
        assertRefused("Содержимое файла не соответствует его расширению", use, "act.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8));
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertRefused("Файл больше 20 МБ", use, "big.pdf", big);
    }

    @Test
    void aUseWithImagesAndASmallLimit() {
        AttachmentUse photo = new AttachmentUse(ru.socorder.service.audit.RecordKind.EXECUTOR, "PHOTO", Set.of(FileType.JPEG, FileType.PNG, FileType.PDF), 512 * 1024, "photo", false);
        assertEquals("PDF, JPEG или PNG", photo.allowedText());
        assertEquals("512 КБ", photo.maxText());
        assertEquals(FileType.JPEG, Attachments.check(photo, "site.jpeg", JPEG));
        ValidationFailed e = assertThrows(ValidationFailed.class, () -> Attachments.check(photo, "site.jpg", PNG));
        assertEquals("photo", e.errors().get(0).field(), "the error names the use's field");
    }

    @Test
    void theHashIsTheSha256OfTheBytes() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Attachments.sha256(new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Attachments.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    private static void assertRefused(String message, AttachmentUse use, String name, byte[] content) {
        ValidationFailed e = assertThrows(ValidationFailed.class, () -> Attachments.check(use, name, content));
        assertEquals("file", e.errors().get(0).field());
        assertEquals(message, e.errors().get(0).message());
    }
}
