package ru.socorder.model.common;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.List;

/**
 * The default entity listener of the persistence unit (META-INF/orm.xml): every entity is checked against its
 * column limits before it is inserted or updated, so no value is cut, rounded or refused by the database.
 */
public class ColumnLimitListener {
    @PrePersist
    @PreUpdate
    public void check(Object entity) {
        List<ColumnLimits.Violation> violations = ColumnLimits.check(entity);
        if (!violations.isEmpty()) {
            throw new ColumnLimitExceeded(violations);
        }
    }
}
