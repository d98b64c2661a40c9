package ru.socorder.service.common;

import java.time.Duration;

/** Too many requests from one client address: refused for a while (429 with {@code Retry-After}). */
public class TooManyRequests extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRequests(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** How long the client should wait. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String title() {
        return "Слишком много запросов";
    }
}
