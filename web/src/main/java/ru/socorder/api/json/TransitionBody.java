package ru.socorder.api.json;

import ru.socorder.service.common.ValidationFailed;

/** The body of a workflow step of any record: the action, the version the caller read, a comment. */
public class TransitionBody {
    public String action;
    public Long version;
    public String comment;

    /** The body, or 400 naming what is missing. */
    public static TransitionBody require(TransitionBody body) {
        if (body == null || body.action == null || body.action.isBlank()) {
            throw new ValidationFailed("action", "Передайте action — действие с записью");
        }
        if (body.version == null) {
            throw new ValidationFailed("version", "Передайте version, полученную при чтении записи");
        }
        return body;
    }
}
