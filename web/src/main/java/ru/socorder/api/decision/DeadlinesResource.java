package ru.socorder.api.decision;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.decision.DeadlineParser;

/**
 * {@code POST /api/v1/deadlines/parse} with {@code {"text": "IV квартал 2024 года"}} → the structured deadline (kind,
 * due date, recurrence, wording, next due date), the same parser the plan uses; for integrations and live previews.
 */
@Path("deadlines")
public class DeadlinesResource {
    @Inject
    private Clock clock;

    @POST
    @Path("parse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public String parse(DeadlineText body) {
        if (body == null || body.text == null || body.text.isBlank()) {
            throw new ValidationFailed("text", "Передайте формулировку срока в поле text");
        }
        return DecisionJson.deadline(DeadlineParser.parse(body.text), LocalDate.now(clock)).toString();
    }

    /** {@code {"text": "до 1 марта ежегодно"}} */
    public static class DeadlineText {
        public String text;
    }
}
