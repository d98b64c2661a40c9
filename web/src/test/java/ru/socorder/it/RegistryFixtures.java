package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Ogrn;

/**
 * Registry data a test makes for itself through the API: an executor of the Luga territory with a user of its own,
 * its application filed, submitted and included by a clerk, a programme with a group certified at the year's
 * normative. Other tests (enrolments, contracts) build on these.
 */
final class RegistryFixtures {
    static final String PASSWORD = "Fixture-pass-2026";
    /** The Luga service of supplementary education the demo order plans (certificates volume). */
    static final String DOP = "804200О.99.0.ББ52АЕ04000";

    /** An executor and the login of its user. */
    record ExecutorUser(long executorId, String login, String name) {
    }

    private RegistryFixtures() {
    }

    /** The id of the Luga service {@link #DOP}. */
    static long lugaService(Api api) {
        long luga = api.clerkGet("api/v1/authorities/" + lugaAuthority(api)).json().getJsonNumber("territoryId").longValue();
        return Json.createReader(new StringReader(api.clerkGet("api/v1/services/by-registry-number/" + DOP).body())).readArray().stream()
                .map(v -> v.asJsonObject()).filter(s -> s.getJsonNumber("territoryId").longValue() == luga).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    static long lugaAuthority(Api api) {
        return api.clerkGet("api/v1/me").json().getJsonObject("organisation").getJsonNumber("id").longValue();
    }

    /** A new NGO of the Luga territory (valid, fresh identifiers) and a user with the role EXECUTOR bound to it. */
    static ExecutorUser executor(Api api, String name) {
        long territory = api.clerkGet("api/v1/authorities/" + lugaAuthority(api)).json().getJsonNumber("territoryId").longValue();
        String inn = Inn.withCheckDigits(String.valueOf(ThreadLocalRandom.current().nextLong(470_000_000L, 479_999_999L)));
        String ogrn = Ogrn.withCheckDigit("1" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        String suffix = Long.toString(System.nanoTime(), 36);
        String fullName = "Автономная некоммерческая организация «" + name + " " + suffix + "»";
        Api.Reply executor = api.send("POST", "api/v1/executors", "{\"type\":\"NGO\",\"fullName\":\"" + fullName.replace("\"", "\\\"")
                + "\",\"shortName\":\"АНО «" + name + " " + suffix + "»\",\"inn\":\"" + inn + "\",\"ogrn\":\"" + ogrn
                + "\",\"kpp\":\"471001001\",\"territoryId\":" + territory + "}", "admin", "demo");
        assertEquals(201, executor.status(), executor.body());
        long id = executor.json().getJsonNumber("id").longValue();
        String login = "exec-" + suffix;
        Api.Reply user = api.send("POST", "api/v1/users", "{\"login\":\"" + login + "\",\"fullName\":\"Пользователь исполнителя\","
                + "\"active\":true,\"roles\":[\"EXECUTOR\"],\"executorId\":" + id + ",\"password\":\"" + PASSWORD + "\"}", "admin", "demo");
        assertEquals(201, user.status(), user.body());
        return new ExecutorUser(id, login, fullName);
    }

    /** The executor's application to the authority for the service {@link #DOP} with a valid licence, submitted; its JSON. */
    static JsonObject submittedApplication(Api api, ExecutorUser x, long authorityId) {
        Api.Reply created = api.send("POST", "api/v1/executor-registry/applications", "{\"authorityId\":" + authorityId
                + ",\"registryNumbers\":[\"" + DOP + "\"],\"licence\":{\"number\":\"Л035-01234-47/00567890\",\"issuedOn\":\"2020-02-03\","
                + "\"issuer\":\"Комитет общего и профессионального образования Ленинградской области\",\"activity\":\"образовательная деятельность\"}}",
                x.login(), PASSWORD);
        assertEquals(201, created.status(), created.body());
        JsonObject a = created.json();
        Api.Reply submitted = api.send("POST", "api/v1/executor-registry/applications/" + a.getJsonNumber("id") + "/submit",
                "{\"version\":" + a.getJsonNumber("version") + "}", x.login(), PASSWORD);
        assertEquals(200, submitted.status(), submitted.body());
        return submitted.json();
    }

    /** Takes the application into review and includes it, as the clerk; the application's JSON. */
    static JsonObject include(Api api, Fixtures.Clerk clerk, JsonObject application) {
        String path = "api/v1/executor-registry/applications/" + application.getJsonNumber("id");
        Api.Reply taken = api.send("POST", path + "/take", "{\"version\":" + application.getJsonNumber("version") + "}", clerk.login(),
                clerk.password());
        assertEquals(200, taken.status(), taken.body());
        Api.Reply included = api.send("POST", path + "/include", "{\"version\":" + taken.json().getJsonNumber("version") + "}",
                clerk.login(), clerk.password());
        assertEquals(200, included.status(), included.body());
        return included.json();
    }

    /** The normative of the service for the year: the stored one, or a new one of 169,55 руб. per человеко-час. */
    static JsonObject normative(Api api, long serviceId, int year) {
        var existing = api.clerkGet("api/v1/service-normatives?serviceId=" + serviceId + "&year=" + year).json().getJsonArray("items");
        if (!existing.isEmpty()) {
            return existing.getJsonObject(0);
        }
        Api.Reply created = api.post("api/v1/service-normatives", "{\"serviceId\":" + serviceId + ",\"year\":" + year
                + ",\"baseCost\":169.55,\"territorialCoefficient\":1,\"sectoralCoefficient\":1}");
        if (created.status() == 409) { // another test made it meanwhile
            return api.clerkGet("api/v1/service-normatives?serviceId=" + serviceId + "&year=" + year).json().getJsonArray("items").getJsonObject(0);
        }
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    /**
     * A programme of the included executor (72 hours, ages 7–17) with one group of 15 places starting next month,
     * submitted by the executor and certified by the clerk; the programme's JSON with its groups.
     */
    static JsonObject certifiedProgramme(Api api, Fixtures.Clerk clerk, ExecutorUser x, long serviceId, String name) {
        normative(api, serviceId, LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE).getYear());
        Api.Reply created = api.send("POST", "api/v1/programmes", "{\"authorityId\":" + clerk.authorityId() + ",\"serviceId\":" + serviceId
                + ",\"name\":\"" + name + "\",\"orientation\":\"TECHNICAL\",\"form\":\"FULL_TIME\",\"ageFrom\":7,\"ageTo\":17,"
                + "\"durationMonths\":9,\"hours\":72,\"capacity\":30,\"addresses\":[\"г. Луга, пр. Кирова, д. 1\"]}", x.login(), PASSWORD);
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        LocalDate start = LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE).plusMonths(1).withDayOfMonth(1);
        Api.Reply group = api.send("POST", "api/v1/programmes/" + id + "/groups", "{\"name\":\"Группа 1\",\"startsOn\":\"" + start
                + "\",\"endsOn\":\"" + start.plusMonths(9).minusDays(1) + "\",\"capacity\":15,\"schedule\":\"вт, чт 16:00–17:30\"}",
                x.login(), PASSWORD);
        assertEquals(201, group.status(), group.body());
        Api.Reply submitted = api.send("POST", "api/v1/programmes/" + id + "/submit", "{\"version\":"
                + api.clerkGet("api/v1/programmes/" + id).json().getJsonNumber("version") + "}", x.login(), PASSWORD);
        assertEquals(200, submitted.status(), submitted.body());
        Api.Reply certified = api.send("POST", "api/v1/programmes/" + id + "/certify", "{\"version\":"
                + submitted.json().getJsonNumber("version") + "}", clerk.login(), clerk.password());
        assertEquals(200, certified.status(), certified.body());
        return certified.json();
    }
}
