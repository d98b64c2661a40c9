package ru.socorder.model.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CertificateNumberTest {
    private static final Oktmo LUGA = Oktmo.of("41633000");

    @Test
    void aNewNumberNamesTheSubjectTheYearAndTheSerialAndEndsWithItsCheckDigit() {
        CertificateNumber n = CertificateNumber.issue(LUGA, 2024, 1234);
        assertEquals("41-24-0001234-" + n.value().charAt(11), n.formatted());
        assertEquals(2024, n.year());
        assertEquals(n, CertificateNumber.of(n.formatted()));
        assertEquals(n, CertificateNumber.of(n.value()), "stored compact");
        assertEquals(n, CertificateNumber.of(" " + n.formatted().replace('-', ' ') + " "), "spaces instead of hyphens");
    }

    @Test
    void theCheckDigitIsDamms() {
        // the worked example of the Damm algorithm: 572 → check digit 4
        assertEquals(4, CertificateNumber.checkDigit("572"));
        assertEquals(0, CertificateNumber.checkDigit("5724"));
        assertTrue(CertificateNumber.check("41-24-0000001-" + CertificateNumber.checkDigit("41240000001")).valid());
    }

    @Test
    void everyMistypedDigitAndEverySwapOfNeighboursIsDetected() {
        Random random = new Random(14);
        int typos = 0;
        for (int k = 0; k < 300; k++) {
            String valid = CertificateNumber.issue(LUGA, 2020 + random.nextInt(12), 1 + random.nextInt(CertificateNumber.MAX_SERIAL)).value();
            char[] digits = valid.toCharArray();
            for (int i = 0; i < digits.length; i++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d != digits[i]) {
                        char[] typo = digits.clone();
                        typo[i] = d;
                        assertFalse(CertificateNumber.check(new String(typo)).valid(), valid + " → " + new String(typo));
                        typos++;
                    }
                }
                if (i + 1 < digits.length && digits[i] != digits[i + 1]) {
                    char[] swap = digits.clone();
                    swap[i] = digits[i + 1];
                    swap[i + 1] = digits[i];
                    assertFalse(CertificateNumber.check(new String(swap)).valid(), valid + " → " + new String(swap));
                    typos++;
                }
            }
        }
        assertTrue(typos > 30_000, typos + " typos tried");
    }

    @Test
    void wrongInputIsNamedInRussian() {
        assertEquals("Номер сертификата не указан", CertificateNumber.check(" ").message());
        assertEquals("Номер сертификата должен содержать 12 цифр, указано: 11", CertificateNumber.check("41-24-0001234").message());
        assertEquals("Номер сертификата: допустимы только цифры, в позиции 3 указан символ «О»",
                CertificateNumber.check("41О2400012340").message());
        String valid = CertificateNumber.issue(LUGA, 2024, 1234).value();
        String typo = valid.substring(0, 5) + (char) ('0' + (valid.charAt(5) - '0' + 1) % 10) + valid.substring(6);
        assertTrue(CertificateNumber.check(typo).message().startsWith("Номер сертификата указан с ошибкой: контрольная цифра не сходится"));
        assertThrows(InvalidIdentifierException.class, () -> CertificateNumber.of(typo));
    }

    @Test
    void theSerialHasSevenDigits() {
        assertEquals("41-24-9999999", CertificateNumber.issue(LUGA, 2024, CertificateNumber.MAX_SERIAL).formatted().substring(0, 13));
        assertThrows(IllegalArgumentException.class, () -> CertificateNumber.issue(LUGA, 2024, CertificateNumber.MAX_SERIAL + 1L));
        assertThrows(IllegalArgumentException.class, () -> CertificateNumber.issue(LUGA, 2024, 0));
    }
}
