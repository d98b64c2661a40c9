package ru.socorder.model.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OtherIdentifiersTest {

    @Test
    void ogrnAndOgrnipCheckDigits() {
        assertTrue(Ogrn.checkOgrn("1027700132195").valid());
        assertFalse(Ogrn.checkOgrn("1027700132196").valid());
        assertTrue(Ogrn.checkOgrnip("304500116000157").valid());
        assertEquals("ОГРНИП: неверное контрольное число — в позиции 15 ожидается 7, указано 8",
                Ogrn.checkOgrnip("304500116000158").message());
        assertTrue(Ogrn.of("304500116000157").isEntrepreneur());
        assertTrue(Ogrn.checkOgrn("304500116000157").message().contains("13 цифр"));
        assertTrue(Ogrn.check("102770013219").message().contains("13 цифр (ОГРН) или 15"), "12 digits are not an OGRN");
        assertTrue(Ogrn.checkOgrn(Ogrn.withCheckDigit("102470000101")).valid());
    }

    @Test
    void kppAllowsLatinCapitalsOnlyInReasonCode() {
        assertTrue(Kpp.check("771001001").valid());
        assertTrue(Kpp.check("7710AB001").valid());
        assertEquals("7710AB001", Kpp.check("7710ab001").canonical());
        assertTrue(Kpp.check("77AB01001").message().contains("позиции 3"));
        assertTrue(Kpp.check("77100100").message().contains("9 символов"));
    }

    @Test
    void snilsCheckNumberAndFormatting() {
        assertTrue(Snils.check("112-233-445 95").valid());
        assertEquals("112-233-445 95", Snils.of("11223344595").formatted());
        assertEquals("СНИЛС: неверное контрольное число — ожидается 95, указано 96", Snils.check("11223344596").message());
    }

    @Test
    void snilsMaskedShowsOnlyTheLastThreeDigitsAndTheCheckNumber() {
        Snils s = Snils.of("112-233-445 95");
        assertEquals("***-***-445 95", s.masked());
        assertTrue(s.endsWith("4595"));
        assertTrue(s.endsWith("45 95"), "separators as a parent types them");
        assertFalse(s.endsWith("4596"));
        assertFalse(s.endsWith("595"), "exactly four digits");
        assertFalse(s.endsWith("45a5"));
    }

    @Test
    void snilsUpToOneMillionOneThousandNineHundredNinetyEightIsNotChecked() {
        assertTrue(Snils.check("001-001-998 00").valid());
        assertFalse(Snils.check("001-001-999 00").valid());
    }

    @Test
    void snilsCheckNumberEdgeCases() {
        // sum < 100 → the sum itself; sum 100/101 → 00; sum > 101 → sum mod 101 (100 → 00)
        assertEquals(14, Snils.checkNumber("000000119"));
        assertEquals(99, Snils.checkNumber(nineWithSum(99)));
        assertEquals(0, Snils.checkNumber(nineWithSum(100)));
        assertEquals(0, Snils.checkNumber(nineWithSum(101)));
        assertEquals(1, Snils.checkNumber(nineWithSum(102)));
        assertEquals(0, Snils.checkNumber(nineWithSum(201)));
        assertTrue(Snils.check(Snils.withCheckNumber("123456789")).valid());
    }

    private static int sumOf(String nine) {
        int s = 0;
        for (int i = 0; i < 9; i++) {
            s += (nine.charAt(i) - '0') * (9 - i);
        }
        return s;
    }

    /** A 9-digit number whose weighted sum is exactly {@code target} (weights 9..1). */
    private static String nineWithSum(int target) {
        int[] d = new int[9];
        int rest = target;
        for (int i = 0; i < 9 && rest > 0; i++) {
            int w = 9 - i;
            d[i] = Math.min(9, rest / w);
            rest -= d[i] * w;
        }
        StringBuilder sb = new StringBuilder();
        for (int x : d) {
            sb.append(x);
        }
        if (sumOf(sb.toString()) != target) {
            throw new IllegalStateException("cannot build " + target);
        }
        return sb.toString();
    }

    @Test
    void oktmoHasEightOrElevenDigits() {
        assertTrue(Oktmo.check("41633000").valid());
        assertTrue(Oktmo.check("41633101001").valid());
        assertTrue(Oktmo.check("416330").message().contains("8 или 11 цифр"));
    }
}
