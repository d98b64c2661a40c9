package ru.socorder.service.common;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import ru.socorder.model.certificate.BalanceRefused;
import ru.socorder.model.common.ColumnLimitExceeded;

/**
 * Interceptor of the boundaries ({@code @Interceptors(BoundaryFailures.class)}): what the persistence layer refuses
 * inside a business method — a value over its column limit (checked before insert and update), a movement a
 * certificate's balance cannot take, a stale version, a lock held by another writer, a duplicate — leaves the
 * boundary as a typed business exception, so screens and the API show it like any other invalid input and no caller
 * needs a try/catch of its own.
 */
public class BoundaryFailures {
    @AroundInvoke
    public Object translate(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (PersistenceException | ColumnLimitExceeded | BalanceRefused e) {
            throw DatabaseErrors.translate(e, Map.of());
        }
    }
}
