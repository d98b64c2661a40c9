package ru.socorder.service.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.socorder.model.identifier.Snils;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.exchange.ImportRow;

/** A Navigator file of certificate applications, a row at a time. */
class ApplicationImportTest {
    private static final String SERVICE = "804200О.99.0.ББ52АЕ04000";
    private static final List<String> HEADERS = List.of("Номер заявления", "Фамилия", "Имя", "Отчество", "Дата рождения",
            "СНИЛС", "Реестровый номер услуги", "Дата начала", "Фамилия заявителя", "Телефон", "Email");
    private final String snils = Snils.withCheckNumber("123456789");
    private final String other = Snils.withCheckNumber("123456780");

    private ApplicationImport reader() {
        return new ApplicationImport(HEADERS, Map.of(ru.socorder.model.identifier.RegistryNumber.of(SERVICE).value(), 7L)::get);
    }

    private static List<String> row(String number, String snils, String born, String service) {
        return List.of(number, "Ёлкина", "Анна", "Петровна", born, snils, service, "01.09.2024", "Ёлкина", "+7 900 000-00-00", "mama@example.ru");
    }

    @Test
    void anAcceptedRowCarriesTheChildTheServiceAndAKeyFromTheNavigatorsNumber() {
        ApplicationImport.Checked c = reader().check(2, row("NAV-1", snils, "15.03.2015", SERVICE));
        assertEquals(ImportRow.Status.VALID, c.row().status(), c.row().messages().toString());
        ApplicationImport.Draft d = c.draft();
        assertEquals("navigator:NAV-1", d.idempotencyKey());
        assertEquals(LocalDate.of(2015, 3, 15), d.birthDate());
        assertEquals(LocalDate.of(2024, 9, 1), d.startsOn());
        assertEquals(7L, d.serviceId());
        assertEquals(snils, d.snils());
        assertEquals("Ёлкина Анна Петровна", c.row().name());
        assertTrue(c.row().key().startsWith("***-***-"), "the preview masks the СНИЛС: " + c.row().key());
    }

    @Test
    void withoutANavigatorNumberTheKeyIsTheRowsDigestSoTheSameFileLoadedTwiceHasTheSameKeys() {
        String first = reader().check(2, row("", snils, "15.03.2015", SERVICE)).draft().idempotencyKey();
        String again = reader().check(5, row("", snils, "2015-03-15", SERVICE)).draft().idempotencyKey();
        assertEquals(first, again, "the same child, service and start: the same application");
        assertTrue(first.startsWith("row:") && first.length() <= 100, first);
        assertNotEquals(first, reader().check(2, row("", other, "15.03.2015", SERVICE)).draft().idempotencyKey());
    }

    @Test
    void everyProblemOfARowIsNamedAndTheRowIsRejected() {
        ApplicationImport.Checked c = reader().check(3, row("", "123-456-789 00", "31.02.2015", "804200О.99.0.ББ52АЕ99000"));
        assertEquals(ImportRow.Status.REJECTED, c.row().status());
        assertNull(c.draft());
        String text = c.row().messageText();
        assertTrue(text.contains("контрольное число"), text);
        assertTrue(text.contains("«Дата рождения»: дата «31.02.2015» не распознана"), text);
        assertTrue(text.contains("нет в справочнике вашей территории"), text);
    }

    @Test
    void aRowRepeatingAnEarlierOneForTheSameChildAndServiceIsRejectedNamingTheLine() {
        ApplicationImport reader = reader();
        assertEquals(ImportRow.Status.VALID, reader.check(2, row("A", snils, "15.03.2015", SERVICE)).row().status());
        ApplicationImport.Checked repeated = reader.check(3, row("B", snils, "15.03.2015", SERVICE));
        assertEquals(ImportRow.Status.REJECTED, repeated.row().status());
        assertTrue(repeated.row().messageText().contains("Повторяет строку 2"), repeated.row().messageText());
        assertEquals(ImportRow.Status.VALID, reader.check(4, row("C", other, "15.03.2015", SERVICE)).row().status());
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefusedQuotingItsFirstRow() {
        ValidationFailed e = assertThrows(ValidationFailed.class,
                () -> new ApplicationImport(List.of("ИНН", "Полное наименование"), s -> 1L));
        assertTrue(e.getMessage().contains("«СНИЛС»") || e.errors().get(0).message().contains("«СНИЛС»"), e.errors().toString());
    }

    @Test
    void blankRowsAreSkippedAndExcelDatesAreRead() {
        assertNull(reader().check(4, List.of("", " ", "")));
        ApplicationImport.Checked excel = reader().check(2, row("X", snils, "3/15/15", SERVICE));
        assertEquals(LocalDate.of(2015, 3, 15), excel.draft().birthDate());
    }
}
