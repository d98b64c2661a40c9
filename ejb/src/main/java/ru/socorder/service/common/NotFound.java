package ru.socorder.service.common;

/** The requested record does not exist (or is not visible to the caller). */
public class NotFound extends BusinessException {
    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Не найдено";
    }
}
