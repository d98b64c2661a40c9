package ru.socorder.service.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("demo".toCharArray());
        assertTrue(stored.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(hasher.verify("demo".toCharArray(), stored));
        assertFalse(hasher.verify("Demo".toCharArray(), stored));
        assertFalse(hasher.verify("demo".toCharArray(), "plain-text"));
        assertFalse(hasher.verify("demo".toCharArray(), null));
    }

    @Test
    void saltMakesEveryHashDifferentAndIterationsAreReadFromTheHash() {
        String a = hasher.hash("secret".toCharArray());
        String b = hasher.hash("secret".toCharArray());
        assertNotEquals(a, b);
        assertTrue(new PasswordHasher().verify("secret".toCharArray(), a), "a hash made with fewer iterations still verifies");
    }
}
