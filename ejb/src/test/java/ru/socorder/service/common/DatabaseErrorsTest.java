package ru.socorder.service.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.persistence.PersistenceException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.socorder.model.certificate.BalanceRefused;

class DatabaseErrorsTest {
    @Test
    void aMovementTheBalanceCannotTakeIsAConflictWithItsMessageAlsoWhenWrapped() {
        RuntimeException direct = DatabaseErrors.translate(new BalanceRefused("Недостаточно средств сертификата"), Map.of());
        assertInstanceOf(Conflict.class, direct);
        assertEquals("Недостаточно средств сертификата", direct.getMessage());
        RuntimeException wrapped = DatabaseErrors.translate(new PersistenceException("flush", new BalanceRefused("Недостаточно")), Map.of());
        assertEquals(409, ((Conflict) wrapped).status());
        assertEquals("Недостаточно", wrapped.getMessage());
    }
}
