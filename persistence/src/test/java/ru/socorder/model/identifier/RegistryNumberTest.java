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

    @Test
    void aPartOfANumberIsReadAtEveryPositionItMayStandAt() {
        String stored = "804200О990ББ52АЕ04000";
        for (String typed : List.of("ББ52АЕ04000", "804200", "804200О.99", "8042000.99", "804200O.99", "ББ52ae04000",
                "ББ52AE04000", "бб52ае04000", "О.99.0.ББ52", "804200О.99.0.ББ52АЕ04000", "8042000.99.0.ББ52АЕ04000")) {
            assertEquals(1, matching(typed, stored), typed + " → " + RegistryNumber.searchPatterns(typed));
        }
        assertEquals(0, matching("804200Р", stored), "the regional flag is not the basic one");
        assertEquals(0, matching("АЕ04001", stored));
        assertEquals(0, matching("ББ52АЕ04000", "804200О990АБ52АЕ04000"), "the letters stand where they are typed");
        assertTrue(RegistryNumber.searchPatterns("8042000.99").contains("804200О99%"));
        assertTrue(RegistryNumber.searchPatterns("0").containsAll(List.of("0%", "______О%")), "a lone 0 may be a digit or the flag");
    }

    @Test
    void textThatCannotBePartOfANumberGivesNoPattern() {
        assertEquals(java.util.Set.of(), RegistryNumber.searchPatterns("услуги ДОУ №5"));
        assertEquals(java.util.Set.of(), RegistryNumber.searchPatterns("804200О990ББ52АЕ040001"), "longer than a number");
        assertEquals(java.util.Set.of(), RegistryNumber.searchPatterns("  . "));
    }

    /** How many of the patterns a stored number matches, as the database's LIKE would. */
    private static long matching(String typed, String stored) {
        return RegistryNumber.searchPatterns(typed).stream()
                .filter(p -> stored.matches(p.replace("_", ".").replace("%", ".*"))).count();
    }
}
