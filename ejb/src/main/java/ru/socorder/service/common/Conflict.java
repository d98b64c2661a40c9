package ru.socorder.service.common;

/**
 * A duplicate, a stale version (someone else saved first) or a transition not allowed in the current state; a conflict
 * an adapter must tell apart carries its own code and title ({@link #coded}).
 */
public class Conflict extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final boolean staleVersion;
    private final String code;
    private final String title;

    public Conflict(String message) {
        this(message, false, null, null);
    }

    private Conflict(String message, boolean staleVersion, String code, String title) {
        super(message);
        this.staleVersion = staleVersion;
        this.code = code;
        this.title = title;
    }

    /**
     * A conflict with a code of its own that API clients act on (e.g. {@code IDEMPOTENCY_KEY_REUSED},
     * {@code YEAR_CLOSING}) and a Russian title; the message is the text an adapter passes on.
     */
    public static Conflict coded(String code, String title, String message) {
        return new Conflict(message, false, code, title);
    }

    /** Whether someone else saved first: the caller should reload before changing anything. */
    public boolean isStaleVersion() {
        return staleVersion;
    }

    /** The record was changed by someone else since the caller read it. */
    public static Conflict staleVersion() {
        return new Conflict("Запись уже изменена другим пользователем. Обновите страницу, чтобы увидеть актуальные данные, "
                + "и повторите изменения.", true, null, null);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return code != null ? code : super.code();
    }

    @Override
    public String title() {
        return title != null ? title : "Конфликт";
    }
}
