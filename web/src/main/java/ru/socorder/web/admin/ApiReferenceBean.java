package ru.socorder.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import ru.socorder.api.ApiDescription;

/** «Описание API»: the OpenAPI description of {@code /api/v1} as a page for administrators, grouped by area. */
@Named("apiReference")
@ApplicationScoped
public class ApiReferenceBean {
    private final JsonObject doc = ApiDescription.document();
    private final List<ApiDescription.Group> groups = ApiDescription.groups(doc);

    public List<ApiDescription.Group> getGroups() {
        return groups;
    }

    public String getTitle() {
        return doc.getJsonObject("info").getString("title");
    }

    public String getDescription() {
        return doc.getJsonObject("info").getString("description");
    }

    public int getOperationCount() {
        return groups.stream().mapToInt(g -> g.operations().size()).sum();
    }

    /** «page (query, integer), id (path, обязательный) …» for the table. */
    public String parameters(ApiDescription.Operation o) {
        return o.parameters().stream().map(p -> p.name() + " (" + where(p.in()) + (p.required() ? ", обязательный" : "")
                + (p.type().isEmpty() ? "" : ", " + p.type()) + ")" + (p.description().isEmpty() ? "" : " — " + p.description()))
                .collect(Collectors.joining("; "));
    }

    public String responses(ApiDescription.Operation o) {
        return String.join(", ", o.responses());
    }

    private static String where(String in) {
        return switch (in) {
            case "path" -> "в пути";
            case "query" -> "в запросе";
            case "header" -> "заголовок";
            default -> in;
        };
    }
}
