package ru.socorder.service.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * Flushes and turns what the database refuses into typed business exceptions: a unique-constraint violation
 * (SQLState 23505 on H2 and PostgreSQL) becomes a {@link Conflict} with the Russian message registered for the
 * constraint, a stale version becomes {@link Conflict#staleVersion()}.
 */
public final class DatabaseErrors {
    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseErrors() {
    }

    /**
     * @param messages constraint name (lower case) → Russian message
     */
    public static void flush(EntityManager em, Map<String, String> messages) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion();
        } catch (PersistenceException e) {
            throw translate(e, messages);
        }
    }

    public static RuntimeException translate(PersistenceException e, Map<String, String> messages) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return Conflict.staleVersion();
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                String text = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                for (Map.Entry<String, String> m : messages.entrySet()) {
                    if (text.contains(m.getKey())) {
                        return new Conflict(m.getValue());
                    }
                }
                return new Conflict("Такая запись уже существует");
            }
        }
        return e;
    }
}
