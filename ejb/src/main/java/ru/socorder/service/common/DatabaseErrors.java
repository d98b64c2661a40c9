package ru.socorder.service.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import ru.socorder.model.certificate.BalanceRefused;
import ru.socorder.model.common.ColumnLimitExceeded;

/**
 * Flushes and turns what the database refuses into typed business exceptions: a unique-constraint violation
 * (SQLState 23505 on H2 and PostgreSQL) becomes a {@link Conflict} with the Russian message registered for the
 * constraint, a stale version becomes {@link Conflict#staleVersion()}.
 */
public final class DatabaseErrors {
    private static final String UNIQUE_VIOLATION = "23505";
    /** Lock timeout (H2 HYT00, PostgreSQL 55P03), deadlock or serialisation failure (40001, 40P01). */
    private static final java.util.Set<String> LOCKED = java.util.Set.of("HYT00", "55P03", "40001", "40P01");

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
        } catch (PersistenceException | ColumnLimitExceeded e) {
            throw translate(e, messages);
        }
    }

    /**
     * What a failure means for the user, once for every boundary, screen and API call: a business exception found in
     * the cause chain, a value over its column limit as {@link ValidationFailed} naming the fields, a movement a
     * certificate's balance cannot take, a stale version, a row locked by another writer or a duplicate as
     * {@link Conflict}; anything else is returned unchanged.
     */
    public static RuntimeException translate(Throwable e, Map<String, String> messages) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessException b) {
                return b;
            }
            if (t instanceof BalanceRefused refused) {
                return new Conflict(refused.getMessage());
            }
            if (t instanceof ColumnLimitExceeded limit) {
                return new ValidationFailed(limit.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList());
            }
            if (t instanceof OptimisticLockException) {
                return Conflict.staleVersion();
            }
            if (t instanceof SQLException sql && LOCKED.contains(sql.getSQLState())) {
                return new Conflict("Запись сейчас изменяет другой пользователь. Повторите действие через несколько секунд.");
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
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
}
