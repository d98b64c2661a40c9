package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
    }
}
