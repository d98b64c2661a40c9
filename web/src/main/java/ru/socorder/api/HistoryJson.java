package ru.socorder.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import ru.socorder.service.lifecycle.HistoryEntry;

/**
 * {@code GET /api/v1/{resource}/{id}/history}: what happened to a record, the same shape for every resource — lifecycle
 * steps with {@code from}/{@code to} states, other actions (changes, files, exports, logins) with both null.
 */
public final class HistoryJson {
    private HistoryJson() {
    }

    public static String of(List<HistoryEntry> history) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (HistoryEntry h : history) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("at", h.at().toString()).add("actor", h.actor())
                    .add("action", h.action().toLowerCase(java.util.Locale.ROOT)).add("actionLabel", h.actionLabel());
            nullable(b, "role", h.role());
            nullable(b, "organisation", h.organisation());
            nullable(b, "from", h.from());
            nullable(b, "to", h.to());
            nullable(b, "comment", h.comment());
            items.add(b);
        }
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    /** Adds the value, or JSON null (every optional field of the API is present, null when unknown). */
    public static void nullable(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }
}
