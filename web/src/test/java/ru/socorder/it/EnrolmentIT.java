package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Enrolments and consumer contracts through the API, as the authority's clerk and the executors use them: a confirmed
 * enrolment is a contract whose price is allocated on the certificate's ledger and released when it ends early; a
 * refusal names its reason; confirmations racing for the last places of a group or for the same balance never take
 * more than there is; a change of executor is all or nothing; an executor sees only its own enrolments and contracts
 * and no child's personal data.
 */
class EnrolmentIT extends IntegrationTest {
    private final Api api = new Api(base());

    private Api.Reply as(RegistryFixtures.ExecutorUser x, String method, String path, String json) {
        return api.send(method, path, json, x.login(), RegistryFixtures.PASSWORD);
    }

    private Api.Reply asClerk(EnrolmentFixtures.Setup s, String method, String path, String json) {
        return api.send(method, path, json, s.clerk().login(), s.password());
    }

    private static String version(JsonObject o) {
        return "{\"version\":" + o.getJsonNumber("version") + "}";
    }

    private List<JsonObject> ledger(EnrolmentFixtures.Setup s, EnrolmentFixtures.Child c) {
        Api.Reply r = api.get("api/v1/certificates/" + c.number() + "/ledger", s.clerk().login(), s.password());
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static BigDecimal amount(JsonObject certificate, String what) {
        return certificate.getJsonObject("balance").getJsonObject("amount").getJsonNumber(what).bigDecimalValue();
    }

    @Test
    void aConfirmedEnrolmentIsAContractWhosePriceIsAllocatedAndReleasedWhenItEnds() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "подтверждение записи", 2);
        RegistryFixtures.ExecutorUser x = EnrolmentFixtures.executor(api, s, "Кванториум");
        EnrolmentFixtures.Group group = EnrolmentFixtures.group(api, s, x, "Робототехника", 10);
        EnrolmentFixtures.Child child = EnrolmentFixtures.child(api, s, "Подтверждённая");
        JsonObject e = EnrolmentFixtures.enrol(api, s, child, group);
        assertEquals("REQUESTED", e.getString("status"));
        assertEquals(List.of("cancel"), e.getJsonArray("actions").getValuesAs(jakarta.json.JsonString::getString), "the clerk only cancels");
        LocalDate due = LocalDate.parse(e.getString("answerDue"));
        assertTrue(due.isAfter(LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE).plusDays(4)) && !due.isAfter(LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE).plusDays(13)), "five working days: " + due);
        assertEquals(0, new BigDecimal(EnrolmentFixtures.PRICE).compareTo(new BigDecimal(e.getString("price"))));
        assertEquals(409, asClerk(s, "POST", "api/v1/enrolments", "{\"certificateNumber\":\"" + child.number() + "\",\"groupId\":" + group.id() + "}")
                .status(), "no second enrolment on the same programme");

        String path = "api/v1/enrolments/" + e.getJsonNumber("id");
        JsonObject seen = as(x, "GET", path, null).json();
        assertEquals(List.of("confirm", "refuse"), seen.getJsonArray("actions").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(403, asClerk(s, "POST", path + "/confirm", version(seen)).status(), "the executor answers, not the clerk");
        Api.Reply confirmed = as(x, "POST", path + "/confirm", version(seen));
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("CONFIRMED", confirmed.json().getString("status"));
        assertEquals(409, as(x, "POST", path + "/confirm", version(confirmed.json())).status(), "confirmed once");

        long contractId = confirmed.json().getJsonNumber("contractId").longValue();
        JsonObject contract = as(x, "GET", "api/v1/contracts/" + contractId, null).json();
        assertEquals(confirmed.json().getString("contractNumber"), contract.getString("number"));
        assertEquals("CONCLUDED", contract.getString("status"));
        assertEquals(0, new BigDecimal(EnrolmentFixtures.PRICE).compareTo(new BigDecimal(contract.getString("price"))), contract.toString());
        assertEquals(0, new BigDecimal("72").compareTo(new BigDecimal(contract.getString("hours"))));
        assertEquals(EnrolmentFixtures.GROUP_START.toString(), contract.getString("startsOn"));

        List<JsonObject> movements = ledger(s, child);
        assertEquals(List.of("ISSUE", "ALLOCATE"), movements.stream().map(m -> m.getString("kind")).toList());
        assertEquals(0, new BigDecimal(EnrolmentFixtures.PRICE).compareTo(movements.get(1).getJsonNumber("amount").bigDecimalValue()));
        JsonObject certificate = EnrolmentFixtures.certificate(api, s, child);
        assertEquals("IN_USE", certificate.getString("status"));
        assertEquals(0, new BigDecimal("2792.40").compareTo(amount(certificate, "available")), certificate.toString());
        assertEquals(1, EnrolmentFixtures.taken(api, group));

        Api.Reply noBasis = as(x, "POST", "api/v1/contracts/" + contractId + "/terminate", version(contract));
        assertEquals(400, noBasis.status(), noBasis.body());
        assertEquals("comment", noBasis.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply asParent = as(x, "POST", "api/v1/contracts/" + contractId + "/terminate", "{\"version\":" + contract.getJsonNumber("version")
                + ",\"by\":\"PARENT\",\"comment\":\"x\"}");
        assertEquals(400, asParent.status(), "an executor ends a contract on its own initiative: " + asParent.body());
        Api.Reply terminated = as(x, "POST", "api/v1/contracts/" + contractId + "/terminate", "{\"version\":" + contract.getJsonNumber("version")
                + ",\"date\":\"" + LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE) + "\",\"comment\":\"Группа расформирована\"}");
        assertEquals(200, terminated.status(), terminated.body());
        assertEquals("TERMINATED", terminated.json().getString("status"));
        assertEquals("EXECUTOR", terminated.json().getString("terminatedBy"));
        assertEquals(List.of("ISSUE", "ALLOCATE", "RELEASE"), ledger(s, child).stream().map(m -> m.getString("kind")).toList());
        assertEquals(0, new BigDecimal("15000.00").compareTo(amount(EnrolmentFixtures.certificate(api, s, child), "available")));
        assertEquals(0, EnrolmentFixtures.taken(api, group), "the place is free again");
        String history = as(x, "GET", "api/v1/contracts/" + contractId + "/history", null).body();
        assertTrue(history.contains("Группа расформирована"), history);
    }

    @Test
    void aRefusalNeedsItsReason() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "отказ в зачислении", 1);
        RegistryFixtures.ExecutorUser x = EnrolmentFixtures.executor(api, s, "Шахматы");
        EnrolmentFixtures.Group group = EnrolmentFixtures.group(api, s, x, "Шахматы", 10);
        EnrolmentFixtures.Child child = EnrolmentFixtures.child(api, s, "Отказанная");
        JsonObject e = EnrolmentFixtures.enrol(api, s, child, group);
        String path = "api/v1/enrolments/" + e.getJsonNumber("id");
        Api.Reply noReason = as(x, "POST", path + "/refuse", version(e));
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.contentType().startsWith("application/problem+json"), noReason.contentType());
        assertEquals("comment", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("Укажите причину отказа в зачислении", noReason.json().getString("detail"));
        Api.Reply refused = as(x, "POST", path + "/refuse", "{\"version\":" + e.getJsonNumber("version") + ",\"comment\":\"Нет медицинской справки\"}");
        assertEquals(200, refused.status(), refused.body());
        assertEquals("REFUSED", refused.json().getString("status"));
        assertEquals("Нет медицинской справки", refused.json().getString("refusalReason"));
        assertEquals(409, as(x, "POST", path + "/confirm", version(refused.json())).status(), "a refused enrolment is not confirmed");
        assertEquals(List.of("ISSUE"), ledger(s, child).stream().map(m -> m.getString("kind")).toList(), "nothing allocated");
        String history = asClerk(s, "GET", path + "/history", null).body();
        assertTrue(history.contains("Нет медицинской справки") && history.contains("\"action\":\"refuse\""), history);
    }

    @Test
    void confirmationsRacingForTheLastPlacesTakeExactlyTheCapacity() throws Exception {
        int children = 8;
        int places = 3;
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "гонка за места", children);
        RegistryFixtures.ExecutorUser x = EnrolmentFixtures.executor(api, s, "Гонка");
        EnrolmentFixtures.Group group = EnrolmentFixtures.group(api, s, x, "Мест мало", places);
        List<JsonObject> enrolments = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            enrolments.add(EnrolmentFixtures.enrol(api, s, EnrolmentFixtures.child(api, s, "Гонщица" + i), group));
        }
        List<Integer> statuses = race(enrolments.stream().map(e -> (java.util.concurrent.Callable<Api.Reply>) () ->
                as(x, "POST", "api/v1/enrolments/" + e.getJsonNumber("id") + "/confirm", version(e))).toList());
        assertEquals(places, statuses.stream().filter(c -> c == 200).count(), statuses.toString());
        assertEquals(children - places, statuses.stream().filter(c -> c == 409).count(), statuses.toString());
        assertEquals(places, EnrolmentFixtures.taken(api, group));
        assertEquals(places, as(x, "GET", "api/v1/contracts", null).json().getInt("total"));
    }

    @Test
    void twoConfirmationsOnOneCertificateNeverAllocateMoreThanItsBalance() throws Exception {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "гонка за остаток", 1);
        RegistryFixtures.ExecutorUser x = EnrolmentFixtures.executor(api, s, "Остаток");
        EnrolmentFixtures.Group robots = EnrolmentFixtures.group(api, s, x, "Роботы", 5);
        EnrolmentFixtures.Group chess = EnrolmentFixtures.group(api, s, x, "Шахматы", 5);
        EnrolmentFixtures.Child child = EnrolmentFixtures.child(api, s, "Двойная");
        JsonObject a = EnrolmentFixtures.enrol(api, s, child, robots);
        JsonObject b = EnrolmentFixtures.enrol(api, s, child, chess);
        List<Integer> statuses = race(List.of(
                () -> as(x, "POST", "api/v1/enrolments/" + a.getJsonNumber("id") + "/confirm", version(a)),
                () -> as(x, "POST", "api/v1/enrolments/" + b.getJsonNumber("id") + "/confirm", version(b))));
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), "15 000 руб. pay for one programme of 12 207,60");
        JsonObject certificate = EnrolmentFixtures.certificate(api, s, child);
        assertEquals(0, new BigDecimal(EnrolmentFixtures.PRICE).compareTo(amount(certificate, "allocated")), certificate.toString());
        assertTrue(amount(certificate, "available").signum() >= 0);
        assertEquals(1, ledger(s, child).stream().filter(m -> m.getString("kind").equals("ALLOCATE")).count());
    }

    @Test
    void aChangeOfExecutorIsAllOrNothing() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "смена исполнителя", 2);
        RegistryFixtures.ExecutorUser first = EnrolmentFixtures.executor(api, s, "Первый");
        RegistryFixtures.ExecutorUser second = EnrolmentFixtures.executor(api, s, "Второй");
        EnrolmentFixtures.Group oldGroup = EnrolmentFixtures.group(api, s, first, "Лего", 5);
        EnrolmentFixtures.Group fullGroup = EnrolmentFixtures.group(api, s, second, "Полная", 1);
        EnrolmentFixtures.Group freeGroup = EnrolmentFixtures.group(api, s, second, "Свободная", 5);
        EnrolmentFixtures.Child child = EnrolmentFixtures.child(api, s, "Переходящая");
        JsonObject e = EnrolmentFixtures.enrol(api, s, child, oldGroup);
        long contractId = as(first, "POST", "api/v1/enrolments/" + e.getJsonNumber("id") + "/confirm", version(e)).json()
                .getJsonNumber("contractId").longValue();
        // the one place of the full group goes to another child, after the change was offered
        JsonObject other = EnrolmentFixtures.enrol(api, s, EnrolmentFixtures.child(api, s, "Занявшая"), fullGroup);
        assertEquals(200, as(second, "POST", "api/v1/enrolments/" + other.getJsonNumber("id") + "/confirm", version(other)).status());

        JsonObject old = asClerk(s, "GET", "api/v1/contracts/" + contractId, null).json();
        assertTrue(old.getBoolean("canChangeExecutor"), old.toString());
        String path = "api/v1/contracts/" + contractId + "/change-executor";
        Api.Reply full = asClerk(s, "POST", path, "{\"version\":" + old.getJsonNumber("version") + ",\"groupId\":" + fullGroup.id()
                + ",\"comment\":\"Заявление родителя от 01.12\"}");
        assertEquals(409, full.status(), full.body());
        assertTrue(full.json().getString("detail").contains("нет свободных мест"), full.body());
        JsonObject still = asClerk(s, "GET", "api/v1/contracts/" + contractId, null).json();
        assertEquals("CONCLUDED", still.getString("status"), "the refusal in the second half left the old contract in force");
        assertEquals(old.getJsonNumber("version"), still.getJsonNumber("version"));
        assertEquals(List.of("ISSUE", "ALLOCATE"), ledger(s, child).stream().map(m -> m.getString("kind")).toList(), "nothing released");
        assertEquals(1, EnrolmentFixtures.taken(api, oldGroup), "the old place is still taken");
        assertEquals(403, as(first, "POST", path, "{\"version\":" + old.getJsonNumber("version") + ",\"groupId\":" + freeGroup.id()
                + ",\"comment\":\"x\"}").status(), "the clerk changes the executor");

        Api.Reply changed = asClerk(s, "POST", path, "{\"version\":" + old.getJsonNumber("version") + ",\"groupId\":" + freeGroup.id()
                + ",\"comment\":\"Заявление родителя от 01.12\"}");
        assertEquals(201, changed.status(), changed.body());
        JsonObject next = changed.json();
        assertEquals(contractId, next.getJsonNumber("replacesId").longValue());
        assertEquals(second.executorId(), next.getJsonNumber("executorId").longValue());
        JsonObject ended = asClerk(s, "GET", "api/v1/contracts/" + contractId, null).json();
        assertEquals("TERMINATED", ended.getString("status"));
        assertEquals("PARENT", ended.getString("terminatedBy"));
        assertEquals(next.getJsonNumber("id"), ended.getJsonNumber("replacedById"));
        assertEquals(List.of("ISSUE", "ALLOCATE", "RELEASE", "ALLOCATE"), ledger(s, child).stream().map(m -> m.getString("kind")).toList());
        assertEquals(0, EnrolmentFixtures.taken(api, oldGroup), "the old place is free");
        assertEquals(1, EnrolmentFixtures.taken(api, freeGroup));
        assertEquals(200, as(second, "GET", "api/v1/contracts/" + next.getJsonNumber("id"), null).status());
    }

    @Test
    void anExecutorSeesOnlyItsOwnEnrolmentsAndContractsAndNoPersonalData() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "область видимости записей", 1);
        RegistryFixtures.ExecutorUser a = EnrolmentFixtures.executor(api, s, "Исполнитель А");
        RegistryFixtures.ExecutorUser b = EnrolmentFixtures.executor(api, s, "Исполнитель Б");
        EnrolmentFixtures.Group group = EnrolmentFixtures.group(api, s, a, "Программа А", 5);
        EnrolmentFixtures.Child child = EnrolmentFixtures.child(api, s, "Скрытная");
        JsonObject e = EnrolmentFixtures.enrol(api, s, child, group);
        String path = "api/v1/enrolments/" + e.getJsonNumber("id");
        Api.Reply seenByA = as(a, "GET", path, null);
        assertEquals(200, seenByA.status());
        assertFalse(seenByA.body().contains(child.lastName()), "no child's name for the executor: " + seenByA.body());
        assertFalse(seenByA.body().contains(child.snils().substring(0, 6)), "no СНИЛС for the executor");
        Api.Reply byB = as(b, "GET", path, null);
        assertEquals(403, byB.status(), byB.body());
        assertTrue(byB.body().contains("Данные другого исполнителя недоступны"), byB.body());
        assertEquals(0, as(b, "GET", "api/v1/enrolments", null).json().getInt("total"));
        assertEquals(403, as(b, "POST", path + "/confirm", version(e)).status());
        Api.Reply confirmed = as(a, "POST", path + "/confirm", version(e));
        long contract = confirmed.json().getJsonNumber("contractId").longValue();
        assertEquals(403, as(b, "GET", "api/v1/contracts/" + contract, null).status());
        assertEquals(0, as(b, "GET", "api/v1/contracts", null).json().getInt("total"));
        assertEquals(1, as(a, "GET", "api/v1/contracts", null).json().getInt("total"));
        assertEquals(403, as(a, "GET", "api/v1/certificates/" + child.number(), null).status(), "the certificate is the authority's");
        Api.Reply consumers = as(a, "GET", "api/v1/consumers?q=" + java.net.URLEncoder.encode(child.lastName(), java.nio.charset.StandardCharsets.UTF_8), null);
        assertFalse(consumers.status() == 200 && consumers.body().contains(child.snils()), "no full СНИЛС for an executor: " + consumers.body());
        assertEquals(403, api.clerkGet(path).status(), "the demo clerk works for another authority");
    }

    /** Runs the calls at once (released together) and returns their statuses. */
    private static List<Integer> race(List<java.util.concurrent.Callable<Api.Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> f : futures) {
                Api.Reply r = f.get();
                assertTrue(r.status() == 200 || r.status() == 409, r.status() + " " + r.body());
                statuses.add(r.status());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
