package ru.socorder.api.audit;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import ru.socorder.api.HistoryJson;
import ru.socorder.api.catalog.Sorting;
import ru.socorder.model.audit.AuditRecord;
import ru.socorder.service.audit.AuditJournal;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.ValidationFailed;

/**
 * {@code GET /api/v1/audit?page=&size=&q=&sort=&kind=&from=&to=}: the journal of actions, newest first, for
 * administrators. {@code kind} is a kind of record ({@code service}, {@code executor}, {@code order}, {@code user} …),
 * {@code from}/{@code to} days (ГГГГ-ММ-ДД, both included); {@code sort} one of occurredAt, actor, action.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AuditResource {
    @EJB
    private AuditJournal journal;

    @GET
    public String list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                       @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("kind") String kind,
                       @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        PageRequest request = Sorting.request(page, size, q, sort);
        Page<AuditRecord> result = journal.page(request, kind(kind), from, to);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (AuditRecord a : result.items()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("id", a.getId()).add("occurredAt", a.getOccurredAt().toString())
                    .add("actor", a.getActor()).add("action", a.getAction().toLowerCase(Locale.ROOT))
                    .add("actionLabel", AuditJournal.label(a));
            RecordKind k = RecordKind.ofCode(a.getObjectType());
            HistoryJson.nullable(item, "kind", k == null ? a.getObjectType() : k.name().toLowerCase(Locale.ROOT));
            if (a.getObjectId() == null) {
                item.addNull("recordId");
            } else {
                item.add("recordId", a.getObjectId());
            }
            HistoryJson.nullable(item, "roles", a.getActorRoles());
            HistoryJson.nullable(item, "organisation", a.getOrganisation());
            HistoryJson.nullable(item, "details", a.getDetails());
            items.add(item);
        }
        return Json.createObjectBuilder().add("items", items).add("total", result.total())
                .add("page", request.first() / request.size()).add("size", request.size()).build().toString();
    }

    private static RecordKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return RecordKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationFailed("kind", "Неизвестный вид записи «" + kind.strip() + "»; допустимы: "
                    + Arrays.stream(RecordKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
