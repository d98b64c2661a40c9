package ru.socorder.model.common;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A value does not fit its column (thrown before the database sees it, see {@link ColumnLimitListener}); the
 * service layer reports it as invalid input naming the fields. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class ColumnLimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<ColumnLimits.Violation> violations;

    public ColumnLimitExceeded(List<ColumnLimits.Violation> violations) {
        super(violations.get(0).field() + ": " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<ColumnLimits.Violation> violations() {
        return violations;
    }
}
