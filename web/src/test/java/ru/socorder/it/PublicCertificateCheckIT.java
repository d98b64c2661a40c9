package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import ru.socorder.model.identifier.CertificateNumber;
import ru.socorder.model.identifier.Oktmo;

/**
 * The parents' public check of a certificate, without a login: the number and the last four digits of the child's
 * СНИЛС show the contracts (executor, programme, dates) and nothing else; a wrong pair reads exactly like a missing
 * number; an address that asks too often gets 429 with Retry-After. Each test asks from a loopback address of its own
 * (127.0.1.x), so the limit never reaches the rest of the suite.
 */
class PublicCertificateCheckIT extends IntegrationTest {
    private static final AtomicInteger ADDRESS = new AtomicInteger(10);
    private final Api api = new Api(base());

    private static LoopbackClient anonymous() {
        return new LoopbackClient(base(), "127.0.1." + ADDRESS.incrementAndGet());
    }

    private static String check(String number, String snils4) {
        return "api/v1/public/certificate-check?number=" + number + "&snils4=" + snils4;
    }

    @Test
    void theRightPairShowsTheContractsAndNothingElse() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "проверка сертификата родителем", 1);
        RegistryFixtures.ExecutorUser x = EnrolmentFixtures.executor(api, s, "Проверяемый");
        EnrolmentFixtures.Group group = EnrolmentFixtures.group(api, s, x, "Юный химик", 5);
        EnrolmentFixtures.Child child = EnrolmentFixtures.child(api, s, "Проверкина");
        LoopbackClient parent = anonymous();
        Api.Reply before = parent.get(check(child.number(), child.snils().substring(7)), null, null);
        assertEquals(200, before.status(), before.body());
        assertEquals(0, before.json().getJsonArray("items").size(), "no contract yet");

        JsonObject e = EnrolmentFixtures.enrol(api, s, child, group);
        Api.Reply confirmed = api.send("POST", "api/v1/enrolments/" + e.getJsonNumber("id") + "/confirm", "{\"version\":"
                + e.getJsonNumber("version") + "}", x.login(), RegistryFixtures.PASSWORD);
        assertEquals(200, confirmed.status(), confirmed.body());

        Api.Reply r = parent.get(check(child.number(), child.snils().substring(7)), null, null);
        assertEquals(200, r.status(), r.body());
        JsonObject contract = r.json().getJsonArray("items").getJsonObject(0);
        assertTrue(contract.getString("executor").contains("Проверяемый"), r.body());
        assertEquals("Юный химик", contract.getString("programme"));
        assertEquals(EnrolmentFixtures.GROUP_START.toString(), contract.getString("startsOn"));
        assertEquals("заключён", contract.getString("status"));
        assertFalse(r.body().contains(child.lastName()), "no name: " + r.body());
        assertFalse(r.body().contains("12207") || r.body().contains("15000") || r.body().contains("price"), "no money: " + r.body());
        assertEquals(200, parent.get(check(child.number().substring(0, 2) + "-" + child.number().substring(2), child.snils().substring(7)),
                null, null).status(), "the number as printed, with a dash");
    }

    @Test
    void aWrongPairReadsLikeAMissingNumber() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "неверная пара", 1);
        EnrolmentFixtures.Child child = EnrolmentFixtures.child(api, s, "Неверная");
        LoopbackClient stranger = anonymous();
        String last4 = child.snils().substring(7);
        String wrong4 = String.format("%04d", (Integer.parseInt(last4) + 1) % 10_000);
        Api.Reply wrong = stranger.get(check(child.number(), wrong4), null, null);
        assertEquals(404, wrong.status(), wrong.body());
        assertTrue(wrong.contentType().startsWith("application/problem+json"), wrong.contentType());
        String missingNumber = missing(child.number());
        Api.Reply missing = stranger.get(check(missingNumber, last4), null, null);
        assertEquals(404, missing.status(), missing.body());
        assertEquals(wrong.json().getString("detail"), missing.json().getString("detail"), "the same answer");
        assertFalse(wrong.body().contains(child.lastName()));
        Api.Reply malformed = stranger.get(check(child.number(), "12a"), null, null);
        assertEquals(400, malformed.status(), malformed.body());
        assertEquals("snils4", malformed.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void anAddressThatAsksTooOftenIsRefusedForAWhile() {
        LoopbackClient guesser = anonymous();
        String number = CertificateNumber.issue(Oktmo.of("41633000"), 2027, CertificateNumber.MAX_SERIAL - 1).value(); // held by nobody
        int answered = 0;
        Api.Reply last = null;
        for (int i = 0; i < 12; i++) {
            last = guesser.get(check(number, String.format("%04d", i)), null, null);
            if (last.status() == 429) {
                break;
            }
            assertEquals(404, last.status(), last.body());
            answered++;
        }
        assertEquals(10, answered, "ten checks within ten minutes are answered");
        assertEquals(429, last.status(), last.body());
        long retryAfter = Long.parseLong(last.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 600, "Retry-After " + retryAfter);
        assertTrue(last.json().getString("detail").startsWith("Слишком много проверок"), last.body());
        assertEquals(404, anonymous().get(check(number, "0000"), null, null).status(), "another address is still answered");
    }

    @Test
    void onlyTheCheckIsOpenWithoutALogin() {
        LoopbackClient nobody = anonymous();
        assertEquals(401, nobody.get("api/v1/enrolments", null, null).status());
        assertEquals(401, nobody.get("api/v1/contracts", null, null).status());
        assertEquals(401, nobody.get("api/v1/certificates", null, null).status());
        Api.Reply page = api.get("public/certificate-check.xhtml");
        assertEquals(200, page.status(), "the parents' page needs no login");
        assertTrue(page.body().contains("Проверка сертификата"), page.body());
    }

    /** Another well-formed number (valid check digit) than the given one: the last serial of its subject and year. */
    private static String missing(String number) {
        String other = CertificateNumber.issue(Oktmo.of(number.substring(0, 2) + "633000"), 2000 + Integer.parseInt(number.substring(2, 4)),
                CertificateNumber.MAX_SERIAL).value();
        assertFalse(other.equals(number));
        return other;
    }
}
