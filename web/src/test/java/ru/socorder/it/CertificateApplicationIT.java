package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Applications for a certificate through the API as the ЕПГУ and Navigator adapters send them: idempotent by
 * Idempotency-Key (twice in a row, twice at once, a reused key), the order's certificate volume under 20 requests
 * racing for its last units (never more issued than allowed, the rest queued in order), the queue served when a
 * certificate is revoked — an application whose child is no longer eligible refused then, automatically, with its
 * reason —, refusals with their reason, duplicates held, and who sees a child's personal data. Each test
 * makes its own territory, authority, clerk, service, approved order and terms ({@link CertificateFixtures}).
 */
class CertificateApplicationIT extends IntegrationTest {
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(base());
    }

    @Test
    void theSameKeyTwiceMakesOneApplicationWithTheSameAnswerAndAReusedKeyIsRefused() throws Exception {
        CertificateFixtures.Volume v = CertificateFixtures.volume(api, "ключ дважды", 10);
        long child = CertificateFixtures.register(api, v, "Ключева", "Анна", "2015-03-08");
        String key = "epgu-" + UUID.randomUUID();

        Api.Reply first = CertificateFixtures.apply(api, v, child, key);
        assertEquals(201, first.status(), first.body());
        assertEquals("ISSUED", first.json().getString("status"), first.body());
        String number = first.json().getString("certificateNumber");
        assertEquals(12, number.length());
        assertNull(first.header("Idempotent-Replayed"));

        Api.Reply again = CertificateFixtures.apply(api, v, child, key);
        assertEquals(201, again.status(), again.body());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.json().getJsonNumber("id"), again.json().getJsonNumber("id"));
        assertEquals(number, again.json().getString("certificateNumber"));
        assertEquals(first.body(), again.body(), "the same answer");

        Api.Reply otherBody = api.sendWithHeaders("POST", "api/v1/certificate-applications", "{\"consumerId\":" + child + ",\"serviceId\":"
                + v.serviceId() + ",\"startsOn\":\"2027-10-01\",\"channel\":\"EPGU\"}", v.clerk(), v.password(), "Idempotency-Key", key);
        assertEquals(409, otherBody.status(), otherBody.body());
        assertEquals("IDEMPOTENCY_KEY_REUSED", otherBody.json().getString("code"));
        assertTrue(otherBody.json().getString("detail").contains("уже использован"), otherBody.body());

        Api.Reply secondKey = CertificateFixtures.apply(api, v, child, "epgu-" + UUID.randomUUID());
        assertEquals(201, secondKey.status(), secondKey.body());
        assertEquals("REFUSED", secondKey.json().getString("status"));
        assertEquals("ALREADY_HOLDS", secondKey.json().getString("reasonCode"));
        assertTrue(secondKey.json().getString("reasonText").startsWith("У ребёнка уже есть действующий сертификат"), secondKey.body());

        Api.Reply noKey = api.send("POST", "api/v1/certificate-applications", "{\"consumerId\":" + child + "}", v.clerk(), v.password());
        assertEquals(400, noKey.status(), noKey.body());
        assertTrue(noKey.body().contains("Idempotency-Key"), noKey.body());

        JsonObject certificate = api.get("api/v1/certificates/" + number, v.clerk(), v.password()).json();
        assertEquals("ISSUED", certificate.getString("status"));
        assertEquals(0, certificate.getJsonObject("balance").getJsonObject("hours").getJsonNumber("available").bigDecimalValue()
                .compareTo(java.math.BigDecimal.valueOf(72)));
        assertEquals(0, certificate.getJsonObject("balance").getJsonObject("amount").getJsonNumber("nominal").bigDecimalValue()
                .compareTo(new java.math.BigDecimal("15000.00")));
        assertEquals(403, api.get("api/v1/certificates/" + number, "executor", "demo").status(), "an executor reads no certificate");
        assertEquals(403, api.get("api/v1/certificates/" + number, "clerk", "demo").status(), "nor another authority's clerk");
        assertEquals(0, api.get("api/v1/certificates?q=" + number, "clerk", "demo").json().getInt("total"));
        assertEquals(403, api.get("api/v1/certificate-applications/" + first.json().getJsonNumber("id"), "clerk", "demo").status());
        assertEquals(1, api.get("api/v1/certificates?q=" + number.substring(4, 11), v.clerk(), v.password()).json().getInt("total"),
                "found by a part of its number");
                List<JsonObject> ledger = api.get("api/v1/certificates/" + number + "/ledger", v.clerk(), v.password()).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("ISSUE"), ledger.stream().map(m -> m.getString("kind")).toList());

        String pdf = Pdf.text(api.bytes("api/v1/certificates/" + number + "/certificate.pdf", v.clerk(), v.password())).replaceAll("\\s+", " ");
        for (String expected : List.of("Раздел I. Общие сведения о социальном сертификате", "Ключева Анна Сергеевна",
                "Раздел II. Сведения о муниципальных услугах", "72 чел.-ч", "15 000,00 руб.", "Раздел III.", "Договоры не заключены")) {
            assertTrue(pdf.contains(expected), expected + " in: " + pdf);
        }
        assertTrue(pdf.contains(number.substring(0, 2) + "-" + number.substring(2, 4) + "-"), "the number as printed: " + pdf);
    }

    @Test
    void twoConcurrentRequestsWithTheSameKeyMakeOneApplication() throws Exception {
        CertificateFixtures.Volume v = CertificateFixtures.volume(api, "ключ одновременно", 10);
        long child = CertificateFixtures.register(api, v, "Одновременная", "Вера", "2014-05-01");
        String key = "nav-" + UUID.randomUUID();
        List<Api.Reply> replies = race(2, i -> CertificateFixtures.apply(api, v, child, key));
        for (Api.Reply r : replies) {
            assertEquals(201, r.status(), r.body());
        }
        assertEquals(replies.get(0).json().getJsonNumber("id"), replies.get(1).json().getJsonNumber("id"));
        assertEquals(replies.get(0).json().getString("certificateNumber"), replies.get(1).json().getString("certificateNumber"));
        JsonObject list = api.get("api/v1/certificate-applications?consumerId=" + child, v.clerk(), v.password()).json();
        assertEquals(1, list.getInt("total"), list.toString());
    }

    @Test
    void twentyRequestsRacingForTheLastUnitsNeverExceedTheOrderAndTheQueueIsServedInOrder() throws Exception {
        CertificateFixtures.Volume v = CertificateFixtures.volume(api, "гонка за объём", 5);
        List<String> issuedBefore = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long child = CertificateFixtures.register(api, v, "Ранняя", "Дочь" + "абв".charAt(i), "2016-01-0" + (i + 1));
            Api.Reply r = CertificateFixtures.apply(api, v, child, "early-" + UUID.randomUUID());
            assertEquals("ISSUED", r.json().getString("status"), r.body());
            issuedBefore.add(r.json().getString("certificateNumber"));
        }
        List<Long> children = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            children.add(CertificateFixtures.register(api, v, "Гонкина", "Мария", LocalDate.of(2013, 1, 1).plusDays(i).toString()));
        }

        List<Api.Reply> replies = race(20, i -> CertificateFixtures.apply(api, v, children.get(i), "race-" + UUID.randomUUID()));
        Map<String, Long> outcome = replies.stream().peek(r -> assertEquals(201, r.status(), r.body()))
                .collect(Collectors.groupingBy(r -> r.json().getString("status"), TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("ISSUED", 2L, "QUEUED", 18L), outcome, "5 allowed, 3 issued before: 2 more, the rest wait");
        JsonObject active = api.get("api/v1/certificates?size=100&serviceId=" + v.serviceId(), v.clerk(), v.password()).json();
        assertEquals(5, active.getInt("total"), "never more issued than the order allows");
        List<Long> positions = replies.stream().filter(r -> r.json().getString("status").equals("QUEUED"))
                .map(r -> r.json().getJsonNumber("queuePosition").longValue()).sorted().toList();
        List<Long> expected = new ArrayList<>();
        for (long p = 1; p <= 18; p++) {
            expected.add(p);
        }
        assertEquals(expected, positions, "each queued application has its own place: " + replies.stream().map(Api.Reply::body).toList());

        JsonObject queue = api.get("api/v1/certificate-applications?status=queued&size=100&sort=enqueuedAt", v.clerk(), v.password()).json();
        List<JsonObject> queued = queue.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .sorted(java.util.Comparator.comparingLong(a -> a.getJsonNumber("queuePosition").longValue())).toList();
        JsonObject head = queued.get(0);
        JsonObject second = queued.get(1);

        String revoked = issuedBefore.get(0);
        JsonObject c = api.get("api/v1/certificates/" + revoked, v.clerk(), v.password()).json();
        Api.Reply withoutReason = api.send("POST", "api/v1/certificates/" + revoked + "/transitions", "{\"action\":\"revoke\",\"version\":"
                + c.getInt("version") + "}", v.clerk(), v.password());
        assertEquals(400, withoutReason.status(), withoutReason.body());
        Api.Reply revoke = api.send("POST", "api/v1/certificates/" + revoked + "/transitions", "{\"action\":\"revoke\",\"version\":"
                + c.getInt("version") + ",\"comment\":\"заявитель переехал\"}", v.clerk(), v.password());
        assertEquals(200, revoke.status(), revoke.body());
        assertEquals("REVOKED", revoke.json().getString("status"));

        JsonObject served = api.get("api/v1/certificate-applications/" + head.getJsonNumber("id"), v.clerk(), v.password()).json();
        assertEquals("ISSUED", served.getString("status"), "the first in the queue is served when volume is freed");
        assertNotNull(served.getString("certificateNumber"));
        JsonObject next = api.get("api/v1/certificate-applications/" + second.getJsonNumber("id"), v.clerk(), v.password()).json();
        assertEquals("QUEUED", next.getString("status"));
        assertEquals(1, next.getInt("queuePosition"), "the second moved up");
        assertEquals(5, api.get("api/v1/certificates?size=100&status=issued&serviceId=" + v.serviceId(), v.clerk(), v.password()).json()
                .getInt("total"));
        List<String> steps = api.get("api/v1/certificates/" + revoked + "/history", v.clerk(), v.password()).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(h -> h.getString("action")).toList();
        assertTrue(steps.contains("REVOKE") || steps.contains("revoke"), steps.toString());
    }

    @Test
    void aQueuedApplicationWhoseChildIsNoLongerEligibleIsRefusedWhenTheQueueIsServedAndTheNextGetsItsCertificate() {
        CertificateFixtures.Volume v = CertificateFixtures.volume(api, "очередь: отказ выбывшему", 1);
        long holder = CertificateFixtures.register(api, v, "Держателева", "Анна", "2016-01-01");
        Api.Reply issued = CertificateFixtures.apply(api, v, holder, "holder-" + UUID.randomUUID());
        assertEquals("ISSUED", issued.json().getString("status"), issued.body());
        String snils = CertificateFixtures.snils();
        Api.Reply registered = api.send("POST", "api/v1/consumers", CertificateFixtures.child(v, "Очереднова", "Вера", "2015-05-05", snils),
                v.clerk(), v.password());
        assertEquals(201, registered.status(), registered.body());
        long first = registered.json().getJsonNumber("id").longValue();
        Api.Reply firstQueued = CertificateFixtures.apply(api, v, first, "first-" + UUID.randomUUID());
        Api.Reply secondQueued = CertificateFixtures.apply(api, v, CertificateFixtures.register(api, v, "Следующева", "Ольга", "2015-06-06"),
                "second-" + UUID.randomUUID());
        Api.Reply thirdQueued = CertificateFixtures.apply(api, v, CertificateFixtures.register(api, v, "Третьева", "Ирина", "2015-07-07"),
                "third-" + UUID.randomUUID());
        assertEquals(1, firstQueued.json().getInt("queuePosition"), firstQueued.body());
        assertEquals(2, secondQueued.json().getInt("queuePosition"), secondQueued.body());
        assertEquals(3, thirdQueued.json().getInt("queuePosition"), thirdQueued.body());
        String firstPath = "api/v1/certificate-applications/" + firstQueued.json().getJsonNumber("id");
        String secondPath = "api/v1/certificate-applications/" + secondQueued.json().getJsonNumber("id");

        Api.Reply corrected = api.send("PUT", "api/v1/consumers/" + first, "{\"version\":" + registered.json().getInt("version") + ","
                + CertificateFixtures.child(v, "Очереднова", "Вера", "2024-01-01", snils).substring(1), v.clerk(), v.password());
        assertEquals(200, corrected.status(), "the birth date corrected: three on the start date: " + corrected.body());
        assertEquals("QUEUED", api.get(firstPath, v.clerk(), v.password()).json().getString("status"), "nothing happens until the queue is served");

        JsonObject c = api.get("api/v1/certificates/" + issued.json().getString("certificateNumber"), v.clerk(), v.password()).json();
        Api.Reply revoke = api.send("POST", "api/v1/certificates/" + issued.json().getString("certificateNumber") + "/transitions",
                "{\"action\":\"revoke\",\"version\":" + c.getInt("version") + ",\"comment\":\"семья отказалась\"}", v.clerk(), v.password());
        assertEquals(200, revoke.status(), revoke.body());

        JsonObject refused = api.get(firstPath, v.clerk(), v.password()).json();
        assertEquals("REFUSED", refused.getString("status"), "a final answer for the adapter polling it: " + refused);
        assertEquals("AGE", refused.getString("reasonCode"));
        assertEquals("Возраст ребёнка на дату начала обучения вне установленного диапазона", refused.getString("reasonText"));
        assertTrue(refused.isNull("queuePosition") || !refused.containsKey("queuePosition"), refused.toString());
        JsonObject served = api.get(secondPath, v.clerk(), v.password()).json();
        assertEquals("ISSUED", served.getString("status"), "the next in the queue gets the freed volume: " + served);
        assertNotNull(served.getString("certificateNumber"));
        JsonObject waiting = api.get("api/v1/certificate-applications/" + thirdQueued.json().getJsonNumber("id"), v.clerk(), v.password()).json();
        assertEquals("QUEUED", waiting.getString("status"), "no room left for the third: " + waiting);
        assertEquals(1, waiting.getInt("queuePosition"), "its place counted again: " + waiting);
        List<JsonObject> history = api.get(firstPath + "/history", v.clerk(), v.password()).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        JsonObject step = history.stream().filter(h -> h.getString("action").equals("refuse_queued")).findFirst()
                .orElseThrow(() -> new AssertionError("no automatic refusal in " + history));
        assertEquals("system", step.getString("actor"), step.toString());
    }

    @Test
    void refusalsCarryTheirReasonAndDuplicatesAreHeldWithTheirCandidate() {
        CertificateFixtures.Volume v = CertificateFixtures.volume(api, "отказы и дубликаты", 10);
        long tooYoung = CertificateFixtures.register(api, v, "Малышева", "Ева", "2024-01-01");
        Api.Reply refused = CertificateFixtures.apply(api, v, tooYoung, "young-" + UUID.randomUUID());
        assertEquals("REFUSED", refused.json().getString("status"), refused.body());
        assertEquals("AGE", refused.json().getString("reasonCode"));

        String snils = CertificateFixtures.snils();
        Api.Reply first = api.send("POST", "api/v1/consumers", CertificateFixtures.child(v, "Двойнова", "Алёна", "2015-02-02", snils),
                v.clerk(), v.password());
        assertEquals(201, first.status(), first.body());
        Api.Reply sameSnils = api.send("POST", "api/v1/consumers", CertificateFixtures.child(v, "Иная", "Ирина", "2015-02-03", snils),
                v.clerk(), v.password());
        assertEquals(409, sameSnils.status(), sameSnils.body());
        assertTrue(sameSnils.json().getString("detail").contains("СНИЛС уже зарегистрирован"), sameSnils.body());
        Api.Reply badSnils = api.send("POST", "api/v1/consumers", CertificateFixtures.child(v, "Иная", "Ирина", "2015-02-03", "12345678900"),
                v.clerk(), v.password());
        assertEquals(400, badSnils.status(), badSnils.body());
        assertTrue(badSnils.body().contains("\"field\":\"snils\""), badSnils.body());

        Api.Reply lookalike = api.send("POST", "api/v1/consumers", CertificateFixtures.child(v, "ДВОЙНОВА ", "Алена", "2015-02-02",
                CertificateFixtures.snils()), v.clerk(), v.password());
        assertEquals(201, lookalike.status(), lookalike.body());
        assertEquals("HELD", lookalike.json().getString("status"));
        assertEquals(first.json().getJsonNumber("id"), lookalike.json().getJsonObject("candidate").getJsonNumber("id"));
        long held = lookalike.json().getJsonNumber("id").longValue();
        Api.Reply heldApplication = CertificateFixtures.apply(api, v, held, "held-" + UUID.randomUUID());
        assertEquals("HELD", heldApplication.json().getString("status"), heldApplication.body());
        Api.Reply released = api.send("POST", "api/v1/consumers/" + held + "/resolution", "{\"resolution\":\"release\",\"version\":"
                + lookalike.json().getInt("version") + "}", v.clerk(), v.password());
        assertEquals(200, released.status(), released.body());
        assertEquals("REGISTERED", released.json().getString("status"));
        JsonObject decided = api.get("api/v1/certificate-applications/" + heldApplication.json().getJsonNumber("id"), v.clerk(), v.password())
                .json();
        assertEquals("ISSUED", decided.getString("status"), "a released child's held application is decided");
    }

    @Test
    void personalDataIsMaskedInListsAndShownInFullOnlyToTheTerritorysClerksWithEveryViewAudited() {
        CertificateFixtures.Volume v = CertificateFixtures.volume(api, "персональные данные", 10);
        String snils = CertificateFixtures.snils();
        Api.Reply created = api.send("POST", "api/v1/consumers", CertificateFixtures.child(v, "Скрытова", "Полина", "2016-06-06", snils),
                v.clerk(), v.password());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        String masked = "***-***-" + snils.substring(6, 9) + " " + snils.substring(9);
        assertEquals(masked, created.json().getString("snils"));

        JsonObject list = api.get("api/v1/consumers?q=" + java.net.URLEncoder.encode("Скрытова", java.nio.charset.StandardCharsets.UTF_8),
                v.clerk(), v.password()).json();
        assertEquals(1, list.getInt("total"), list.toString());
        assertEquals(masked, list.getJsonArray("items").getJsonObject(0).getString("snils"));
        assertFalse(list.toString().contains(snils.substring(0, 3) + "-"), "no full СНИЛС in a list");

        assertEquals(403, api.get("api/v1/consumers/" + id, "executor", "demo").status(), "an executor sees no personal data");
        assertEquals(403, api.get("api/v1/consumers/" + id, "clerk", "demo").status(), "nor a clerk of another territory");
        assertEquals(0, api.get("api/v1/consumers?q=" + java.net.URLEncoder.encode("Скрытова", java.nio.charset.StandardCharsets.UTF_8),
                "clerk", "demo").json().getInt("total"));

        Api.Reply full = api.get("api/v1/consumers/" + id, v.clerk(), v.password());
        assertEquals(200, full.status(), full.body());
        assertEquals(snils.substring(0, 3) + "-" + snils.substring(3, 6) + "-" + snils.substring(6, 9) + " " + snils.substring(9),
                full.json().getString("snils"));
        assertEquals("паспорт 4012 123456", full.json().getJsonObject("representative").getString("document"));
        String today = LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).toString();
        List<JsonObject> journal = api.get("api/v1/audit?kind=consumer&size=200&from=" + today + "&to=" + today, "admin", "demo").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(journal.stream().anyMatch(a -> !a.isNull("recordId") && a.getJsonNumber("recordId").longValue() == id
                && a.getString("actionLabel").equals("просмотр персональных данных") && a.getString("actor").equals(v.clerk())),
                journal.toString());
    }

    /** Runs the calls at once (released together) and returns their replies in call order. */
    private static List<Api.Reply> race(int n, java.util.function.IntFunction<Api.Reply> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Api.Reply> task = () -> {
                    start.await();
                    return call.apply(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> f : futures) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
