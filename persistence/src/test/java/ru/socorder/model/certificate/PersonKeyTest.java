package ru.socorder.model.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonKeyTest {
    private static final LocalDate BORN = LocalDate.of(2015, 3, 8);
    private static final String KEY = PersonKey.of("Семёнова", "Анна-Мария", "Сергеевна", BORN);

    @Test
    void caseYoAndSpacingDoNotMakeAnotherChild() {
        assertEquals("семенова|анна-мария|сергеевна|2015-03-08", KEY);
        assertEquals(KEY, PersonKey.of("СЕМЕНОВА", "анна-мария", "СЕРГЕЕВНА", BORN));
        assertEquals(KEY, PersonKey.of("  Семенова ", "Анна - Мария", "Сергеевна\u00A0", BORN), "spaces, a no-break space, around the hyphen");
        assertEquals(KEY, PersonKey.of("Сем ёнова", "Анна-Мария", "Сергеевна", BORN));
    }

    @Test
    void latinLettersThatLookCyrillicDoNotMakeAnotherChild() {
        assertEquals(KEY, PersonKey.of("Ceмёнoва", "Aнна-Mария", "Cергеевна", BORN), "Latin C, o, A, M typed inside Cyrillic names");
    }

    @Test
    void anotherNameOrBirthDateIsAnotherKey() {
        assertNotEquals(KEY, PersonKey.of("Семёнова", "Анна", "Сергеевна", BORN));
        assertNotEquals(KEY, PersonKey.of("Семёнова", "Анна-Мария", "Сергеевна", BORN.plusDays(1)));
        assertNotEquals(KEY, PersonKey.of("Семёнова", "Анна-Мария", null, BORN));
        assertEquals(PersonKey.of("Семёнова", "Анна-Мария", null, BORN), PersonKey.of("Семёнова", "Анна-Мария", " ", BORN),
                "no middle name and a blank one are the same");
    }

    @Test
    void aConsumerKeepsItsKeyUpToDate() {
        Consumer c = new Consumer(null, "Семёнова", "Анна-Мария", "Сергеевна", BORN, Instant.EPOCH);
        assertEquals(KEY, c.getDuplicateKey());
        c.rename("Петрова", "Анна-Мария", "Сергеевна", BORN);
        assertEquals("петрова|анна-мария|сергеевна|2015-03-08", c.getDuplicateKey());
        assertEquals("Петрова Анна-Мария Сергеевна", c.getFullName());
        assertEquals(9, c.ageOn(LocalDate.of(2024, 9, 1)));
        assertEquals(8, c.ageOn(LocalDate.of(2024, 3, 7)), "completed years: the day before the birthday");
    }

    @Test
    void aProbableDuplicateIsHeldWithItsCandidateUntilTheClerkReleasesIt() {
        Consumer existing = new Consumer(null, "Семёнова", "Анна-Мария", "Сергеевна", BORN, Instant.EPOCH);
        Consumer incoming = new Consumer(null, "СЕМЕНОВА", "Анна-мария", "Сергеевна", BORN, Instant.EPOCH);
        assertEquals(existing.getDuplicateKey(), incoming.getDuplicateKey());
        incoming.holdAsDuplicateOf(existing);
        assertEquals(ConsumerStatus.HELD, incoming.getStatus());
        assertEquals(existing, incoming.getDuplicateOf());
        incoming.release();
        assertEquals(ConsumerStatus.REGISTERED, incoming.getStatus());
        assertEquals(null, incoming.getDuplicateOf());
    }
}
