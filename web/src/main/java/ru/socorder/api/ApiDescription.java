package ru.socorder.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The OpenAPI 3.1 description of {@code /api/v1}, maintained by hand in {@code openapi.json} beside the resources
 * (served by {@link OpenApiResource}, rendered for administrators on «Описание API», checked against the resource
 * classes by {@code OpenApiDescriptionTest}). This class reads it into plain operations.
 */
public final class ApiDescription {
    /** The document, a class-path resource of this package. */
    public static final String RESOURCE = "openapi.json";

    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    private ApiDescription() {
    }

    /** A parameter of an operation: name, where it goes (path, query), whether required, its type in words. */
    public record Parameter(String name, String in, boolean required, String type, String description) {
    }

    /** One method on one path, {@code path} relative to the API root ({@code /executors/{id}}). */
    public record Operation(String method, String path, String tag, String summary, String description, boolean requiresLogin,
                            List<Parameter> parameters, String requestBody, List<String> responses) {
        public String methodUpper() {
            return method.toUpperCase(java.util.Locale.ROOT);
        }
    }

    /** Operations of one tag in the order of the document. */
    public record Group(String tag, List<Operation> operations) {
    }

    public static byte[] bytes() {
        try (InputStream in = ApiDescription.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("ru/socorder/api/" + RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonObject document() {
        try (JsonReader r = Json.createReader(new java.io.ByteArrayInputStream(bytes()))) {
            return r.readObject();
        }
    }

    public static List<Operation> operations(JsonObject doc) {
        JsonObject components = doc.getJsonObject("components");
        boolean secured = doc.containsKey("security") && !doc.getJsonArray("security").isEmpty();
        List<Operation> result = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : doc.getJsonObject("paths").entrySet()) {
            JsonObject item = path.getValue().asJsonObject();
            for (String method : METHODS) {
                if (!item.containsKey(method)) {
                    continue;
                }
                JsonObject op = item.getJsonObject(method);
                List<Parameter> parameters = new ArrayList<>();
                if (op.containsKey("parameters")) {
                    op.getJsonArray("parameters").forEach(p -> parameters.add(parameter(resolve(p.asJsonObject(), components))));
                }
                boolean login = op.containsKey("security") ? !op.getJsonArray("security").isEmpty() : secured;
                result.add(new Operation(method, path.getKey(), op.getJsonArray("tags").getString(0), op.getString("summary"),
                        op.getString("description", null), login, parameters, body(op), List.copyOf(op.getJsonObject("responses").keySet())));
            }
        }
        return result;
    }

    /** The operations grouped by tag, in the order the document lists its tags. */
    public static List<Group> groups(JsonObject doc) {
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        doc.getJsonArray("tags").forEach(t -> byTag.put(t.asJsonObject().getString("name"), new ArrayList<>()));
        operations(doc).forEach(o -> byTag.computeIfAbsent(o.tag(), t -> new ArrayList<>()).add(o));
        return byTag.entrySet().stream().map(e -> new Group(e.getKey(), Collections.unmodifiableList(e.getValue()))).toList();
    }

    private static JsonObject resolve(JsonObject maybeRef, JsonObject components) {
        if (!maybeRef.containsKey("$ref")) {
            return maybeRef;
        }
        String[] parts = maybeRef.getString("$ref").substring("#/components/".length()).split("/");
        return components.getJsonObject(parts[0]).getJsonObject(parts[1]);
    }

    private static Parameter parameter(JsonObject p) {
        return new Parameter(p.getString("name"), p.getString("in"), p.getBoolean("required", false), type(p.getJsonObject("schema")),
                p.getString("description", ""));
    }

    private static String type(JsonObject schema) {
        if (schema == null) {
            return "";
        }
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").stream().map(v -> v instanceof JsonString s ? s.getString() : v.toString())
                    .collect(Collectors.joining(" | "));
        }
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        String type = schema.containsKey("type") ? schema.get("type").toString().replace("\"", "") : "";
        return schema.containsKey("format") ? type + " (" + schema.getString("format") + ")" : type;
    }

    private static String body(JsonObject op) {
        if (!op.containsKey("requestBody")) {
            return null;
        }
        JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
        return content.entrySet().stream().map(e -> {
            JsonObject schema = e.getValue().asJsonObject().getJsonObject("schema");
            String t = type(schema);
            return t.isEmpty() ? e.getKey() : e.getKey() + ": " + t;
        }).collect(Collectors.joining(", "));
    }
}
