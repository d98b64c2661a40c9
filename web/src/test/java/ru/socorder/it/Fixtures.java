package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Data a test makes for itself through the API, so it neither changes what other tests read nor depends on the order
 * they run in: an authority of its own in the Luga territory (direction 04) with a clerk bound to it, whose orders
 * cannot collide with other tests' orders of the same year; a draft decision of the Luga territory and its working group.
 */
final class Fixtures {
    private static final AtomicInteger NEXT = new AtomicInteger();

    /** A clerk's and an approver's login (one password), and the authority they work for. */
    record Clerk(String login, String password, long authorityId, String approver) {
    }

    private Fixtures() {
    }

    /** A new authority of the Luga territory with direction 04, a clerk and an approver of its own. */
    static Clerk lugaClerk(Api api, String purpose) {
        long lugaAuthority = api.clerkGet("api/v1/me").json().getJsonObject("organisation").getJsonNumber("id").longValue();
        var luga = api.get("api/v1/authorities/" + lugaAuthority, "admin", "demo").json();
        long direction04 = api.get("api/v1/directions?size=100", "admin", "demo").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(d -> d.getString("code").equals("04")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String suffix = Long.toString(System.nanoTime(), 36) + NEXT.incrementAndGet();
        Api.Reply authority = api.send("POST", "api/v1/authorities", "{\"fullName\":\"Отдел для проверки: " + purpose + " " + suffix
                + "\",\"shortName\":\"Отдел " + suffix + "\",\"headPosition\":\"Начальник отдела\",\"headName\":\"И.И. Проверкин\",\"territoryId\":" + luga.getJsonNumber("territoryId") + ",\"directionIds\":["
                + direction04 + "]}", "admin", "demo");
        assertEquals(201, authority.status(), authority.body());
        long id = authority.json().getJsonNumber("id").longValue();
        String login = "clerk-" + suffix;
        Api.Reply user = api.send("POST", "api/v1/users", "{\"login\":\"" + login + "\",\"fullName\":\"Специалист для проверки\","
                + "\"active\":true,\"roles\":[\"AUTHORITY_CLERK\"],\"authorityId\":" + id + ",\"password\":\"Fixture-pass-2026\"}",
                "admin", "demo");
        assertEquals(201, user.status(), user.body());
        Api.Reply approver = api.send("POST", "api/v1/users", "{\"login\":\"approver-" + suffix + "\",\"fullName\":\"Утверждающий "
                + "для проверки\",\"active\":true,\"roles\":[\"APPROVER\"],\"authorityId\":" + id + ",\"password\":\"Fixture-pass-2026\"}",
                "admin", "demo");
        assertEquals(201, approver.status(), approver.body());
        return new Clerk(login, "Fixture-pass-2026", id, "approver-" + suffix);
    }

    /** A new draft decision of the demo clerk's (Luga) territory, so that the demo decisions stay as they are. */
    static long lugaDecision(Api api, String title) {
        var luga = api.clerkGet("api/v1/decisions?q=417").json().getJsonArray("items").getJsonObject(0);
        Api.Reply created = api.post("api/v1/decisions", "{\"territoryId\":" + luga.getInt("territoryId")
                + ",\"issuer\":\"Администрация Лужского муниципального района\",\"title\":\"" + title + "\","
                + "\"number\":\"ф-" + System.nanoTime() % 100_000 + "\",\"date\":\"2024-03-01\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** Members of the decision's working group since 01.03.2024, one per role given (HEAD, DEPUTY, SECRETARY, MEMBER); their ids. */
    static java.util.List<Long> groupMembers(Api api, long decision, String... roles) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (String role : roles) {
            Api.Reply member = api.post("api/v1/decisions/" + decision + "/working-group/members", "{\"fullName\":\"Член группы "
                    + (ids.size() + 1) + " (" + role + ")\",\"position\":\"специалист\",\"role\":\"" + role + "\",\"from\":\"2024-03-01\"}");
            assertEquals(201, member.status(), member.body());
            ids.add(member.json().getJsonNumber("id").longValue());
        }
        return ids;
    }

    /**
     * A draft order of the clerk's own authority for 2024–2026 with one line of the Luga service
     * 804200О.99.0.ББ52АЕ04000 (100 = 60 budget + 40 certificates a year); returns its id.
     */
    static long lugaDraftOrder(Api api, Clerk clerk) {
        StringBuilder years = new StringBuilder();
        for (int y = 2024; y <= 2026; y++) {
            years.append(y == 2024 ? "" : ",").append("{\"year\":").append(y)
                    .append(",\"total\":100,\"treasury\":0,\"budgetAutonomous\":60,\"competition\":0,\"certificates\":40}");
        }
        Api.Reply created = api.send("POST", "api/v1/social-orders", "{\"directionCode\":\"04\",\"fiscalYear\":2024,\"title\":"
                + "\"Муниципальный социальный заказ на 2024 год и на плановый период 2025–2026 годов\",\"lines\":[{\"registryNumber\":"
                + "\"804200О.99.0.ББ52АЕ04000\",\"unitCode\":\"539\",\"years\":[" + years + "]}]}", clerk.login(), clerk.password());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }
}
