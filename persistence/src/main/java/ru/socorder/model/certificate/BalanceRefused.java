package ru.socorder.model.certificate;

import jakarta.ejb.ApplicationException;

/**
 * A movement the certificate's balance cannot take: more than is available, more than is allocated, nothing at all.
 * The message is Russian and names what is available; the boundaries report it as a conflict (409). Rolls the
 * transaction back.
 */
@ApplicationException(rollback = true)
public class BalanceRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BalanceRefused(String message) {
        super(message);
    }
}
