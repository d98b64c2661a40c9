package ru.socorder.service.common;

/** The caller has no right to do this or to see this record. */
public class Forbidden extends BusinessException {
    private static final long serialVersionUID = 1L;

    public Forbidden(String message) {
        super(message);
    }

    public Forbidden() {
        this("Недостаточно прав для этого действия");
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Доступ запрещён";
    }
}
