package ru.socorder.model.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryNumberTest {

    @Test
    void canonicalNumberIsAcceptedAsIsAndFormattedWithDots() {
        IdentifierCheck c = RegistryNumber.check("804200О.99.0.ББ52АЕ52000");
        assertTrue(c.valid());
        assertEquals("804200О990ББ52АЕ52000", c.canonical());
        assertEquals(List.of(), c.corrections());
        assertEquals("804200О.99.0.ББ52АЕ52000", RegistryNumber.of("804200О990ББ52АЕ52000").formatted());
    }

    @Test
    void seedTypoDigitZeroInFlagPositionIsCorrectedAndReported() {
        IdentifierCheck c = RegistryNumber.check("8042000.99.0.ББ52АЕ52000");
        assertTrue(c.valid());
        assertEquals("804200О.99.0.ББ52АЕ52000", RegistryNumber.of(c.canonical()).formatted());
        assertEquals(List.of("позиция 7: цифра «0» заменена на кириллическая «О»"), c.corrections());
    }

    @Test
    void latinLookalikesAreReplacedWithCyrillicLetters() {
        // Latin O in position 7, Latin A and E in the tail, spaces instead of dots
        IdentifierCheck c = RegistryNumber.check("804200O 99 0 ББ52AE04000");
        assertTrue(c.valid());
        assertEquals("804200О.99.0.ББ52АЕ04000", RegistryNumber.of(c.canonical()).formatted());
        assertEquals(3, c.corrections().size());
        assertTrue(c.corrections().get(1).contains("позиция 15: латинская «A»"));
    }

    @Test
    void regionalListNumberIsRecognised() {
        RegistryNumber n = RegistryNumber.of("791200.Р.44.0.АГ980001000");
        assertTrue(n.isRegionalList());
        assertEquals("791200Р.44.0.АГ980001000", n.formatted());
        assertTrue(RegistryNumber.of("791200P440АГ980001000").isRegionalList(), "Latin P is the regional flag");
    }

    @Test
    void lowercaseCyrillicIsUppercased() {
        assertEquals("853000О990АЭ31АА00008", RegistryNumber.check("8530000.99.0.аэ31аа00008").canonical());
    }

    @Test
    void rejectsWrongLengthWithCount() {
        IdentifierCheck c = RegistryNumber.check("804200О.99.0.ББ52АЕ5200");
        assertFalse(c.valid());
        assertEquals("Уникальный номер реестровой записи должен содержать 21 значащий символ (без точек и пробелов), указано: 20",
                c.message());
    }

    @Test
    void rejectsWrongFlagNamingPositionSeven() {
        IdentifierCheck c = RegistryNumber.check("804200Х.99.0.ББ52АЕ52000");
        assertFalse(c.valid());
        assertTrue(c.message().startsWith("Позиция 7: ожидается признак перечня"), c.message());
    }

    @Test
    void rejectsLetterInDigitPositionAndSymbolInTail() {
        assertEquals("Позиция 3: ожидается цифра, указано «Б»", RegistryNumber.check("80Б200О.99.0.ББ52АЕ52000").message());
        assertTrue(RegistryNumber.check("804200О.99.0.ББ52АЕ52#00").message().startsWith("Позиция 19: недопустимый символ «#»"));
        assertTrue(RegistryNumber.check("804200О.99.0.ББ52AQ52000").message().startsWith("Позиция 16: недопустимый символ «Q»"));
    }

    @Test
    void emptyInputIsRejected() {
        assertEquals("Уникальный номер реестровой записи не указан", RegistryNumber.check(" ").message());
    }
}
