package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A full Luga year through the API, as the authority's clerk checks it at the end: two executors with agreements
 * signed by both sides — one financed in advance (80 %), one reimbursed after delivery — and contracts running
 * 01.01–31.12.{@value CertificateFixtures#YEAR} (72 h at 169,55 руб. = 12 207,60 руб., planned by days of 365);
 * every month the executors submit their hours, the clerk runs the month and the approver approves it. The advance
 * executor delivers unevenly (8, 4, 6, 6, 6, 6, 2, 6, 8, 8, 6, 6 h), so July's 2 h leave an overpayment that August
 * and September absorb; the other delivers 6 h a month. At the end: every month approved with no difference in the
 * reconciliation, every contract's usage and certificate consumption at its price, every rouble paid equal to what
 * was delivered with nothing carried forward and no advance into the next year, and re-running approved months
 * changes nothing.
 */
class LugaYearIT extends IntegrationTest {
    private static final int YEAR = CertificateFixtures.YEAR;
    private static final String[] ADVANCE_HOURS = {"8", "4", "6", "6", "6", "6", "2", "6", "8", "8", "6", "6"};
    private static final String EVEN_HOURS = "6";
    private static final BigDecimal PRICE = new BigDecimal(EnrolmentFixtures.PRICE);
    private final Api api = new Api(base());

    private static BigDecimal number(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    private static void same(BigDecimal expected, BigDecimal actual, String what) {
        assertEquals(0, expected.compareTo(actual), what + ": expected " + expected + ", was " + actual);
    }

    private List<JsonObject> invoices(EnrolmentFixtures.Setup s, long runId) {
        Api.Reply r = api.get("api/v1/payment-runs/" + runId + "/invoices?size=100", s.clerk().login(), s.password());
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> ids(List<JsonObject> invoices) {
        return invoices.stream().map(i -> i.getJsonNumber("id").toString()).toList();
    }

    @Test
    void aFullYearIsPaidAsDeliveredAndReconcilesToZeroEveryMonth() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "год Луги", 5);
        LocalDate jan1 = LocalDate.of(YEAR, 1, 1);
        LocalDate dec31 = LocalDate.of(YEAR, 12, 31);
        PaymentFixtures.Party advance = PaymentFixtures.party(api, s, "Лужский", 3, "80", jan1, dec31);
        PaymentFixtures.Party after = PaymentFixtures.party(api, s, "Оредежский", 2, null, jan1, dec31);
        assertEquals("ADVANCE", advance.agreement().getString("paymentMode"), advance.agreement().toString());
        assertEquals("REIMBURSEMENT", after.agreement().getString("paymentMode"), after.agreement().toString());

        Map<Long, BigDecimal> usageByContract = new HashMap<>();
        Map<Long, String> certificateOf = new HashMap<>();
        Map<String, JsonObject> runs = new HashMap<>();
        Map<String, List<JsonObject>> invoicesOf = new HashMap<>();
        for (int m = 1; m <= 12; m++) {
            String month = YearMonth.of(YEAR, m).toString();
            List<JsonObject> rows = new ArrayList<>(PaymentFixtures.deliver(api, advance, month, ADVANCE_HOURS[m - 1], ADVANCE_HOURS[m - 1],
                    ADVANCE_HOURS[m - 1]));
            rows.addAll(PaymentFixtures.deliver(api, after, month, EVEN_HOURS, EVEN_HOURS));
            for (JsonObject u : rows) {
                usageByContract.merge(u.getJsonNumber("contractId").longValue(), new BigDecimal(u.getString("amount")), BigDecimal::add);
                certificateOf.put(u.getJsonNumber("contractId").longValue(), u.getString("certificateNumber"));
            }
            JsonObject run = PaymentFixtures.run(api, s, month);
            assertEquals("READY", run.getString("status"), month + ": " + run);
            long runId = run.getJsonNumber("id").longValue();
            Api.Reply approved = api.send("POST", "api/v1/payment-runs/" + runId + "/approve", null, s.volume().approver(), s.password());
            assertEquals(200, approved.status(), month + ": " + approved.body());
            runs.put(month, approved.json());
            invoicesOf.put(month, invoices(s, runId));
        }

        BigDecimal advancePaid = BigDecimal.ZERO;
        BigDecimal advanceDelivered = BigDecimal.ZERO;
        BigDecimal afterPaid = BigDecimal.ZERO;
        BigDecimal afterDelivered = BigDecimal.ZERO;
        BigDecimal carriedOverAtSomePoint = BigDecimal.ZERO;
        for (int m = 1; m <= 12; m++) {
            String month = YearMonth.of(YEAR, m).toString();
            Api.Reply current = api.get("api/v1/payment-runs?authorityId=" + s.volume().authorityId() + "&month=" + month, s.clerk().login(),
                    s.password());
            assertEquals(200, current.status(), current.body());
            assertEquals("APPROVED", current.json().getString("status"), month + " approved: " + current.body());
            Api.Reply check = api.get("api/v1/reconciliation?authorityId=" + s.volume().authorityId() + "&month=" + month, s.clerk().login(),
                    s.password());
            assertEquals(200, check.status(), check.body());
            assertEquals("Расхождений нет", check.json().getString("zeroLine", null), month + ": " + check.body());
            assertEquals(5, check.json().getInt("contracts"), month + ": " + check.body());
            for (JsonObject i : invoicesOf.get(month)) {
                boolean ofAdvance = i.getJsonNumber("agreementId").longValue() == advance.agreementId();
                assertTrue(!"ADVANCE".equals(i.getString("kind")) || ofAdvance, "only the financing agreement has advances: " + i);
                assertTrue(!"ADVANCE".equals(i.getString("kind")) || i.getString("month").equals(YearMonth.of(YEAR, m).plusMonths(1).toString()),
                        "the advance of the next month, never beyond the agreement's year: " + i);
                if (ofAdvance) {
                    advancePaid = advancePaid.add(number(i, "amountDue"));
                } else {
                    afterPaid = afterPaid.add(number(i, "amountDue"));
                }
                if ("SETTLEMENT".equals(i.getString("kind"))) {
                    if (ofAdvance) {
                        advanceDelivered = advanceDelivered.add(number(i, "delivered"));
                        carriedOverAtSomePoint = carriedOverAtSomePoint.max(number(i, "carriedForward"));
                    } else {
                        afterDelivered = afterDelivered.add(number(i, "delivered"));
                        same(BigDecimal.ZERO, number(i, "carriedForward"), "a reimbursement never overpays");
                    }
                    assertEquals(ofAdvance ? 3 : 2, i.getInt("lines"), "a line per contract: " + i);
                }
            }
            assertEquals(m == 12 ? 2 : 3, invoicesOf.get(month).size(), month + ": two acts and the next month's advance " + invoicesOf.get(month));
        }
        assertTrue(carriedOverAtSomePoint.signum() > 0, "July's 2 h left an overpayment that was carried forward");
        JsonObject december = invoicesOf.get(YEAR + "-12").stream()
                .filter(i -> i.getJsonNumber("agreementId").longValue() == advance.agreementId()).findFirst().orElseThrow();
        same(BigDecimal.ZERO, number(december, "carriedForward"), "no overpayment left at the year's end");
        same(PRICE.multiply(BigDecimal.valueOf(3)), advanceDelivered, "delivered by the financed executor");
        same(advanceDelivered, advancePaid, "advances and acts of the financed executor pay exactly what it delivered");
        same(PRICE.multiply(BigDecimal.valueOf(2)), afterDelivered, "delivered by the reimbursed executor");
        same(afterDelivered, afterPaid, "the reimbursed executor is paid what it delivered");

        assertEquals(5, usageByContract.size());
        for (Map.Entry<Long, BigDecimal> e : usageByContract.entrySet()) {
            same(PRICE, e.getValue(), "usage of contract " + e.getKey());
            Api.Reply c = api.get("api/v1/certificates/" + certificateOf.get(e.getKey()), s.clerk().login(), s.password());
            assertEquals(200, c.status(), c.body());
            JsonObject balance = c.json().getJsonObject("balance");
            same(e.getValue(), number(balance.getJsonObject("amount"), "consumed"), "ledger of certificate " + certificateOf.get(e.getKey()));
            same(BigDecimal.valueOf(PaymentFixtures.CONTRACT_HOURS), number(balance.getJsonObject("hours"), "consumed"),
                    "hours of certificate " + certificateOf.get(e.getKey()));
        }

        for (String month : List.of(YEAR + "-01", YEAR + "-07", YEAR + "-12")) {
            JsonObject before = runs.get(month);
            JsonObject again = PaymentFixtures.run(api, s, month);
            assertEquals("APPROVED", again.getString("status"), month + " re-run: " + again);
            assertEquals(before.getJsonNumber("id"), again.getJsonNumber("id"), month);
            assertEquals(before.getJsonNumber("jobId"), again.getJsonNumber("jobId"), month + ": no new job");
            for (String total : List.of("totalDue", "totalAdvance", "totalDelivered")) {
                same(number(before, total), number(again, total), month + " " + total);
            }
            assertEquals(ids(invoicesOf.get(month)), ids(invoices(s, again.getJsonNumber("id").longValue())), month + ": no new invoices");
        }
    }
}
