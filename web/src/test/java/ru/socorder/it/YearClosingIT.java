package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The year-end closing through the API, each test on an authority and territory of its own
 * ({@link EnrolmentFixtures#setup}, certificates of {@value CertificateFixtures#YEAR}). The application's clock is the
 * real one, so the tests close the fixtures' future year by setting its stop date to today (the rules allow closing
 * by hand from the stop date on; the timer waits for the closing date).
 */
class YearClosingIT extends IntegrationTest {
    private static final int YEAR = CertificateFixtures.YEAR;
    private final Api api = new Api(base());

    @Test
    void fromTheStopDateNoCertificateAndNoContractOfTheYearIsIssued() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "закрытие года: остановка выдачи", 3);
        RegistryFixtures.ExecutorUser x = EnrolmentFixtures.executor(api, s, "Станция юных техников");
        EnrolmentFixtures.Group group = EnrolmentFixtures.group(api, s, x, "Авиамоделирование", 10);
        String path = closing(s);

        JsonObject fresh = asClerk(s, "GET", path, null).json();
        assertFalse(fresh.getBoolean("saved"), fresh.toString());
        assertEquals(YEAR + "-12-15", fresh.getString("stopDate"), "the usual stop date until the calendar is saved");
        assertEquals(YEAR + "-12-31", fresh.getString("closingDate"));
        assertEquals("NOT_STARTED", fresh.getString("status"));
        assertEquals(403, api.get(path, x.login(), RegistryFixtures.PASSWORD).status(), "an executor does not see the closing");
        assertEquals(200, api.get(path, "observer", "demo").status(), "observers read");
        Api.Reply byObserver = api.send("PUT", path, calendar(LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE), 0), "observer", "demo");
        assertEquals(403, byObserver.status(), byObserver.body());
        Api.Reply badDates = asClerk(s, "PUT", path, "{\"stopDate\":\"" + YEAR + "-12-31\",\"closingDate\":\"" + YEAR + "-12-15\",\"version\":0}");
        assertEquals(400, badDates.status(), badDates.body());
        assertEquals("stopDate", badDates.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply later = asClerk(s, "PUT", path, calendar(LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE).plusDays(30), 0));
        assertEquals(200, later.status(), later.body());
        assertFalse(later.json().getBoolean("issuingStopped"));
        EnrolmentFixtures.Child before = EnrolmentFixtures.child(api, s, "Доостановочная"); // issued before the stop date
        JsonObject enrolment = EnrolmentFixtures.enrol(api, s, before, group);
        EnrolmentFixtures.Child moving = EnrolmentFixtures.child(api, s, "Переезжающая");
        long contract = confirm(x, EnrolmentFixtures.enrol(api, s, moving, group)); // concluded before the stop date
        RegistryFixtures.ExecutorUser other = EnrolmentFixtures.executor(api, s, "Дворец пионеров");
        EnrolmentFixtures.Group otherGroup = EnrolmentFixtures.group(api, s, other, "Судомоделирование", 10);
        Api.Reply notYet = asClerk(s, "POST", path + "/run", null);
        assertEquals(409, notYet.status(), "no year end before the stop date: " + notYet.body());

        Api.Reply stopped = asClerk(s, "PUT", path, calendar(LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE), later.json().getJsonNumber("version").longValue()));
        assertEquals(200, stopped.status(), stopped.body());
        assertTrue(stopped.json().getBoolean("issuingStopped"), stopped.body());

        long consumer = CertificateFixtures.register(api, s.volume(), "Послеостановочная", "Вера", "2016-04-01");
        Api.Reply refused = CertificateFixtures.apply(api, s.volume(), consumer, "closing-" + System.nanoTime());
        assertEquals(201, refused.status(), refused.body());
        assertEquals("REFUSED", refused.json().getString("status"), refused.body());
        assertEquals("YEAR_CLOSING", refused.json().getString("reasonCode"));
        assertTrue(refused.json().getString("reasonText").contains("закрытие года"), refused.body());

        String e = "api/v1/enrolments/" + enrolment.getJsonNumber("id");
        JsonObject seen = api.get(e, x.login(), RegistryFixtures.PASSWORD).json();
        Api.Reply confirm = api.send("POST", e + "/confirm", "{\"version\":" + seen.getJsonNumber("version") + "}", x.login(), RegistryFixtures.PASSWORD);
        assertEquals(409, confirm.status(), confirm.body());
        assertEquals("YEAR_CLOSING", confirm.json().getString("code"), confirm.body());
        assertEquals(1, EnrolmentFixtures.taken(api, group), "nothing half-written: the refused child took no place");

        JsonObject old = asClerk(s, "GET", "api/v1/contracts/" + contract, null).json();
        Api.Reply change = asClerk(s, "POST", "api/v1/contracts/" + contract + "/change-executor", "{\"version\":" + old.getJsonNumber("version")
                + ",\"groupId\":" + otherGroup.id() + ",\"comment\":\"Заявление родителя\"}");
        assertEquals(409, change.status(), "a change of executor is a new contract of the year: " + change.body());
        assertEquals("YEAR_CLOSING", change.json().getString("code"), change.body());
        assertEquals("CONCLUDED", asClerk(s, "GET", "api/v1/contracts/" + contract, null).json().getString("status"),
                "the old contract stays in force");
        assertEquals(0, EnrolmentFixtures.taken(api, otherGroup));
    }

    @Test
    void theYearEndReleasesExpiresAndContinuesMultiYearContractsOnce() throws InterruptedException {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "закрытие года: переход", 3);
        terms(s, YEAR + 1);
        RegistryFixtures.ExecutorUser x = EnrolmentFixtures.executor(api, s, "Дом творчества");
        EnrolmentFixtures.Group shortOne = EnrolmentFixtures.group(api, s, x, "Лепка", 10);
        EnrolmentFixtures.Group longOne = EnrolmentFixtures.group(api, s, x, "Шахматы", 10, LocalDate.of(YEAR, 9, 1), LocalDate.of(YEAR + 1, 5, 31));
        EnrolmentFixtures.Child a = EnrolmentFixtures.child(api, s, "Годовая");
        EnrolmentFixtures.Child b = EnrolmentFixtures.child(api, s, "Двухлетняя");
        long k1 = confirm(x, EnrolmentFixtures.enrol(api, s, a, shortOne));
        long k2 = confirm(x, EnrolmentFixtures.enrol(api, s, b, longOne));
        EnrolmentFixtures.Child idle = EnrolmentFixtures.child(api, s, "Безучастная"); // a certificate with no contract

        String path = closing(s);
        assertEquals(200, asClerk(s, "PUT", path, calendar(LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE), 0)).status());
        JsonObject closed = runToTheEnd(s, path);
        assertEquals("CLOSED", closed.getString("status"), closed.toString());
        assertEquals(1, closed.getInt("completed"), closed.toString());
        assertEquals(1, closed.getInt("continued"), closed.toString());
        assertEquals(0, closed.getInt("notContinued"), closed.toString());
        assertEquals(s.clerk().login(), closed.getString("runBy"));

        assertEquals("COMPLETED", contract(x, k1).getString("status"));
        assertEquals(List.of("ISSUE", "ALLOCATE", "RELEASE", "EXPIRE"), kinds(s, a));
        for (EnrolmentFixtures.Child c : List.of(a, b, idle)) {
            JsonObject cert = EnrolmentFixtures.certificate(api, s, c);
            assertEquals("EXPIRED", cert.getString("status"), cert.toString());
            JsonObject rub = cert.getJsonObject("balance").getJsonObject("amount");
            assertEquals(0, rub.getJsonNumber("allocated").bigDecimalValue().signum(), "nothing stays allocated: " + rub);
            assertEquals(0, rub.getJsonNumber("available").bigDecimalValue().signum(), "nothing stays available: " + rub);
            assertEquals(0, rub.getJsonNumber("nominal").bigDecimalValue().compareTo(
                    rub.getJsonNumber("consumed").bigDecimalValue().add(rub.getJsonNumber("expired").bigDecimalValue())),
                    "nominal = consumed + expired once allocations are released: " + rub);
        }
        assertEquals(List.of("ISSUE", "EXPIRE"), kinds(s, idle));

        assertEquals("COMPLETED", contract(x, k2).getString("status"));
        assertEquals(List.of("ISSUE", "ALLOCATE", "RELEASE", "EXPIRE"), kinds(s, b));
        JsonObject row = report(s, path).get(0);
        assertEquals("CONTINUED", row.getString("outcome"), row.toString());
        assertEquals((YEAR + 1) + "-П" + k2, row.getString("continuationNumber"));
        String next = row.getString("newCertificateNumber").replace("-", "");
        JsonObject nextCert = api.get("api/v1/certificates/" + next, s.clerk().login(), s.password()).json();
        assertEquals(YEAR + 1, nextCert.getInt("year"), nextCert.toString());
        assertEquals("IN_USE", nextCert.getString("status"));
        assertEquals(0, new BigDecimal(EnrolmentFixtures.PRICE).compareTo(
                nextCert.getJsonObject("balance").getJsonObject("amount").getJsonNumber("allocated").bigDecimalValue()),
                "the continuation holds the 72 hours not consumed: " + nextCert);
        assertEquals(1, EnrolmentFixtures.taken(api, longOne), "the continuation keeps the child's place");
        assertEquals(0, EnrolmentFixtures.taken(api, shortOne), "the completed contract frees its place");

        List<String> ledgerA = kinds(s, a);
        List<String> ledgerB = kinds(s, b);
        JsonObject again = runToTheEnd(s, path);
        assertEquals(ledgerA, kinds(s, a), "a second run changes nothing");
        assertEquals(ledgerB, kinds(s, b));
        assertEquals(1, again.getInt("continued"), again.toString());
        assertEquals(1, again.getInt("completed"));
        assertEquals(1, report(s, path).size());
    }

    @Test
    void aMultiYearContractWithoutRoomInTheNextOrderIsListedWithTheReason() throws Exception {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "закрытие года: нет объёма", 1);
        RegistryFixtures.ExecutorUser x = EnrolmentFixtures.executor(api, s, "Клуб юных шахматистов");
        EnrolmentFixtures.Group longOne = EnrolmentFixtures.group(api, s, x, "Шахматы", 10, LocalDate.of(YEAR, 9, 1), LocalDate.of(YEAR + 1, 5, 31));
        EnrolmentFixtures.Child b = EnrolmentFixtures.child(api, s, "Незавершённая");
        long k = confirm(x, EnrolmentFixtures.enrol(api, s, b, longOne));
        terms(s, YEAR + 1);
        // another child takes the next year's whole volume (one certificate) first
        long other = CertificateFixtures.register(api, s.volume(), "Опередившая", "Ирина", "2016-05-05");
        Api.Reply nextYear = api.sendWithHeaders("POST", "api/v1/certificate-applications", "{\"consumerId\":" + other + ",\"serviceId\":"
                + s.volume().serviceId() + ",\"startsOn\":\"" + (YEAR + 1) + "-02-01\",\"channel\":\"EPGU\"}", s.clerk().login(), s.password(),
                "Idempotency-Key", "next-" + System.nanoTime());
        assertEquals("ISSUED", nextYear.json().getString("status"), nextYear.body());

        String path = closing(s);
        assertEquals(200, asClerk(s, "PUT", path, calendar(LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE), 0)).status());
        JsonObject closed = runToTheEnd(s, path);
        assertEquals(0, closed.getInt("continued"), closed.toString());
        assertEquals(1, closed.getInt("notContinued"), closed.toString());
        JsonObject row = report(s, path).get(0);
        assertEquals("NOT_CONTINUED", row.getString("outcome"), row.toString());
        assertEquals("VOLUME_EXHAUSTED", row.getString("reason"));
        assertTrue(row.getString("reasonText").contains("исчерпан"), row.toString());
        assertEquals(List.of("ISSUE", "ALLOCATE", "RELEASE", "EXPIRE"), kinds(s, b), "the year's allocation is released all the same");
        assertEquals("CONCLUDED", contract(x, k).getString("status"), "the contract waits: a later run may still continue it");

        JsonObject again = runToTheEnd(s, path);
        assertEquals(1, again.getInt("notContinued"), again.toString());
        assertEquals(List.of("ISSUE", "ALLOCATE", "RELEASE", "EXPIRE"), kinds(s, b), "a second run changes nothing");
        Api.Reply xlsx = api.get(path + "/continuations/export?format=xlsx", s.clerk().login(), s.password());
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"), xlsx.headers().toString());
        String pdf = Pdf.text(api.bytes(path + "/continuations.pdf", s.clerk().login(), s.password()));
        assertTrue(pdf.contains("Переход договоров на " + (YEAR + 1) + " год") && pdf.contains("исчерпан"), pdf);
    }

    private String closing(EnrolmentFixtures.Setup s) {
        return "api/v1/year-closing/" + s.volume().territoryId() + "/" + YEAR;
    }

    private static String calendar(LocalDate stop, long version) {
        return "{\"stopDate\":\"" + stop + "\",\"closingDate\":\"" + YEAR + "-12-31\",\"version\":" + version + "}";
    }

    private JsonObject runToTheEnd(EnrolmentFixtures.Setup s, String path) throws InterruptedException {
        Api.Reply started = asClerk(s, "POST", path + "/run", null);
        assertEquals(202, started.status(), started.body());
        for (int i = 0; i < 120; i++) {
            JsonObject v = asClerk(s, "GET", path, null).json();
            if (!v.getBoolean("running") && "CLOSED".equals(v.getString("status"))) {
                assertEquals(v.getInt("total"), v.getInt("processed"), "the progress shows every planned unit handled: " + v);
                return v;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the year end did not finish: " + asClerk(s, "GET", path, null).body());
    }

    private List<JsonObject> report(EnrolmentFixtures.Setup s, String path) {
        Api.Reply r = asClerk(s, "GET", path + "/continuations", null);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private void terms(EnrolmentFixtures.Setup s, int year) {
        Api.Reply t = asClerk(s, "POST", "api/v1/certificate-terms", "{\"territoryId\":" + s.volume().territoryId() + ",\"year\":" + year
                + ",\"validFrom\":\"" + year + "-01-01\",\"validTo\":\"" + year + "-12-31\",\"nominalHours\":72,\"nominalAmount\":15000.00,"
                + "\"ageFrom\":5,\"ageTo\":17,\"onePer\":\"SERVICE\",\"answerDays\":5}");
        assertEquals(201, t.status(), t.body());
    }

    private long confirm(RegistryFixtures.ExecutorUser x, JsonObject enrolment) {
        String e = "api/v1/enrolments/" + enrolment.getJsonNumber("id");
        JsonObject seen = api.get(e, x.login(), RegistryFixtures.PASSWORD).json();
        Api.Reply r = api.send("POST", e + "/confirm", "{\"version\":" + seen.getJsonNumber("version") + "}", x.login(), RegistryFixtures.PASSWORD);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonNumber("contractId").longValue();
    }

    private JsonObject contract(RegistryFixtures.ExecutorUser x, long id) {
        Api.Reply r = api.get("api/v1/contracts/" + id, x.login(), RegistryFixtures.PASSWORD);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private List<String> kinds(EnrolmentFixtures.Setup s, EnrolmentFixtures.Child c) {
        Api.Reply r = api.get("api/v1/certificates/" + c.number() + "/ledger", s.clerk().login(), s.password());
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(m -> m.getString("kind")).toList();
    }

    private Api.Reply asClerk(EnrolmentFixtures.Setup s, String method, String path, String json) {
        return api.send(method, path, json, s.clerk().login(), s.password());
    }
}
