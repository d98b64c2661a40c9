package ru.socorder.service.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ru.socorder.service.common.ValidationFailed;

class FileNamesTest {
    private static String clean(String raw) {
        return FileNames.clean("fileName", raw, 300);
    }

    private static ValidationFailed refused(String raw) {
        ValidationFailed e = assertThrows(ValidationFailed.class, () -> clean(raw));
        assertEquals("fileName", e.errors().get(0).field());
        return e;
    }

    @Test
    void ordinaryNamesAreKept() {
        assertEquals("Постановление № 417 от 13.02.2023.pdf", clean("Постановление № 417 от 13.02.2023.pdf"));
        assertEquals("act.docx", clean("  act.docx  "));
        assertEquals(".pdf", clean(".pdf"));
    }

    @Test
    void thePathIsDroppedAndOnlyTheLastSegmentKept() {
        assertEquals("passwd.pdf", clean("../../../etc/passwd.pdf"));
        assertEquals("scan.pdf", clean("C:\\Users\\clerk\\Desktop\\scan.pdf"));
        assertEquals("x.pdf", clean("..\\../x.pdf"));
        assertEquals("a_b_.pdf", clean("a<b>.pdf"));
        assertEquals("act_1_.pdf", clean("act\"1\".pdf"), "quotes cannot break a header");
        assertEquals("act.pdf", clean("act.pdf. . "), "trailing dots and spaces");
    }

    @Test
    void namesWithoutANameAreRefused() {
        refused("..");
        refused("../..");
        refused("/etc/");
        refused("   ");
        assertTrue(refused(null).getMessage().contains("Не указано имя файла"));
    }

    @Test
    void controlCharactersAreRefusedNamingThem() {
        assertTrue(refused("act.pdf\r\nX-Injected: 1").getMessage().contains("возврат каретки CR"));
        assertTrue(refused("act\n.pdf").getMessage().contains("(перевод строки LF) в позиции 4"));
        assertTrue(refused("act\u0000.pdf").getMessage().contains("NUL"));
        assertTrue(refused("act\t.pdf").getMessage().contains("табуляция"));
        assertTrue(refused("invoice\u202Efdp.exe").getMessage().contains("U+202E"), "a right-to-left override disguising .exe");
    }

    @Test
    void longNamesAreShortenedKeepingTheExtension() {
        String name = clean("а".repeat(1000) + ".pdf");
        assertEquals(300, name.length());
        assertTrue(name.endsWith("а.pdf"));
        String noExtension = clean("б".repeat(1000));
        assertEquals(300, noExtension.length());
        String emoji = FileNames.shorten("x" + "\uD83D\uDCC4".repeat(10) + ".pdf", 8);
        assertEquals("x\uD83D\uDCC4.pdf", emoji, "a surrogate pair is never split");
    }

    @Test
    void decomposedLettersAreComposed() {
        assertEquals("Заявление й.pdf", clean("Заявление и\u0306.pdf"));
    }

    @Test
    void downloadsOfOldNamesNeverFail() {
        assertEquals("passwd.pdf", FileNames.forDownload("../../etc/passwd.pdf", "file"));
        assertEquals("act__.pdf", FileNames.forDownload("act\r\n.pdf", "file"));
        assertEquals("file", FileNames.forDownload("..", "file"));
        assertEquals("file", FileNames.forDownload(null, "file"));
    }
}
