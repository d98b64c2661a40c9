package ru.socorder.service.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import ru.socorder.service.common.ValidationFailed;

/** Malformed files are refused in Russian for the field «file», with the line and column where the parser knows them. */
class TableReaderTest {
    /** Words of the parsers' own messages and Java class names that must never reach a user. */
    private static final Pattern LEAK = Pattern.compile("Exception|Error|java\\.|EOF|token|encapsulated|Invalid|zip file|Zip|null");

    private static String refused(String fileName, byte[] content) {
        ValidationFailed e = assertThrows(ValidationFailed.class, () -> TableReader.read(fileName, content));
        assertEquals("file", e.errors().get(0).field());
        String message = e.errors().get(0).message();
        assertFalse(LEAK.matcher(message).find(), "no parser or Java text: " + message);
        assertTrue(message.matches("(?s).*[А-Яа-я].*"), "Russian: " + message);
        return message;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anUnclosedQuoteNamesTheLineAndColumnWhereItOpens() {
        String m = refused("executors.csv", utf8("ИНН;Полное наименование\n4710003035;\"АНО «Открытая\n4710003036;Вторая\n"));
        assertEquals("Файл CSV не удалось прочитать: строка 2, столбец 2 («Полное наименование»): кавычка в начале значения "
                + "не закрыта до конца файла (кавычки внутри значения нужно удваивать: «\"\"»)", m);
    }

    @Test
    void textAfterAClosingQuoteNamesTheLineAndColumn() {
        String m = refused("executors.csv", utf8("ИНН;Полное наименование;КПП\n4710003035;\"АНО \"Закрытая\" плюс\";471001001\n"));
        assertTrue(m.startsWith("Файл CSV не удалось прочитать: строка 2, столбец 2 («Полное наименование»): после закрывающей кавычки стоит «З»"), m);
    }

    @Test
    void aQuotedValueOverSeveralLinesCountsTheLinesOfTheFile() {
        String m = refused("x.csv", utf8("A;B\n\"one\ntwo\";ok\n3;\"x\"y\n"));
        assertTrue(m.contains("строка 4, столбец 2 («B»)"), m);
    }

    @Test
    void binaryGarbageIsNotATable() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[0] = 'A';
        garbage[1] = 'B';
        String m = refused("executors.csv", garbage);
        assertTrue(m.contains("двоичные данные"), m);
        assertTrue(refused("scan.csv", utf8("%PDF-1.7\n%\u0000\u0001\u0002\n")).startsWith("Строка 2: в файле двоичные данные"));
    }

    @Test
    void anXlsxThatIsNotAZipOrAZipThatIsNotAWorkbookIsRefused() throws IOException {
        assertTrue(refused("executors.xlsx", utf8("ИНН;Полное наименование\n")).contains("не является книгой Excel"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write(utf8("не книга"));
        }
        assertTrue(refused("executors.xlsx", zip.toByteArray()).startsWith("Книгу Excel не удалось прочитать"));
        byte[] truncated = java.util.Arrays.copyOf(zip.toByteArray(), 20);
        assertTrue(refused("executors.xlsx", truncated).startsWith("Книгу Excel не удалось прочитать"));
    }

    @Test
    void oldExcelAndPasswordProtectedBooksAreNamed() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertTrue(refused("executors.xlsx", ole2).contains("защищённые паролем"), "Excel saves an XLSX with a password as OLE2");
        assertTrue(refused("executors.csv", ole2).contains("Старый формат Excel (XLS) и книги, защищённые паролем"));
    }

    @Test
    void emptyFilesAreRefused() {
        assertEquals("Файл пустой", refused("executors.csv", new byte[0]));
        assertEquals("В файле нет ни одной строки", refused("executors.csv", utf8("\uFEFF\n\n")));
    }

    @Test
    void utf16WithBomAndWindows1251AreRead() {
        byte[] utf16 = "\uFEFFИНН\tПолное наименование\r\n4710003035\tАНО «Юникод»\r\n".getBytes(StandardCharsets.UTF_16LE);
        TableReader.Table t = TableReader.read("executors.txt", utf16);
        assertEquals(List.of("ИНН", "Полное наименование"), t.headers());
        assertEquals("АНО «Юникод»", t.rows().get(0).get(1));
        TableReader.Table cp1251 = TableReader.read("executors.csv", "ИНН;Наименование\n1;Школа\n".getBytes(Charset.forName("windows-1251")));
        assertEquals("Школа", cp1251.rows().get(0).get(1));
    }

    @Test
    void theFileNameIsCheckedLikeEveryUploadedName() {
        ValidationFailed e = assertThrows(ValidationFailed.class, () -> TableReader.read("a\r\nb.csv", utf8("A\n1\n")));
        assertEquals("fileName", e.errors().get(0).field());
        assertEquals(List.of("A"), TableReader.read("../../x.csv", utf8("A\n1\n")).headers());
    }
}
