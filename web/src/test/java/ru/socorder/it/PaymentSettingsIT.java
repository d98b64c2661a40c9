package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.service.calendar.WorkingDays;
import ru.socorder.service.payment.Advance;

/**
 * «Настройки оплаты» through the API: the clerk reads the global defaults of a new authority and may not change them
 * (403 before the body is looked at); the authority's head is refused bad values naming the field and saves a share and
 * a pay working day (audited with the values before and after);
 * the month's run pays on the authority's day, and a later change leaves the approved month as it was while the next
 * month takes the new day.
 */
class PaymentSettingsIT extends IntegrationTest {
    private static final int YEAR = CertificateFixtures.YEAR;
    private final Api api = new Api(base());

    private Api.Reply put(String login, String password, String path, String body) {
        return api.send("PUT", path, body, login, password);
    }

    private static void refusedNaming(Api.Reply r, String field) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("field").equals(field)),
                r.body());
    }

    @Test
    void theHeadSetsTheDayTheClerkReadsItAndTheRunPaysOnItUntilTheMonthIsApproved() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "настройки оплаты", 2);
        String path = "api/v1/payment-settings/" + s.volume().authorityId();
        String clerk = s.clerk().login();
        String head = s.volume().approver();

        Api.Reply read = api.get(path, clerk, s.password());
        assertEquals(200, read.status(), read.body());
        assertEquals(2, read.json().getInt("advanceWorkingDay"), "the global default");
        assertEquals(0, new BigDecimal("80").compareTo(read.json().getJsonNumber("advanceShare").bigDecimalValue()));
        assertFalse(read.json().getBoolean("saved"));
        assertFalse(read.json().getBoolean("editable"), "the clerk reads");
        assertTrue(api.get("api/v1/payment-settings", clerk, s.password()).body().contains("\"id\":" + s.volume().authorityId()));

        assertEquals(403, put(clerk, s.password(), path, "{\"advanceShare\":50,\"advanceWorkingDay\":4}").status());
        assertEquals(403, put(clerk, s.password(), path, "{\"advanceWorkingDay\":\"пятый\"}").status(), "rights before input");
        assertEquals(403, put(clerk, s.password(), path, "{\"advanceShare\":50}").status());
        refusedNaming(put(head, s.password(), path, "{\"advanceShare\":80,\"advanceWorkingDay\":11}"), "advanceWorkingDay");
        refusedNaming(put(head, s.password(), path, "{\"advanceShare\":80,\"advanceWorkingDay\":0}"), "advanceWorkingDay");
        refusedNaming(put(head, s.password(), path, "{\"advanceShare\":80}"), "advanceWorkingDay");
        refusedNaming(put(head, s.password(), path, "{\"advanceShare\":0,\"advanceWorkingDay\":3}"), "advanceShare");
        refusedNaming(put(head, s.password(), path, "{\"advanceShare\":100.5,\"advanceWorkingDay\":3}"), "advanceShare");
        refusedNaming(put(head, s.password(), path, "{\"advanceShare\":80,\"advanceWorkingDay\":2.5}"), "advanceWorkingDay");
        assertFalse(api.get(path, clerk, s.password()).json().getBoolean("saved"), "nothing refused was stored");

        Api.Reply saved = put(head, s.password(), path, "{\"advanceShare\":80,\"advanceWorkingDay\":5,\"version\":0}");
        assertEquals(200, saved.status(), saved.body());
        assertEquals(5, saved.json().getInt("advanceWorkingDay"));
        assertTrue(saved.json().getBoolean("saved") && saved.json().getBoolean("editable"));
        assertEquals(409, put(head, s.password(), path, "{\"advanceShare\":80,\"advanceWorkingDay\":6,\"version\":0}").status(),
                "a stale version");
        JsonObject own = api.get(path, clerk, s.password()).json();
        assertEquals(5, own.getInt("advanceWorkingDay"), "the clerk reads what the head saved");

        String today = LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE).toString();
        List<JsonObject> journal = api.get("api/v1/audit?kind=authority&size=200&from=" + today + "&to=" + today, "admin", "demo").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> !a.isNull("recordId") && a.getJsonNumber("recordId").longValue() == s.volume().authorityId()
                        && a.getString("action").equals("payment_settings_changed")).toList();
        assertEquals(1, journal.size(), "one change saved, nothing refused journalled: " + journal);
        assertEquals("APPROVER", journal.get(0).getString("roles"));
        assertEquals("было: доля аванса 80 %, рабочий день оплаты 2; стало: доля аванса 80 %, рабочий день оплаты 5",
                journal.get(0).getString("details"));

        // the run of January pays the act of January and the advance of February on February's 5th working day
        PaymentFixtures.Party party = PaymentFixtures.party(api, s, "День оплаты", 1, "80");
        PaymentFixtures.deliver(api, party, YEAR + "-01", "6");
        LocalDate fifth = Advance.payDay(WorkingDays.STATUTORY, YearMonth.of(YEAR, 2), 5);
        JsonObject jan = PaymentFixtures.run(api, s, YEAR + "-01");
        assertEquals("READY", jan.getString("status"), jan.toString());
        assertEquals(fifth.toString(), jan.getString("advanceDay"));
        long janId = jan.getJsonNumber("id").longValue();
        List<JsonObject> invoices = api.get("api/v1/payment-runs/" + janId + "/invoices?size=100", clerk, s.password()).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(2, invoices.size(), invoices.toString());
        assertTrue(invoices.stream().allMatch(i -> i.getString("payOn").equals(fifth.toString())), invoices.toString());
        assertEquals(200, api.send("POST", "api/v1/payment-runs/" + janId + "/approve", null, head, s.password()).status());

        // a later change (by the administrator) leaves the approved month frozen; the next month takes the new day
        long version = api.get(path, clerk, s.password()).json().getJsonNumber("version").longValue();
        assertEquals(200, put("admin", "demo", path, "{\"advanceShare\":80,\"advanceWorkingDay\":3,\"version\":" + version + "}").status());
        JsonObject again = PaymentFixtures.run(api, s, YEAR + "-01");
        assertEquals("APPROVED", again.getString("status"));
        assertEquals(fifth.toString(), again.getString("advanceDay"), "an approved month keeps its pay day");
        assertTrue(api.get("api/v1/payment-runs/" + janId + "/invoices?size=100", clerk, s.password()).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().allMatch(i -> i.getString("payOn").equals(fifth.toString())));
        JsonObject feb = api.get("api/v1/payment-runs?authorityId=" + s.volume().authorityId() + "&month=" + YEAR + "-02", clerk, s.password()).json();
        assertEquals(Advance.payDay(WorkingDays.STATUTORY, YearMonth.of(YEAR, 3), 3).toString(), feb.getString("advanceDay"), "a month not yet run takes the new day");
    }
}
