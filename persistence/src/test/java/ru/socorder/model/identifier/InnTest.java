package ru.socorder.model.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InnTest {

    @ParameterizedTest
    @ValueSource(strings = {"7707083893", "500100732259", "4710001013", " 7707 083 893 "})
    void acceptsValidInns(String raw) {
        assertTrue(Inn.check(raw).valid(), raw);
    }

    @Test
    void legalEntityInnHasTenDigits() {
        assertTrue(Inn.of("7707083893").isLegalEntity());
        assertFalse(Inn.of("500100732259").isLegalEntity());
    }

    @Test
    void wrongCheckDigitOfTenDigitInnNamesThePosition() {
        IdentifierCheck c = Inn.check("7707083894");
        assertFalse(c.valid());
        assertEquals("ИНН: неверное контрольное число — в позиции 10 ожидается 3, указано 4", c.message());
    }

    @Test
    void wrongEleventhAndTwelfthDigitsAreReportedSeparately() {
        assertTrue(Inn.check("500100732269").message().contains("позиции 11"));
        assertTrue(Inn.check("500100732258").message().contains("позиции 12"));
    }

    @Test
    void wrongLengthAndLettersAreRejected() {
        assertTrue(Inn.check("77070838").message().contains("указано цифр: 8"));
        assertTrue(Inn.check("77070X3893").message().contains("позиции 6"));
        assertEquals("ИНН: значение не указано", Inn.check("  ").message());
        assertThrows(InvalidIdentifierException.class, () -> Inn.of("1234567890"));
    }

    @Test
    void allZerosPassTheChecksumButNoTaxOfficeHasCode00() {
        assertEquals("ИНН: первые две цифры — код региона налогового органа, «00» не бывает", Inn.check("0000000000").message());
        assertFalse(Inn.check("000000000000").valid());
        assertFalse(Inn.check(Inn.withCheckDigits("001234567")).valid());
    }

    @Test
    void generatedCheckDigitsPassTheCheck() {
        assertTrue(Inn.check(Inn.withCheckDigits("402700101")).valid());
        assertTrue(Inn.check(Inn.withCheckDigits("4710123456")).valid());
    }
}
