package ru.socorder.service.common;

import jakarta.ejb.ApplicationException;

/** Base of the typed business exceptions; the message is Russian and meant for the user. Rolls back. */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected BusinessException(String message) {
        super(message);
    }

    /** HTTP status the API answers with. */
    public abstract int status();

    /** A stable machine-readable code of the problem (the API's {@code code} member), or null. */
    public String code() {
        return null;
    }

    /** A short Russian title for the problem body. */
    public abstract String title();
}
