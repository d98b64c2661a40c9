package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Data of the certificate area a test makes for itself through the API: a municipality of its own under the
 * Leningrad region (so that its certificate terms clash with no other test's or the demo's), an authority there with a
 * clerk and an approver, a service of that territory (volume in человеко-часы), an approved order of 2027–2029 with a
 * certificate volume for it, and the terms of 2027 (72 чел.-ч, 15 000 руб., 5–17 лет). Children are registered with
 * random valid СНИЛС.
 */
final class CertificateFixtures {
    static final int YEAR = 2027;
    static final int NOMINAL_HOURS = 72;
    private static final AtomicInteger NEXT = new AtomicInteger();

    /** The clerk's and approver's logins (one password), the authority, territory, service and order. */
    record Volume(String clerk, String approver, String password, long authorityId, long territoryId, long serviceId, long orderId) {
    }

    private CertificateFixtures() {
    }

    /** A volume of {@code certificates} certificates a year (in человеко-часы: × 72). */
    static Volume volume(Api api, String purpose, int certificates) {
        String suffix = Long.toString(System.nanoTime(), 36) + NEXT.incrementAndGet();
        long region = api.get("api/v1/territories?q=" + java.net.URLEncoder.encode("Ленинградская", java.nio.charset.StandardCharsets.UTF_8),
                "admin", "demo").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String oktmo = String.format("41%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        Api.Reply territory = api.send("POST", "api/v1/territories", "{\"level\":\"MUNICIPALITY\",\"name\":\"Район для проверки сертификатов "
                + suffix + "\",\"oktmo\":\"" + oktmo + "\",\"parentId\":" + region + "}", "admin", "demo");
        assertEquals(201, territory.status(), territory.body());
        long territoryId = territory.json().getJsonNumber("id").longValue();
        long direction04 = api.get("api/v1/directions?size=100", "admin", "demo").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(d -> d.getString("code").equals("04")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Reply authority = api.send("POST", "api/v1/authorities", "{\"fullName\":\"Комитет образования для проверки: " + purpose + " "
                + suffix + "\",\"shortName\":\"Комитет " + suffix + "\",\"headPosition\":\"Председатель комитета\",\"headName\":"
                + "\"И.И. Проверкин\",\"territoryId\":" + territoryId + ",\"directionIds\":[" + direction04 + "]}", "admin", "demo");
        assertEquals(201, authority.status(), authority.body());
        long authorityId = authority.json().getJsonNumber("id").longValue();
        String password = "Fixture-pass-2026";
        for (String[] u : new String[][] {{"cclerk-" + suffix, "AUTHORITY_CLERK"}, {"capprover-" + suffix, "APPROVER"}}) {
            Api.Reply user = api.send("POST", "api/v1/users", "{\"login\":\"" + u[0] + "\",\"fullName\":\"Пользователь для проверки\","
                    + "\"active\":true,\"roles\":[\"" + u[1] + "\"],\"authorityId\":" + authorityId + ",\"password\":\"" + password + "\"}",
                    "admin", "demo");
            assertEquals(201, user.status(), user.body());
        }
        String clerk = "cclerk-" + suffix;
        String approver = "capprover-" + suffix;
        String number = String.format("804200О.99.0.ЯЯ%02dАЖ%05d", ThreadLocalRandom.current().nextInt(100),
                ThreadLocalRandom.current().nextInt(100_000));
        Api.Reply service = api.send("POST", "api/v1/services", "{\"registryNumber\":\"" + number + "\",\"territoryId\":" + territoryId
                + ",\"directionId\":" + direction04 + ",\"name\":\"Реализация дополнительных общеразвивающих программ (проверка " + suffix
                + ")\",\"normativeCost\":100,\"indicators\":[{\"kind\":\"VOLUME\",\"name\":\"Количество человеко-часов\",\"unitCode\":\"539\"}]}",
                "admin", "demo");
        assertEquals(201, service.status(), service.body());
        long serviceId = service.json().getJsonNumber("id").longValue();
        long hours = (long) certificates * NOMINAL_HOURS;
        StringBuilder years = new StringBuilder();
        for (int y = YEAR; y <= YEAR + 2; y++) {
            years.append(y == YEAR ? "" : ",").append("{\"year\":").append(y).append(",\"total\":").append(hours + 100)
                    .append(",\"treasury\":0,\"budgetAutonomous\":100,\"competition\":0,\"certificates\":").append(hours).append("}");
        }
        Api.Reply order = api.send("POST", "api/v1/social-orders", "{\"directionCode\":\"04\",\"fiscalYear\":" + YEAR + ",\"title\":"
                + "\"Муниципальный социальный заказ на " + YEAR + " год\",\"lines\":[{\"registryNumber\":\"" + number
                + "\",\"unitCode\":\"539\",\"years\":[" + years + "]}]}", clerk, password);
        assertEquals(201, order.status(), order.body());
        long orderId = order.json().getJsonNumber("id").longValue();
        Api.Reply submitted = api.send("POST", "api/v1/social-orders/" + orderId + "/transitions", "{\"action\":\"submit\",\"version\":"
                + order.json().getInt("version") + "}", clerk, password);
        assertEquals(200, submitted.status(), submitted.body());
        Api.Reply approved = api.send("POST", "api/v1/social-orders/" + orderId + "/transitions", "{\"action\":\"approve\",\"version\":"
                + submitted.json().getInt("version") + ",\"comment\":\"утверждаю\"}", approver, password);
        assertEquals(200, approved.status(), approved.body());
        Api.Reply terms = api.send("POST", "api/v1/certificate-terms", "{\"territoryId\":" + territoryId + ",\"year\":" + YEAR
                + ",\"validFrom\":\"" + YEAR + "-01-01\",\"validTo\":\"" + YEAR + "-12-31\",\"nominalHours\":" + NOMINAL_HOURS
                + ",\"nominalAmount\":15000.00,\"ageFrom\":5,\"ageTo\":17,\"onePer\":\"SERVICE\",\"answerDays\":5}", clerk, password);
        assertEquals(201, terms.status(), terms.body());
        return new Volume(clerk, approver, password, authorityId, territoryId, serviceId, orderId);
    }

    /** A valid СНИЛС nobody else has (random 9 digits above the unchecked range, and the check number). */
    static String snils() {
        long nine = 100_000_000L + ThreadLocalRandom.current().nextLong(899_999_999L);
        String digits = Long.toString(nine);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        int check = sum < 100 ? sum : sum == 100 || sum == 101 ? 0 : sum % 101 == 100 ? 0 : sum % 101;
        return digits + String.format("%02d", check);
    }

    /** The JSON of a child of the volume's territory. */
    static String child(Volume v, String lastName, String firstName, String birthDate, String snils) {
        return "{\"territoryId\":" + v.territoryId() + ",\"lastName\":\"" + lastName + "\",\"firstName\":\"" + firstName
                + "\",\"middleName\":\"Сергеевна\",\"birthDate\":\"" + birthDate + "\",\"snils\":\"" + snils + "\",\"repLastName\":\""
                + lastName + "\",\"repFirstName\":\"Ольга\",\"repPhone\":\"+7 900 000-00-00\",\"repDocument\":\"паспорт 4012 123456\"}";
    }

    /** Registers a child, returns its id. */
    static long register(Api api, Volume v, String lastName, String firstName, String birthDate) {
        Api.Reply r = api.send("POST", "api/v1/consumers", child(v, lastName, firstName, birthDate, snils()), v.clerk(), v.password());
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    /** Applies for the consumer under the key (the volume's clerk). */
    static Api.Reply apply(Api api, Volume v, long consumerId, String key) {
        return api.sendWithHeaders("POST", "api/v1/certificate-applications", "{\"consumerId\":" + consumerId + ",\"serviceId\":"
                + v.serviceId() + ",\"startsOn\":\"" + YEAR + "-09-01\",\"channel\":\"EPGU\"}", v.clerk(), v.password(), "Idempotency-Key", key);
    }
}
