package ru.socorder.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import ru.socorder.service.common.FieldError;

/** RFC 9457 problem bodies ({@code application/problem+json}) with Russian texts. */
public final class Problems {
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", "UTF-8");

    private Problems() {
    }

    public static Response of(int status, String title, String detail, List<FieldError> errors) {
        return of(status, title, detail, errors, null);
    }

    /** @param code a stable machine-readable code of the problem (e.g. {@code IDEMPOTENCY_KEY_REUSED}), or null */
    public static Response of(int status, String title, String detail, List<FieldError> errors, String code) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (code != null) {
            body.add("code", code);
        }
        if (errors != null && !errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
    }
}
