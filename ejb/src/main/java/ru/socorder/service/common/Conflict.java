package ru.socorder.service.common;

/** A duplicate, a stale version (someone else saved first) or a transition not allowed in the current state. */
public class Conflict extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final boolean staleVersion;

    public Conflict(String message) {
        this(message, false);
    }

    private Conflict(String message, boolean staleVersion) {
        super(message);
        this.staleVersion = staleVersion;
    }

    /** Whether someone else saved first: the caller should reload before changing anything. */
    public boolean isStaleVersion() {
        return staleVersion;
    }

    /** The record was changed by someone else since the caller read it. */
    public static Conflict staleVersion() {
        return new Conflict("Запись уже изменена другим пользователем. Обновите страницу, чтобы увидеть актуальные данные, "
                + "и повторите изменения.", true);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Конфликт";
    }
}
