package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.socorder.model.identifier.Inn;

/**
 * The project's bad-input corpus ({@code src/test/resources/corpus/bad-input.json}): every case must be answered with
 * its status, a problem+json body in Russian naming the field, no internals in the text, and — for a refused write —
 * nothing changed (the resource read back before and after is the same). The templates are expanded into variants
 * of every text, number, date, list and flag of every write endpoint. Prints the figures for the README.
 */
class BadInputCorpusIT extends IntegrationTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9.]+)\\}");
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)(java\\.|jakarta\\.|javax\\.|org\\.(glassfish|eclipse|h2|postgresql|apache)|exception|stack ?trace|sqlstate|"
                    + "error parsing|constraint|\\bat [a-z]+\\.[a-z]+\\.)");
    private static final Pattern RUSSIAN = Pattern.compile("[А-Яа-яЁё]");
    private static final String DOP = "804200О.99.0.ББ52АЕ04000";
    private static final java.util.Set<String> TEXT_FIXTURES = java.util.Set.of("freshInn", "freshOgrn", "freshOktmo", "memberKey");

    private final Api api = new Api(base());
    private final Map<String, Supplier<String>> values = new HashMap<>();
    private final Map<String, String> lastSeen = new HashMap<>();

    private record Case(String name, String as, String method, String path, String body, String contentType, int status,
                        String field, String readBack) {
    }

    @Test
    void everyBadInputIsRefusedClearlyAndChangesNothing() throws Exception {
        JsonObject corpus;
        try (InputStream in = getClass().getResourceAsStream("/corpus/bad-input.json"); JsonReader r = Json.createReader(in)) {
            corpus = r.readObject();
        }
        fixtures();
        List<Case> cases = new ArrayList<>();
        corpus.getJsonArray("templates").forEach(t -> cases.addAll(variants(t.asJsonObject())));
        int templated = cases.size();
        corpus.getJsonArray("cases").forEach(c -> cases.add(explicit(c.asJsonObject())));
        List<String> failures = new ArrayList<>();
        int serverErrors = 0;
        for (Case c : cases) {
            String failure = run(c);
            if (failure != null) {
                failures.add(c.name() + " → " + failure);
                if (failure.startsWith("5")) {
                    serverErrors++;
                }
            }
        }
        System.out.printf("%nBad-input corpus: %d cases (%d from %d templates, %d explicit), %d passed, %d failed, 5xx = %d%n%n",
                cases.size(), templated, corpus.getJsonArray("templates").size(), cases.size() - templated,
                cases.size() - failures.size(), failures.size(), serverErrors);
        assertTrue(cases.size() >= 300, "the corpus holds at least 300 cases, has " + cases.size());
        assertEquals(List.of(), failures, failures.size() + " of " + cases.size() + " cases failed");
    }

    /** Runs one case; null when it holds, else what went wrong (starting with the status). */
    private String run(Case c) {
        String path = resolve(c.path(), false);
        String readBack = c.readBack() == null ? null : resolve(c.readBack(), false);
        // what the resource looked like after the previous case that read it back (nothing may change in between)
        String before = readBack == null ? null : lastSeen.computeIfAbsent(readBack, p -> api.get(p, "admin", "demo").body());
        String body = c.body() == null ? null : resolve(c.body(), true);
        Api.Reply r = c.method().equals("GET") ? api.get(path, c.as(), "demo")
                : api.send(c.method(), path, body, c.contentType(), c.as(), "demo");
        String problem = check(c, r);
        if (problem == null && readBack != null) {
            String after = api.get(readBack, "admin", "demo").body();
            lastSeen.put(readBack, after);
            if (!after.equals(before)) {
                problem = r.status() + " but the refused request changed " + readBack;
            }
        }
        return problem;
    }

    private static String check(Case c, Api.Reply r) {
        if (r.status() != c.status()) {
            return r.status() + " instead of " + c.status() + ": " + abbreviate(r.body());
        }
        if (!r.contentType().startsWith("application/problem+json")) {
            return r.status() + " with " + r.contentType() + " instead of application/problem+json";
        }
        JsonObject problem;
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            problem = reader.readObject();
        } catch (RuntimeException e) {
            return r.status() + " with a body that is not JSON: " + abbreviate(r.body());
        }
        List<String> texts = new ArrayList<>();
        texts.add(problem.getString("title", ""));
        texts.add(problem.getString("detail", ""));
        JsonArray errors = problem.containsKey("errors") ? problem.getJsonArray("errors") : Json.createArrayBuilder().build();
        errors.forEach(e -> texts.add(e.asJsonObject().getString("message")));
        for (String text : texts) {
            if (!text.isEmpty() && !RUSSIAN.matcher(text).find()) {
                return r.status() + " with a text not in Russian: " + text;
            }
            Matcher leak = INTERNALS.matcher(text);
            if (leak.find()) {
                return r.status() + " leaks internals («" + leak.group() + "»): " + text;
            }
        }
        if (!RUSSIAN.matcher(texts.get(0)).find()) {
            return r.status() + " without a Russian title";
        }
        if (c.field() != null && errors.stream().map(e -> e.asJsonObject().getString("field")).noneMatch(f -> names(f, c.field()))) {
            return r.status() + " does not name the field " + c.field() + ": " + abbreviate(r.body());
        }
        return null;
    }

    /** The field the server names is the expected one, or its last step when the server names it by its own path. */
    private static boolean names(String named, String expected) {
        return named.equals(expected) || expected.endsWith("." + named);
    }

    // --- the corpus ----------------------------------------------------------------------------------------------

    private List<Case> variants(JsonObject t) {
        String name = t.getString("name");
        JsonObject base = base(t);
        List<Case> out = new ArrayList<>();
        java.util.function.BiConsumer<String, Object[]> add = (variant, change) -> {
            String pointer = (String) change[0];
            JsonValue value = (JsonValue) change[1];
            jakarta.json.JsonPointer at = Json.createPointer("/" + pointer);
            JsonObject body = (at.containsValue(base) ? at.replace(base, value) : at.add(base, value)).asJsonObject();
            out.add(new Case(name + ": " + pointer + " " + variant, t.getString("as"), t.getString("method"), t.getString("path"),
                    body.toString(), "application/json", 400, field(change.length > 2 ? (String) change[2] : pointer),
                    t.getString("readBack", null)));
        };
        if (t.containsKey("texts")) {
            t.getJsonObject("texts").forEach((pointer, limit) -> {
                int length = ((jakarta.json.JsonNumber) limit).intValue();
                add.accept("one character over " + length, new Object[] {pointer, Json.createValue("ж".repeat(length + 1))});
                add.accept("as a number", new Object[] {pointer, Json.createValue(12345)});
                add.accept("as a list", new Object[] {pointer, Json.createArrayBuilder().add("x").build()});
                add.accept("as an object", new Object[] {pointer, Json.createObjectBuilder().add("a", 1).build()});
                add.accept("with a NUL character", new Object[] {pointer, Json.createValue("abc\u0000def")});
            });
        }
        each(t, "wholes", pointer -> {
            add.accept("fractional", new Object[] {pointer, Json.createValue(new BigDecimal("29.5"))});
            add.accept("as text", new Object[] {pointer, Json.createValue("12")});
            add.accept("1e20", new Object[] {pointer, Json.createValue(new BigDecimal("1E+20"))});
            add.accept("as a flag", new Object[] {pointer, JsonValue.TRUE});
            add.accept("as a list", new Object[] {pointer, Json.createArrayBuilder().add(1).build()});
        });
        each(t, "decimals", pointer -> {
            add.accept("as text", new Object[] {pointer, Json.createValue("10")});
            add.accept("as a flag", new Object[] {pointer, JsonValue.FALSE});
            add.accept("as an object", new Object[] {pointer, JsonValue.EMPTY_JSON_OBJECT});
            add.accept("as a list", new Object[] {pointer, Json.createArrayBuilder().add(1).build()});
            add.accept("1e40", new Object[] {pointer, Json.createValue(new BigDecimal("1E+40"))});
        });
        each(t, "dates", pointer -> {
            add.accept("30 February", new Object[] {pointer, Json.createValue("2025-02-30")});
            add.accept("in Russian notation", new Object[] {pointer, Json.createValue("30.01.2025")});
            add.accept("as a number", new Object[] {pointer, Json.createValue(20250101)});
            add.accept("as a list", new Object[] {pointer, JsonValue.EMPTY_JSON_ARRAY});
        });
        each(t, "lists", pointer -> {
            add.accept("null", new Object[] {pointer, JsonValue.NULL});
            add.accept("as an object", new Object[] {pointer, JsonValue.EMPTY_JSON_OBJECT});
            add.accept("as text", new Object[] {pointer, Json.createValue("x")});
            add.accept("with a null element", new Object[] {pointer, Json.createArrayBuilder().addNull().build(), pointer + "/0"});
        });
        each(t, "booleans", pointer -> {
            add.accept("as text", new Object[] {pointer, Json.createValue("true")});
            add.accept("as a number", new Object[] {pointer, Json.createValue(1)});
            add.accept("null", new Object[] {pointer, JsonValue.NULL});
        });
        return out;
    }

    private static void each(JsonObject t, String kind, java.util.function.Consumer<String> action) {
        if (t.containsKey(kind)) {
            t.getJsonArray(kind).forEach(p -> action.accept(((JsonString) p).getString()));
        }
    }

    private Case explicit(JsonObject c) {
        String body = c.containsKey("raw") ? c.getString("raw") : c.containsKey("body") || c.containsKey("bodyFrom") ? base(c).toString() : null;
        return new Case(c.getString("name"), c.getString("as"), c.getString("method"), c.getString("path"), body,
                c.getString("contentType", "application/json"), c.getInt("status"), c.getString("field", null), c.getString("readBack", null));
    }

    /** The valid body of a template: given, or read from the API (as the admin), with {@code set} applied. */
    private JsonObject base(JsonObject t) {
        JsonObject body = t.containsKey("bodyFrom")
                ? api.get(resolve(t.getString("bodyFrom"), false), "admin", "demo").json()
                : t.getJsonObject("body");
        if (t.containsKey("set")) {
            JsonObjectBuilder b = Json.createObjectBuilder(body);
            t.getJsonObject("set").forEach(b::add);
            body = b.build();
        }
        return body;
    }

    /** {@code lines/0/years/0/total} → {@code lines[0].years[0].total} */
    private static String field(String pointer) {
        return pointer.replaceAll("/(\\d+)", "[$1]").replace('/', '.');
    }

    /**
     * Puts the fixtures in: in a JSON body a placeholder that is a whole string ({@code "{order}"}) becomes the number
     * itself, except the fixtures that are texts ({@link #TEXT_FIXTURES}); elsewhere the value replaces the placeholder.
     */
    private String resolve(String text, boolean json) {
        String s = text;
        if (json) {
            Matcher whole = Pattern.compile("\"\\{([a-zA-Z0-9.]+)\\}\"").matcher(s);
            StringBuilder out = new StringBuilder();
            while (whole.find()) {
                String name = whole.group(1);
                String value = value(name, text);
                whole.appendReplacement(out, Matcher.quoteReplacement(TEXT_FIXTURES.contains(name) ? "\"" + value + "\"" : value));
            }
            whole.appendTail(out);
            s = out.toString();
        }
        Matcher m = PLACEHOLDER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), text)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String name, String where) {
        Supplier<String> value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("no fixture {" + name + "} in " + where);
        }
        return value.get();
    }

    // --- fixtures ------------------------------------------------------------------------------------------------

    private void fixtures() {
        JsonObject me = api.clerkGet("api/v1/me").json();
        long authority = me.getJsonObject("organisation").getJsonNumber("id").longValue();
        put("authority", authority);
        JsonObject authorityCard = api.get("api/v1/authorities/" + authority, "admin", "demo").json();
        long luga = authorityCard.getJsonNumber("territoryId").longValue();
        put("lugaTerritory", luga);
        JsonArray territories = api.get("api/v1/territories?size=200", "admin", "demo").json().getJsonArray("items");
        put("region", first(territories, t -> t.getString("level").equals("REGION")));
        put("otherTerritory", first(territories, t -> t.getString("level").equals("MUNICIPALITY") && id(t) != luga));
        JsonArray authorities = api.get("api/v1/authorities?size=200", "admin", "demo").json().getJsonArray("items");
        put("otherAuthority", first(authorities, a -> id(a) != authority));
        JsonArray directions = api.get("api/v1/directions?size=200", "admin", "demo").json().getJsonArray("items");
        put("direction04", first(directions, d -> d.getString("code").equals("04")));
        put("direction01", first(directions, d -> d.getString("code").equals("01")));
        JsonArray dop = Json.createReader(new StringReader(api.clerkGet("api/v1/services/by-registry-number/" + DOP).body())).readArray();
        long service = first(dop, s -> s.getJsonNumber("territoryId").longValue() == luga);
        put("lugaService", service);
        JsonArray services = api.get("api/v1/services?size=200", "admin", "demo").json().getJsonArray("items");
        put("otherTerritoryService", first(services, s -> !s.isNull("territoryId") && s.getJsonNumber("territoryId").longValue() != luga));
        values.put("freshInn", () -> Inn.withCheckDigits(String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L))));
        values.put("freshOgrn", () -> ru.socorder.model.identifier.Ogrn.withCheckDigit(
                "1" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L)));
        values.put("freshOktmo", () -> String.valueOf(ThreadLocalRandom.current().nextLong(41_000_000L, 41_999_999L)));

        Api.Reply order = api.post("api/v1/social-orders", "{\"directionCode\":\"04\",\"fiscalYear\":2029,\"title\":\"Заказ корпуса некорректных "
                + "данных на 2029 год\",\"lines\":[{\"serviceId\":" + service + ",\"unitCode\":\"539\",\"years\":[{\"year\":2029,\"total\":100,"
                + "\"treasury\":0,\"budgetAutonomous\":60,\"competition\":0,\"certificates\":40}]}]}");
        assertEquals(201, order.status(), order.body());
        put("order", id(order.json()));
        put("order.version", order.json().getInt("version"));
        put("order.staleVersion", order.json().getInt("version") + 1000);

        Api.Reply executor = api.post("api/v1/executors", "{\"type\":\"NGO\",\"fullName\":\"АНО «Корпус-исполнитель»\",\"shortName\":"
                + "\"АНО «Корпус»\",\"inn\":\"" + values.get("freshInn").get() + "\",\"ogrn\":\"" + values.get("freshOgrn").get()
                + "\",\"kpp\":\"471001001\",\"territoryId\":" + luga + "}");
        assertEquals(201, executor.status(), executor.body());
        put("executor", id(executor.json()));

        Api.Reply decision = api.post("api/v1/decisions", "{\"territoryId\":" + luga + ",\"issuer\":\"Администрация Лужского муниципального "
                + "района\",\"title\":\"Решение корпуса некорректных данных\",\"standardStages\":true}");
        assertEquals(201, decision.status(), decision.body());
        long decisionId = id(decision.json());
        put("decision", decisionId);
        JsonObject full = api.clerkGet("api/v1/decisions/" + decisionId).json();
        put("decision.version", full.getInt("version"));
        put("decision.staleVersion", full.getInt("version") + 1000);
        long stage = id(full.getJsonObject("plan").getJsonArray("stages").getJsonObject(0));
        put("stage", stage);
        Api.Reply activity = api.post("api/v1/decisions/" + decisionId + "/plan/activities", "{\"stageId\":" + stage
                + ",\"text\":\"Мероприятие корпуса\",\"deadline\":\"до 1 марта ежегодно\"}");
        assertEquals(201, activity.status(), activity.body());
        put("activity", id(activity.json()));
        put("activity.version", activity.json().getInt("version"));
        // a second decision of the same territory: the clerk may change both, so only the path tells them apart
        Api.Reply second = api.post("api/v1/decisions", "{\"territoryId\":" + luga + ",\"issuer\":\"Администрация Лужского "
                + "муниципального района\",\"title\":\"Второе решение корпуса\",\"standardStages\":true}");
        assertEquals(201, second.status(), second.body());
        long other = id(second.json());
        put("otherDecision", other);
        put("otherStage", id(api.clerkGet("api/v1/decisions/" + other).json().getJsonObject("plan").getJsonArray("stages").getJsonObject(0)));
        // its working group: a member since 01.03.2024 (also as a key of the votes) and a meeting with a draft protocol
        long member = Fixtures.groupMembers(api, decisionId, "HEAD").get(0);
        put("member", member);
        put("memberKey", member);
        Api.Reply meeting = api.post("api/v1/decisions/" + decisionId + "/working-group/meetings", "{\"date\":\"2024-04-02\",\"present\":["
                + member + "],\"agenda\":[{\"question\":\"Вопрос корпуса\"}]}");
        assertEquals(201, meeting.status(), meeting.body());
        put("meeting", id(meeting.json()));
        put("meeting.version", meeting.json().getInt("version"));
    }

    private void put(String name, long value) {
        values.put(name, () -> String.valueOf(value));
    }

    private static long id(JsonValue v) {
        return v.asJsonObject().getJsonNumber("id").longValue();
    }

    private static long first(JsonArray items, java.util.function.Predicate<JsonObject> test) {
        return items.stream().map(JsonValue::asJsonObject).filter(test).mapToLong(BadInputCorpusIT::id).findFirst()
                .orElseThrow(() -> new AssertionError("no fixture among " + abbreviate(items.toString())));
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
