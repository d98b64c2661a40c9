package ru.socorder.service.common;

import java.util.List;

/** Input is invalid; lists every field error so the user can fix them all at once. */
public class ValidationFailed extends BusinessException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public ValidationFailed(List<FieldError> errors) {
        super(errors.isEmpty() ? "Данные заполнены неверно" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public ValidationFailed(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Данные заполнены неверно";
    }
}
