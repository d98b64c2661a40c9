package ru.socorder.api.enrolment;

import ru.socorder.service.common.ValidationFailed;

/** The executor's or the clerk's answer to an enrolment: the version read, and for a refusal or a cancellation the reason. */
public class AnswerBody {
    public Long version;
    public String comment;

    static AnswerBody require(AnswerBody body) {
        if (body == null || body.version == null) {
            throw new ValidationFailed("version", "Передайте version, полученную при чтении записи");
        }
        return body;
    }
}
