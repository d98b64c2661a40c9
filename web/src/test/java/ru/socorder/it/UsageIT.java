package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Delivered volume through the API, as the executor and the authority's clerk use it: hours entered within what a
 * contract still allows, a month submitted — its hours consumed on the certificates' ledgers — and closed for entry,
 * corrections by the clerk moving the ledger both ways, the early end of a contract releasing only what it did not
 * consume, an executor kept off another executor's contracts, the same request answered the same, and a file
 * previewed and confirmed. Contracts of January–June {@value CertificateFixtures#YEAR}: 72 h at 169,55 руб.
 */
class UsageIT extends IntegrationTest {
    private static final String JAN = CertificateFixtures.YEAR + "-01";
    private final Api api = new Api(base());

    /** An authority, an executor, a group and as many contracts as children. */
    private record World(EnrolmentFixtures.Setup setup, RegistryFixtures.ExecutorUser executor, List<JsonObject> contracts,
                         List<EnrolmentFixtures.Child> children) {
        long contract(int i) {
            return contracts.get(i).getJsonNumber("id").longValue();
        }
    }

    private World world(String purpose, int children) {
        return world(purpose, children, children);
    }

    /** The same with room for more certificates than the executor's children. */
    private World world(String purpose, int children, int certificates) {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, purpose, certificates);
        RegistryFixtures.ExecutorUser x = EnrolmentFixtures.executor(api, s, "Учёт");
        EnrolmentFixtures.Group g = EnrolmentFixtures.group(api, s, x, "Робототехника", 10);
        List<EnrolmentFixtures.Child> kids = new java.util.ArrayList<>();
        List<JsonObject> contracts = new java.util.ArrayList<>();
        for (int i = 0; i < children; i++) {
            EnrolmentFixtures.Child c = EnrolmentFixtures.child(api, s, "Учётная" + letters(System.nanoTime()) + "абв".charAt(i % 3));
            kids.add(c);
            contracts.add(EnrolmentFixtures.contract(api, s, x, g, c));
        }
        return new World(s, x, contracts, kids);
    }

    /** A different lower-case Cyrillic tail for every child, so that no child is held as another test's duplicate. */
    private static String letters(long n) {
        String alphabet = "абвгдежзиклмнопрстуфхцчшэюя";
        StringBuilder b = new StringBuilder();
        for (long v = n; v > 0; v /= alphabet.length()) {
            b.append(alphabet.charAt((int) (v % alphabet.length())));
        }
        return b.toString();
    }

    private Api.Reply as(RegistryFixtures.ExecutorUser x, String method, String path, String json) {
        return api.send(method, path, json, x.login(), RegistryFixtures.PASSWORD);
    }

    private Api.Reply asClerk(World w, String method, String path, String json) {
        return api.send(method, path, json, w.setup().clerk().login(), w.setup().password());
    }

    private static String entry(long contract, String month, String hours) {
        return "{\"contractId\":" + contract + ",\"month\":\"" + month + "\",\"hours\":" + hours + "}";
    }

    private List<JsonObject> ledger(World w, int child) {
        Api.Reply r = asClerk(w, "GET", "api/v1/certificates/" + w.children().get(child).number() + "/ledger", null);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> kinds(List<JsonObject> ledger) {
        return ledger.stream().map(m -> m.getString("kind")).toList();
    }

    private BigDecimal balance(World w, int child, String unit, String what) {
        return EnrolmentFixtures.certificate(api, w.setup(), w.children().get(child)).getJsonObject("balance").getJsonObject(unit)
                .getJsonNumber(what).bigDecimalValue();
    }

    private static void same(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " expected, was " + actual);
    }

    private static String field(Api.Reply r) {
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        return r.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private String submit(World w) {
        Api.Reply r = as(w.executor(), "POST", "api/v1/usage/months/" + w.executor().executorId() + "/" + JAN + "/submit", null);
        assertEquals(200, r.status(), r.body());
        return r.body();
    }

    @Test
    void enteredHoursAreConsumedOnTheLedgerWhenTheMonthIsSubmittedAndTheMonthClosesForEntry() {
        World w = world("учёт: отправка месяца", 2);
        Api.Reply entered = as(w.executor(), "POST", "api/v1/usage", entry(w.contract(0), JAN, "10"));
        assertEquals(200, entered.status(), entered.body());
        JsonObject row = entered.json().getJsonArray("items").getJsonObject(0);
        assertEquals("DRAFT", row.getString("status"));
        same("1695.50", new BigDecimal(row.getString("amount")));
        assertEquals("API", row.getString("source"));
        assertTrue(row.getString("child").matches("У\\*\\*\\* А\\. С\\."), "the child masked: " + row.getString("child"));

        Api.Reply over = as(w.executor(), "POST", "api/v1/usage", entry(w.contract(0), CertificateFixtures.YEAR + "-02", "62.01"));
        assertEquals(400, over.status(), over.body());
        assertEquals("hours", field(over));
        assertTrue(over.json().getString("detail").contains("осталось 62 из 72 ч"), over.body());
        Api.Reply overInList = as(w.executor(), "POST", "api/v1/usage", "{\"month\":\"" + JAN + "\",\"rows\":[{\"contractId\":" + w.contract(0)
                + ",\"hours\":10},{\"contractId\":" + w.contract(1) + ",\"hours\":73}]}");
        assertEquals(400, overInList.status(), overInList.body());
        assertEquals("rows[1].hours", field(overInList));
        Api.Reply beforeStart = as(w.executor(), "POST", "api/v1/usage", entry(w.contract(1), (CertificateFixtures.YEAR - 1) + "-12", "1"));
        assertEquals(400, beforeStart.status(), "before the contract's first month: " + beforeStart.body());
        Api.Reply badMonth = as(w.executor(), "POST", "api/v1/usage", entry(w.contract(1), "январь", "1"));
        assertEquals("month", field(badMonth));
        assertEquals(200, as(w.executor(), "POST", "api/v1/usage", entry(w.contract(1), JAN, "4.5")).status());
        assertEquals(List.of("ISSUE", "ALLOCATE"), kinds(ledger(w, 0)), "a draft consumes nothing");

        submit(w);
        List<JsonObject> movements = ledger(w, 0);
        assertEquals(List.of("ISSUE", "ALLOCATE", "CONSUME"), kinds(movements));
        same("10", movements.get(2).getJsonNumber("hours").bigDecimalValue());
        same("1695.50", movements.get(2).getJsonNumber("amount").bigDecimalValue());
        same("1695.50", balance(w, 0, "amount", "consumed"));
        same("762.98", balance(w, 1, "amount", "consumed"));
        same("4.5", balance(w, 1, "hours", "consumed"));
        JsonObject list = as(w.executor(), "GET", "api/v1/usage?month=" + JAN, null).json();
        assertEquals(2, list.getInt("total"));
        assertTrue(list.getJsonArray("items").getValuesAs(JsonObject.class).stream().allMatch(u -> u.getString("status").equals("SUBMITTED")));

        Api.Reply after = as(w.executor(), "POST", "api/v1/usage", entry(w.contract(0), JAN, "11"));
        assertEquals(409, after.status(), "the month is closed for entry: " + after.body());
        String again = submit(w);
        assertTrue(again.contains("\"status\":\"SUBMITTED\""), again);
        assertEquals(3, ledger(w, 0).size(), "submitting again consumes nothing twice");
        JsonObject month = asClerk(w, "GET", "api/v1/usage/months?month=" + JAN, null).json();
        assertEquals(1, month.getInt("total"), month.toString());
        same("14.5", new BigDecimal(month.getJsonArray("items").getJsonObject(0).getString("hours")));
    }

    @Test
    void theMonthsListShowsEveryExecutorWithContractsInForceAlsoThoseWhoEnteredNothing() {
        World w = world("учёт: кто не сдал", 1, 2);
        RegistryFixtures.ExecutorUser silent = EnrolmentFixtures.executor(api, w.setup(), "Молчащий");
        EnrolmentFixtures.contract(api, w.setup(), silent, EnrolmentFixtures.group(api, w.setup(), silent, "Шахматы", 5),
                EnrolmentFixtures.child(api, w.setup(), "Тихая" + letters(System.nanoTime())));
        String path = "api/v1/usage/months?month=" + JAN;
        assertEquals(Map.of(w.executor().executorId(), "NOT_ENTERED", silent.executorId(), "NOT_ENTERED"), states(asClerk(w, "GET", path, null)),
                "contracts in force, nothing entered yet");
        assertEquals(200, as(w.executor(), "POST", "api/v1/usage", entry(w.contract(0), JAN, "10")).status());
        Api.Reply entered = asClerk(w, "GET", path, null);
        assertEquals(Map.of(w.executor().executorId(), "OPEN", silent.executorId(), "NOT_ENTERED"), states(entered));
        JsonObject nothing = row(entered, silent.executorId());
        assertEquals("Не внесено", nothing.getString("statusLabel"));
        assertTrue(nothing.isNull("id") && nothing.isNull("submittedAt"), nothing.toString());
        assertEquals(1, nothing.getInt("contracts"));
        same("0", new BigDecimal(nothing.getString("hours")));
        assertEquals("Внесено, не сдано", row(entered, w.executor().executorId()).getString("statusLabel"));

        submit(w);
        assertEquals(Map.of(silent.executorId(), "NOT_ENTERED"), states(asClerk(w, "GET", path + "&status=NOT_ENTERED", null)),
                "who has not submitted yet");
        JsonObject done = row(asClerk(w, "GET", path + "&status=submitted", null), w.executor().executorId());
        assertEquals("Сдано", done.getString("statusLabel"));
        assertTrue(!done.isNull("submittedAt"), done.toString());
        same("1695.50", new BigDecimal(done.getString("amount")));
        assertEquals(Map.of(silent.executorId(), "NOT_ENTERED"), states(as(silent, "GET", path, null)), "an executor sees only its own");
        assertEquals(Map.of(), states(asClerk(w, "GET", "api/v1/usage/months?month=" + (CertificateFixtures.YEAR - 1) + "-12", null)),
                "no contract in force before January");
        Api.Reply noMonth = asClerk(w, "GET", "api/v1/usage/months", null);
        assertEquals(400, noMonth.status(), noMonth.body());
        assertEquals("month", field(noMonth));
        assertEquals("status", field(asClerk(w, "GET", path + "&status=LATE", null)));
    }

    /** The executors' states of a page of months (the setup's authority is the test's own: nothing else is listed). */
    private static Map<Long, String> states(Api.Reply months) {
        assertEquals(200, months.status(), months.body());
        return months.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(java.util.stream.Collectors.toMap(m -> m.getJsonNumber("executorId").longValue(), m -> m.getString("status")));
    }

    private static JsonObject row(Api.Reply months, long executorId) {
        return months.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("executorId").longValue() == executorId).findFirst().orElseThrow();
    }

    @Test
    void theClerkCorrectsASubmittedMonthUpAndDownAndAnEarlyEndReleasesOnlyWhatWasNotConsumed() {
        World w = world("учёт: исправления", 1);
        assertEquals(200, as(w.executor(), "POST", "api/v1/usage", entry(w.contract(0), JAN, "10")).status());
        Api.Reply draftCorrection = asClerk(w, "POST", "api/v1/usage/" + as(w.executor(), "GET", "api/v1/usage?month=" + JAN, null).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id") + "/corrections", "{\"hours\":9,\"reason\":\"табель\"}");
        assertEquals(409, draftCorrection.status(), "a month not submitted is the executor's: " + draftCorrection.body());
        submit(w);
        long id = as(w.executor(), "GET", "api/v1/usage?month=" + JAN, null).json().getJsonArray("items").getJsonObject(0).getJsonNumber("id")
                .longValue();
        String path = "api/v1/usage/" + id + "/corrections";
        assertEquals(403, as(w.executor(), "POST", path, "{\"hours\":12,\"reason\":\"табель\"}").status(), "the executor does not correct");
        Api.Reply noReason = asClerk(w, "POST", path, "{\"hours\":12,\"reason\":\" \"}");
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("reason", field(noReason));

        Api.Reply up = asClerk(w, "POST", path, "{\"hours\":12,\"reason\":\"Табель посещаемости исправлен\"}");
        assertEquals(200, up.status(), up.body());
        same("12", new BigDecimal(up.json().getString("hours")));
        same("2034.60", new BigDecimal(up.json().getString("amount")));
        Api.Reply down = asClerk(w, "POST", path, "{\"hours\":7,\"reason\":\"Ребёнок болел\"}");
        assertEquals(200, down.status(), down.body());
        List<JsonObject> movements = ledger(w, 0);
        assertEquals(List.of("ISSUE", "ALLOCATE", "CONSUME", "CONSUME", "UNCONSUME"), kinds(movements));
        same("2", movements.get(3).getJsonNumber("hours").bigDecimalValue());
        same("339.10", movements.get(3).getJsonNumber("amount").bigDecimalValue());
        same("5", movements.get(4).getJsonNumber("hours").bigDecimalValue());
        same("847.75", movements.get(4).getJsonNumber("amount").bigDecimalValue());
        same("1186.85", balance(w, 0, "amount", "consumed"));
        same("11020.75", balance(w, 0, "amount", "allocated"));
        List<JsonObject> corrections = asClerk(w, "GET", path, null).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("Табель посещаемости исправлен", "Ребёнок болел"), corrections.stream().map(c -> c.getString("reason")).toList());
        assertEquals("сторно оплаты", corrections.get(1).getString("movement"));

        JsonObject contract = as(w.executor(), "GET", "api/v1/contracts/" + w.contract(0), null).json();
        Api.Reply terminated = as(w.executor(), "POST", "api/v1/contracts/" + w.contract(0) + "/terminate", "{\"version\":"
                + contract.getJsonNumber("version") + ",\"date\":\"" + CertificateFixtures.YEAR + "-02-10\",\"comment\":\"Переезд семьи\"}");
        assertEquals(200, terminated.status(), terminated.body());
        JsonObject release = ledger(w, 0).get(5);
        assertEquals("RELEASE", release.getString("kind"));
        same("65", release.getJsonNumber("hours").bigDecimalValue());
        same("11020.75", release.getJsonNumber("amount").bigDecimalValue());
        same("1186.85", balance(w, 0, "amount", "consumed"));
        same("13813.15", balance(w, 0, "amount", "available"));
        Api.Reply upAfterEnd = asClerk(w, "POST", path, "{\"hours\":8,\"reason\":\"табель\"}");
        assertEquals(409, upAfterEnd.status(), "an ended contract holds nothing more to consume: " + upAfterEnd.body());
    }

    @Test
    void anExecutorCannotTouchAnotherExecutorsContract() {
        World w = world("учёт: чужой договор", 1);
        RegistryFixtures.ExecutorUser other = EnrolmentFixtures.executor(api, w.setup(), "Чужой");
        Api.Reply entered = as(other, "POST", "api/v1/usage", entry(w.contract(0), JAN, "5"));
        assertEquals(403, entered.status(), entered.body());
        assertEquals(403, as(other, "POST", "api/v1/usage/months/" + w.executor().executorId() + "/" + JAN + "/submit", null).status());
        assertEquals(403, as(other, "GET", "api/v1/usage/grid/" + w.executor().executorId() + "/" + JAN, null).status());
        assertEquals(200, as(w.executor(), "POST", "api/v1/usage", entry(w.contract(0), JAN, "5")).status());
        assertEquals(0, as(other, "GET", "api/v1/usage?month=" + JAN, null).json().getInt("total"), "nothing of the other executor listed");
        submit(w);
        long id = as(w.executor(), "GET", "api/v1/usage?month=" + JAN, null).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(403, as(other, "GET", "api/v1/usage/" + id, null).status());
        JsonObject grid = as(w.executor(), "GET", "api/v1/usage/grid/" + w.executor().executorId() + "/" + JAN, null).json();
        assertEquals(1, grid.getJsonArray("rows").size());
        assertTrue(grid.getBoolean("submitted"));
    }

    @Test
    void theSameRequestTwiceIsOneRowAndTheSameAnswer() {
        World w = world("учёт: повтор запроса", 1);
        String body = "{\"month\":\"" + JAN + "\",\"rows\":[{\"contractId\":" + w.contract(0) + ",\"hours\":6.25}]}";
        Api.Reply first = as(w.executor(), "POST", "api/v1/usage", body);
        Api.Reply second = as(w.executor(), "POST", "api/v1/usage", body);
        assertEquals(200, first.status(), first.body());
        assertEquals(first.status(), second.status());
        assertEquals(first.body(), second.body(), "the same answer");
        assertEquals(1, as(w.executor(), "GET", "api/v1/usage?contractId=" + w.contract(0), null).json().getInt("total"));
        submit(w);
        Api.Reply afterSubmit = as(w.executor(), "POST", "api/v1/usage", body);
        assertEquals(200, afterSubmit.status(), "a repeat after the submission still answers: " + afterSubmit.body());
        assertTrue(afterSubmit.body().contains("\"status\":\"SUBMITTED\""), afterSubmit.body());
        assertEquals(3, ledger(w, 0).size(), "consumed once");
    }

    @Test
    void aFileIsPreviewedRowByRowAndItsValidRowsEntered() {
        World w = world("учёт: загрузка файла", 2);
        String csv = "Номер договора;Месяц;Часы\n" + w.contracts().get(0).getString("number") + ";01." + CertificateFixtures.YEAR + ";8,5\n"
                + w.contracts().get(1).getString("number") + ";01." + CertificateFixtures.YEAR + ";100\n"
                + "0000-0;01." + CertificateFixtures.YEAR + ";1\n";
        Api.Reply preview = api.send("POST", "api/v1/usage/import?fileName=usage.csv", csv, "text/csv", w.executor().login(),
                RegistryFixtures.PASSWORD);
        assertEquals(200, preview.status(), preview.body());
        assertEquals(1, preview.json().getInt("valid"), preview.body());
        assertEquals(2, preview.json().getInt("rejected"), preview.body());
        assertTrue(preview.body().contains("осталось 72 из 72 ч") && preview.body().contains("нет среди договоров исполнителя"), preview.body());
        assertEquals(0, as(w.executor(), "GET", "api/v1/usage?month=" + JAN, null).json().getInt("total"), "nothing before the confirmation");
        Api.Reply clerk = api.send("POST", "api/v1/usage/import?fileName=usage.csv", csv, "text/csv", w.setup().clerk().login(),
                w.setup().password());
        assertEquals(403, clerk.status(), "an executor's file: " + clerk.body());

        Api.Reply confirmed = api.send("POST", "api/v1/usage/import?fileName=usage.csv&confirm=true&rows=valid", csv, "text/csv",
                w.executor().login(), RegistryFixtures.PASSWORD);
        assertEquals(202, confirmed.status(), confirmed.body());
        JsonObject done = api.awaitJob(confirmed.json().getJsonObject("job").getInt("id"), w.executor().login(), RegistryFixtures.PASSWORD);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(1, done.getInt("written"), done.toString());
        List<JsonObject> rows = as(w.executor(), "GET", "api/v1/usage?month=" + JAN, null).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("FILE", rows.get(0).getString("source"));
        same("8.5", new BigDecimal(rows.get(0).getString("hours")));
        same("1441.18", new BigDecimal(rows.get(0).getString("amount")));
    }
}
