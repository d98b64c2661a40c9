package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo of the selection by certificate (Luga 2024) as a clerk and an executor find it: the registry with the
 * resolution's executors and an application waiting for review, certificates within the order's certificate volume of
 * every service, a queued and a refused application, and the executor seeing only its own contracts. The 2024
 * certificates ended with their year: the server expired them when it started (what contracts hold stays theirs, the
 * rest lapsed in the ledger). Reads demo data only.
 */
class SelectionDemoIT extends IntegrationTest {
    private static final int YEAR = 2024;
    private final Api api = new Api(base());

    private List<JsonObject> items(String path, String login) {
        return api.get(path, login, "demo").json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void theRegistryHoldsTheResolutionsExecutorsAndOneApplicationWaitsForReview() {
        List<JsonObject> entries = items("api/v1/executor-registry/entries?size=500&sort=number", "clerk").stream()
                .filter(e -> e.getString("authority").contains("Лужск")).toList(); // the registry is public: other tests' authorities too
        List<String> executors = entries.stream().filter(e -> e.getString("status").equals("ACTIVE")).map(e -> e.getString("executor")).toList();
        for (String name : List.of("ДЮСШ", "Компьютерный центр", "ЦДЮТ", "ЦЭВОД", "Перспектива")) {
            assertTrue(executors.stream().anyMatch(e -> e.contains(name)), name + " is in the registry: " + executors);
        }
        assertEquals(List.of(1, 2, 3, 4, 5), entries.stream().map(e -> e.getInt("number")).limit(5).toList(), "numbered from 1");
        List<JsonObject> waiting = items("api/v1/executor-registry/applications?status=SUBMITTED&size=100", "clerk");
        assertTrue(waiting.stream().anyMatch(a -> a.getString("executor").contains("Соколова")), "the entrepreneur waits: " + waiting);
        List<JsonObject> programmes = items("api/v1/programmes?status=CERTIFIED&size=100", "executor");
        assertTrue(programmes.stream().anyMatch(p -> p.getString("name").equals("Робототехника") && p.containsKey("price")), programmes.toString());
    }

    @Test
    void everyServiceHasNoMoreCertificatesThanItsCertificateVolumeAllows() {
        List<JsonObject> certificates = items("api/v1/certificates?year=" + YEAR + "&size=500", "clerk");
        assertTrue(certificates.size() >= 200, "a few hundred children: " + certificates.size());
        Map<Long, Long> byService = certificates.stream().collect(Collectors.groupingBy(c -> c.getJsonNumber("serviceId").longValue(), Collectors.counting()));
        for (Map.Entry<Long, Long> s : byService.entrySet()) {
            JsonObject allowed = api.clerkGet("api/v1/social-orders/allowed-volume?serviceId=" + s.getKey() + "&year=" + YEAR
                    + "&method=certificates").json();
            assertEquals("539", allowed.getString("unitCode"), "the volume is in человеко-часы");
            BigDecimal used = BigDecimal.valueOf(s.getValue() * 72);
            assertTrue(used.compareTo(allowed.getJsonNumber("volume").bigDecimalValue()) <= 0,
                    "service " + s.getKey() + ": " + used + " h issued, " + allowed.getJsonNumber("volume") + " allowed");
        }
        List<JsonObject> queued = items("api/v1/certificate-applications?status=QUEUED&size=100", "clerk");
        assertTrue(queued.stream().anyMatch(a -> a.getInt("year") == YEAR && a.getInt("queuePosition") == 1), queued.toString());
        List<JsonObject> refused = items("api/v1/certificate-applications?status=REFUSED&size=100", "clerk");
        assertTrue(refused.stream().anyMatch(a -> a.getInt("year") == YEAR && "AGE".equals(a.getString("reasonCode", null))), refused.toString());
    }

    @Test
    void aCertificateOfAnEndedYearExpiredKeepingWhatItsContractHolds() {
        JsonObject contract = items("api/v1/contracts?status=CONCLUDED&size=1", "clerk").get(0);
        String number = contract.getString("certificateNumber");
        assertEquals("EXPIRED", api.clerkGet("api/v1/certificates/" + number).json().getString("status"), "valid until 31.12.2024");
        List<JsonObject> movements = api.clerkGet("api/v1/certificates/" + number + "/ledger").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("ISSUE", "ALLOCATE", "CONSUME", "CONSUME", "CONSUME", "EXPIRE"), movements.stream().map(m -> m.getString("kind")).toList(),
                "issued, allocated by the contract, September to November paid, the rest of the nominal lapsed");
        JsonObject amount = movements.get(movements.size() - 1).getJsonObject("balance").getJsonObject("amount");
        BigDecimal nominal = amount.getJsonNumber("nominal").bigDecimalValue();
        BigDecimal allocated = amount.getJsonNumber("allocated").bigDecimalValue().add(amount.getJsonNumber("consumed").bigDecimalValue());
        assertEquals(0, new BigDecimal(contract.getString("price")).compareTo(allocated), "the contract keeps its price, part of it paid: " + amount);
        assertEquals(0, nominal.subtract(allocated).compareTo(amount.getJsonNumber("expired").bigDecimalValue()), "the rest lapsed: " + amount);
        assertEquals(0, amount.getJsonNumber("available").bigDecimalValue().signum(), amount.toString());
    }

    @Test
    void theExecutorSeesOnlyItsOwnContracts() {
        List<JsonObject> own = items("api/v1/contracts?size=100", "executor");
        assertTrue(!own.isEmpty(), "the Computer centre has contracts in the demo");
        assertTrue(own.stream().allMatch(k -> k.getString("executorName").contains("Компьютерный центр")), own.toString());
        assertTrue(items("api/v1/contracts?size=500", "clerk").size() > own.size(), "the clerk sees every executor's");
    }

    @Test
    void everyExecutorWithContractsHasAnAgreementInExecutionAndSubmittedItsAutumnHours() {
        List<JsonObject> agreements = items("api/v1/agreements?size=100", "clerk");
        assertTrue(agreements.size() >= 5, "an agreement per executor and service: " + agreements.size());
        assertTrue(agreements.stream().allMatch(a -> "IN_EXECUTION".equals(a.getString("status"))), agreements.toString());
        assertTrue(agreements.stream().anyMatch(a -> "REIMBURSEMENT".equals(a.getString("paymentMode")))
                && agreements.stream().anyMatch(a -> "ADVANCE".equals(a.getString("paymentMode"))), "both ways of paying are shown");
        List<JsonObject> own = items("api/v1/agreements?size=100", "executor");
        assertTrue(!own.isEmpty() && own.size() < agreements.size(), "the executor sees its own: " + own.size());
        for (String autumn : List.of("-09", "-10", "-11")) {
            List<JsonObject> submitted = items("api/v1/usage/months?month=" + YEAR + autumn + "&size=100", "clerk");
            assertTrue(!submitted.isEmpty() && submitted.stream().allMatch(m -> "SUBMITTED".equals(m.getString("status"))), submitted.toString());
        }
        List<JsonObject> december = items("api/v1/usage/months?month=" + YEAR + "-12&size=100", "clerk");
        assertTrue(!december.isEmpty() && december.stream().allMatch(m -> "OPEN".equals(m.getString("status"))),
                "December entered, not submitted: " + december);
    }
}
