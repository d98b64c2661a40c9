package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The social order through the API: sum rule, approval rights, workflow, amendment into versions and their diff. */
class SocialOrderIT extends IntegrationTest {
    private final Api api = new Api(base());

    private int lugaAuthorityId() {
        return api.clerkGet("api/v1/me").json().getJsonObject("organisation").getInt("id");
    }

    private static String line(String number, int year, int total, int budget, int certificates) {
        return "{\"registryNumber\":\"" + number + "\",\"volumeIndicator\":\"Количество человеко-часов\",\"unitCode\":\"539\","
                + "\"years\":[{\"year\":" + year + ",\"total\":" + total + ",\"treasury\":0,\"budgetAutonomous\":" + budget
                + ",\"competition\":0,\"certificates\":" + certificates + "}]}";
    }

    @Test
    void orderGoesThroughApprovalAndIsAmendedIntoANewVersion() {
        int authority = lugaAuthorityId();
        String header = "\"authorityId\":" + authority + ",\"directionCode\":\"04\",\"fiscalYear\":2027,"
                + "\"title\":\"Муниципальный социальный заказ на 2027 год и на плановый период 2028–2029 годов\"";
        Api.Reply broken = api.post("api/v1/social-orders", "{" + header + ",\"lines\":["
                + line("804200О.99.0.ББ52АЕ04000", 2027, 1000, 600, 300) + "]}");
        assertEquals(400, broken.status(), broken.body());
        assertEquals("Строка 1 (804200О.99.0.ББ52АЕ04000), 2027 год: сумма по способам 900 не равна общему объёму 1 000",
                broken.json().getJsonArray("errors").getJsonObject(0).getString("message"));

        Api.Reply created = api.post("api/v1/social-orders", "{" + header + ",\"lines\":["
                + line("8042000 99 0 ББ52AE04000", 2027, 1000, 600, 400) + "]}");
        assertEquals(201, created.status(), created.body());
        JsonObject o = created.json();
        long id = o.getJsonNumber("id").longValue();
        assertEquals("DRAFT", o.getString("status"));
        assertEquals("804200О.99.0.ББ52АЕ04000", o.getJsonArray("lines").getJsonObject(0).getString("registryNumber"));

        o = api.post("api/v1/social-orders/" + id + "/transitions", "{\"action\":\"submit\",\"version\":" + o.getInt("version") + "}").json();
        assertEquals("UNDER_APPROVAL", o.getString("status"));
        Api.Reply clerkApproves = api.post("api/v1/social-orders/" + id + "/transitions", "{\"action\":\"approve\",\"version\":" + o.getInt("version") + "}");
        assertEquals(403, clerkApproves.status(), "the clerk has no approver right");
        Api.Reply approved = api.send("POST", "api/v1/social-orders/" + id + "/transitions",
                "{\"action\":\"approve\",\"version\":" + o.getInt("version") + ",\"comment\":\"утверждаю\"}", "approver", "demo");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("status"));

        jakarta.json.JsonArray history = api.clerkGet("api/v1/social-orders/" + id + "/history").json().getJsonArray("items");
        List<JsonObject> steps = history.stream().map(jakarta.json.JsonValue::asJsonObject).filter(h -> !h.isNull("to")).toList();
        assertEquals(List.of("создание", "направить на утверждение", "утвердить"), steps.stream()
                .map(h -> h.getString("actionLabel")).toList(), history.toString());
        assertEquals("утверждён", steps.get(2).getString("to"));
        assertEquals("утверждаю", steps.get(2).getString("comment"));
        assertEquals("approver", steps.get(2).getString("actor"));
        assertEquals(steps.size(), history.size(), "nothing but the steps happened to this order: " + history);
        assertEquals(403, api.get("api/v1/social-orders/" + id + "/history", "executor", "demo").status(),
                "an executor's user does not read an authority's order");
        Api.Reply illegal = api.post("api/v1/social-orders/" + id + "/transitions", "{\"action\":\"submit\",\"version\":" + approved.json().getInt("version") + "}");
        assertEquals(409, illegal.status());
        assertTrue(illegal.json().getString("detail").contains("«утверждён»"), illegal.body());
        Api.Reply edit = api.put("api/v1/social-orders/" + id, "{\"version\":" + approved.json().getInt("version") + ",\"lines\":[]}");
        assertEquals(409, edit.status(), "an approved order is never edited in place");

        JsonObject v2 = api.post("api/v1/social-orders/" + id + "/transitions", "{\"action\":\"amend\",\"version\":"
                + approved.json().getInt("version") + "}").json();
        long id2 = v2.getJsonNumber("id").longValue();
        assertEquals(2, v2.getInt("versionNumber"));
        assertEquals("DRAFT", v2.getString("status"));
        assertEquals("изменённый", v2.getString("kind"));
        Api.Reply changed = api.put("api/v1/social-orders/" + id2, "{\"version\":" + v2.getInt("version") + ",\"lines\":["
                + line("804200О.99.0.ББ52АЕ04000", 2027, 1200, 600, 600) + "]}");
        assertEquals(200, changed.status(), changed.body());

        assertEquals(2, api.clerkGet("api/v1/social-orders/" + id2 + "/versions").json().getJsonArray("items").size());
        JsonObject diff = api.clerkGet("api/v1/social-orders/" + id2 + "/diff?from=" + id).json();
        assertTrue(diff.getJsonArray("changes").stream().map(j -> j.asJsonObject())
                .anyMatch(c -> c.getString("what").equals("всего") && c.getString("before").equals("1 000") && c.getString("after").equals("1 200")),
                diff.toString());
        assertEquals("APPROVED", api.clerkGet("api/v1/social-orders/" + id).json().getString("status"), "the first version stays approved");
        Api.Reply again = api.post("api/v1/social-orders/" + id + "/transitions", "{\"action\":\"amend\",\"version\":"
                + approved.json().getInt("version") + "}");
        assertEquals(409, again.status(), "one amendment at a time");
        assertTrue(again.json().getString("detail").contains("есть версия 2"), again.body());
        Api.Reply observer = api.send("PUT", "api/v1/social-orders/" + id2, "{\"version\":" + changed.json().getInt("version")
                + ",\"lines\":[]}", "observer", "demo");
        assertEquals(403, observer.status(), "observers read only");

        allowedVolumeFollowsTheApprovedVersionAndLinesKeepTheirIds(id, id2, changed.json());
    }

    private static final String ARTS = "804200О.99.0.ББ52АЕ76000";

    private JsonObject lineOf(JsonObject order, String registryNumber) {
        return order.getJsonArray("lines").stream().map(j -> j.asJsonObject()).filter(l -> l.getString("registryNumber").equals(registryNumber))
                .findFirst().orElseThrow(() -> new AssertionError(registryNumber + " not in " + order));
    }

    private JsonObject allowed(long serviceId, int year, String method) {
        Api.Reply r = api.clerkGet("api/v1/social-orders/allowed-volume?serviceId=" + serviceId + "&year=" + year + "&method=" + method);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /**
     * The 2027 order: version 1 approved (1 000, certificates 400), version 2 a draft (1 200, certificates 600). The
     * allowed volume stays version 1's until version 2 is approved; a line keeps its id while the draft is saved again.
     */
    private void allowedVolumeFollowsTheApprovedVersionAndLinesKeepTheirIds(long id, long id2, JsonObject draft) {
        JsonObject v1line = lineOf(api.clerkGet("api/v1/social-orders/" + id).json(), DOP);
        long service = v1line.getJsonNumber("serviceId").longValue();
        JsonObject a = allowed(service, 2027, "certificates");
        assertEquals(id, a.getJsonNumber("orderId").longValue(), "the approved version, not the draft amendment: " + a);
        assertEquals(id, a.getJsonNumber("familyId").longValue());
        assertEquals(1, a.getInt("versionNumber"));
        assertEquals(v1line.getJsonNumber("id").longValue(), a.getJsonNumber("lineId").longValue());
        assertEquals(400, a.getJsonNumber("volume").intValue());
        assertEquals("539", a.getString("unitCode"));
        assertEquals("FISCAL", a.getString("period"));
        assertEquals(600, allowed(service, 2027, "budgetAutonomous").getJsonNumber("volume").intValue());
        assertEquals(0, allowed(service, 2028, "certificates").getJsonNumber("volume").intValue(), "2028 is planned with no volume");
        assertEquals(404, api.clerkGet("api/v1/social-orders/allowed-volume?serviceId=" + service + "&year=2040&method=certificates").status());
        assertEquals(404, api.get("api/v1/social-orders/allowed-volume?serviceId=" + service + "&year=2027&method=certificates",
                "executor", "demo").status(), "an executor's user reads no authority's order");
        assertEquals(200, api.get("api/v1/social-orders/allowed-volume?serviceId=" + service + "&year=2027&method=certificates",
                "observer", "demo").status());
        for (String[] bad : new String[][] {{"year=2027&method=certificates", "serviceId"}, {"serviceId=" + service + "&method=certificates", "year"},
            {"serviceId=" + service + "&year=2027&method=voucher", "method"}, {"serviceId=" + service + "&year=2027", "method"},
            {"serviceId=" + service + "&year=abc&method=certificates", "year"}}) {
            Api.Reply r = api.clerkGet("api/v1/social-orders/allowed-volume?" + bad[0]);
            assertEquals(400, r.status(), r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertEquals(bad[1], r.json().getJsonArray("errors").getJsonObject(0).getString("field"), r.body());
        }

        // the draft saved again: the same service keeps its line (id) although a line is put before it
        long lineId = lineOf(draft, DOP).getJsonNumber("id").longValue();
        Api.Reply again = api.put("api/v1/social-orders/" + id2, "{\"version\":" + draft.getInt("version") + ",\"lines\":["
                + line(ARTS, 2027, 500, 500, 0) + "," + line(DOP, 2027, 1300, 600, 700) + "]}");
        assertEquals(200, again.status(), again.body());
        assertEquals(List.of(ARTS, DOP), again.json().getJsonArray("lines").stream()
                .map(j -> j.asJsonObject().getString("registryNumber")).toList(), "in the order sent");
        assertEquals(lineId, lineOf(again.json(), DOP).getJsonNumber("id").longValue(), "the line of the service keeps its id");
        Api.Reply third = api.put("api/v1/social-orders/" + id2, "{\"version\":" + again.json().getInt("version") + ",\"lines\":["
                + line(DOP, 2027, 1300, 600, 700) + "]}");
        assertEquals(200, third.status(), third.body());
        assertEquals(1, third.json().getJsonArray("lines").size(), "the line no longer sent is removed");
        assertEquals(lineId, lineOf(third.json(), DOP).getJsonNumber("id").longValue());
        assertEquals(1300, lineOf(api.clerkGet("api/v1/social-orders/" + id2).json(), DOP).getJsonArray("years").getJsonObject(0)
                .getJsonNumber("total").intValue(), "the new volume is stored");
        assertEquals(400, allowed(service, 2027, "certificates").getJsonNumber("volume").intValue(), "still version 1's");

        JsonObject submitted = api.post("api/v1/social-orders/" + id2 + "/transitions", "{\"action\":\"submit\",\"version\":"
                + third.json().getInt("version") + "}").json();
        assertEquals(400, allowed(service, 2027, "certificates").getJsonNumber("volume").intValue(), "under approval: still version 1's");
        Api.Reply approved = api.send("POST", "api/v1/social-orders/" + id2 + "/transitions", "{\"action\":\"approve\",\"version\":"
                + submitted.getInt("version") + "}", "approver", "demo");
        assertEquals(200, approved.status(), approved.body());
        JsonObject now = allowed(service, 2027, "certificates");
        assertEquals(id2, now.getJsonNumber("orderId").longValue(), now.toString());
        assertEquals(id, now.getJsonNumber("familyId").longValue(), "the same order family");
        assertEquals(2, now.getInt("versionNumber"));
        assertEquals(lineId, now.getJsonNumber("lineId").longValue());
        assertEquals(700, now.getJsonNumber("volume").intValue());
    }

    private static final String DOP = "804200О.99.0.ББ52АЕ04000";

    private static String qualityLine(String unit, String deviation) {
        StringBuilder years = new StringBuilder();
        StringBuilder quality = new StringBuilder();
        for (int y = 2030; y <= 2033; y++) {
            years.append(y == 2030 ? "" : ",").append("{\"year\":").append(y).append(",\"total\":100,\"treasury\":0,\"budgetAutonomous\":60,")
                    .append("\"competition\":0,\"certificates\":40}");
            quality.append(y == 2030 ? "" : ",").append("{\"year\":").append(y).append(",\"indicator\":\"Доля детей\",\"unitCode\":\"744\",")
                    .append("\"value\":80,\"deviation\":").append(deviation).append(",\"deviationInPercent\":true}");
        }
        return "{\"registryNumber\":\"" + DOP + "\",\"unitCode\":\"" + unit + "\",\"determinationYear\":2030,"
                + "\"standardAct\":\"Приказ Минпросвещения России от 27.07.2022 № 629\",\"years\":[" + years + "],\"quality\":[" + quality + "]}";
    }

    @Test
    void qualityIndicatorsThePeriodBeyondThePlanAndTheCopyToTheNextYear() {
        String header = "\"authorityId\":" + lugaAuthorityId() + ",\"directionCode\":\"04\",\"fiscalYear\":2030,\"beyondPlanUntil\":2035,"
                + "\"title\":\"Муниципальный социальный заказ на 2030 год и на плановый период 2031–2032 годов\"";
        Api.Reply badDeviation = api.post("api/v1/social-orders", "{" + header + ",\"lines\":[" + qualityLine("539", "150") + "]}");
        assertEquals(400, badDeviation.status(), badDeviation.body());
        assertTrue(badDeviation.body().contains("Строка 1 (" + DOP + "), 2030 год, показатель «Доля детей»: допустимое отклонение больше 100 %"),
                badDeviation.body());
        Api.Reply badUnit = api.post("api/v1/social-orders", "{" + header + ",\"lines\":[" + qualityLine("792", "10") + "]}");
        assertEquals(400, badUnit.status(), badUnit.body());
        assertTrue(badUnit.body().contains("единица «Человек» не соответствует показателю объёма услуги (Человеко-час)"), badUnit.body());
        Api.Reply duplicate = api.post("api/v1/social-orders", "{" + header + ",\"lines\":[" + qualityLine("539", "10") + ","
                + qualityLine("539", "10") + "]}");
        assertEquals(400, duplicate.status(), duplicate.body());
        assertTrue(duplicate.body().contains("Строка 2 (" + DOP + "): услуга уже есть в строке 1"), duplicate.body());
        Api.Reply badBeyond = api.post("api/v1/social-orders", "{" + header.replace("2035", "2031") + ",\"lines\":[]}");
        assertEquals(400, badBeyond.status(), badBeyond.body());

        Api.Reply created = api.post("api/v1/social-orders", "{" + header + ",\"lines\":[" + qualityLine("539", "10") + "]}");
        assertEquals(201, created.status(), created.body());
        JsonObject line = created.json().getJsonArray("lines").getJsonObject(0);
        assertEquals(4, line.getJsonArray("years").size(), "three years and the period beyond the plan");
        assertEquals(4, line.getJsonArray("quality").size());
        assertEquals(10, line.getJsonArray("quality").getJsonObject(0).getJsonNumber("deviation").intValue());
        assertEquals("Приказ Минпросвещения России от 27.07.2022 № 629", line.getString("standardAct"));

        long id = created.json().getJsonNumber("id").longValue();
        String rename = "{\"version\":" + created.json().getInt("version") + ",\"title\":\"Муниципальный социальный заказ на 2030 год "
                + "и на плановый период 2031–2032 годов (уточнённый)\",\"beyondPlanUntil\":2035,\"lines\":[" + qualityLine("539", "10") + "]}";
        Api.Reply renamed = api.put("api/v1/social-orders/" + id, rename);
        assertEquals(200, renamed.status(), renamed.body());
        assertTrue(renamed.json().getString("title").endsWith("(уточнённый)"));
        assertEquals(409, api.put("api/v1/social-orders/" + id, rename).status(), "a stale version is refused, nothing overwritten");
        Api.Reply copy = api.post("api/v1/social-orders/" + id + "/copy", "");
        assertEquals(201, copy.status(), copy.body());
        JsonObject next = copy.json();
        assertEquals(2031, next.getInt("fiscalYear"));
        assertEquals("Муниципальный социальный заказ на 2031 год и на плановый период 2032–2033 годов (уточнённый)", next.getString("title"));
        assertEquals(2035, next.getInt("beyondPlanUntil"));
        JsonObject copied = next.getJsonArray("lines").getJsonObject(0);
        assertEquals("[2031, 2032, 2033, 2034]", copied.getJsonArray("years").stream()
                .map(y -> String.valueOf(y.asJsonObject().getInt("year"))).toList().toString());
        assertEquals("DRAFT", next.getString("status"));
        assertEquals(1, next.getInt("versionNumber"), "a copy is a new order, not a version");
    }

    @Test
    void anOrderNotApprovedByItsDeadlineIsOnTheAlertList() {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).getYear();
        // an authority of its own: the current year moves on and would meet the fixed years of the other tests
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "сроки утверждения");
        Api.Reply created = api.send("POST", "api/v1/social-orders", "{\"directionCode\":\"04\",\"fiscalYear\":" + year
                + ",\"title\":\"Заказ без утверждения на " + year + " год\",\"lines\":[]}", clerk.login(), clerk.password());
        assertEquals(201, created.status(), created.body());
        JsonObject alert = api.get("api/v1/social-orders/approval-alerts", clerk.login(), clerk.password()).json().getJsonArray("items").stream()
                .map(j -> j.asJsonObject()).filter(a -> a.getString("title").equals("Заказ без утверждения на " + year + " год"))
                .findFirst().orElseThrow(() -> new AssertionError("the order is not on the alert list"));
        assertEquals(year + "-01-01", alert.getString("dueDate"), "«ежегодно до 1 января» of the financial year");
        assertTrue(alert.getBoolean("overdue"));
        assertTrue(api.get("api/v1/social-orders/approval-alerts", "executor", "demo").json().getJsonArray("items").isEmpty(),
                "an executor's user sees no authority's orders");
    }
}
