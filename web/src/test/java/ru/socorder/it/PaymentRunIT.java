package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * The monthly payment cycle through the API: January's run settles January (delivered hours × price, no advance yet)
 * and prepares February's advance (80 % of the planned amounts, rounded down); approval freezes it and opens the
 * treasury file; a re-run of an approved month changes nothing; February's run is cut off after its first agreement by
 * the test hook, shows nothing, resumes to the totals of a clean run, and settles against the advance with the
 * overpayment carried forward; the reconciliation shows no difference until the usage is corrected after invoicing.
 * Contracts 11.01–11.06.{@value CertificateFixtures#YEAR} at 12 207,60 руб. (152 days: February 28/152, March 31/152).
 */
class PaymentRunIT extends IntegrationTest {
    private static final String JAN = CertificateFixtures.YEAR + "-01";
    private static final String FEB = CertificateFixtures.YEAR + "-02";
    private final Api api = new Api(base());

    private static void same(String expected, JsonObject o, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(o.getJsonNumber(field).bigDecimalValue()), field + " of " + o);
    }

    private List<JsonObject> invoices(EnrolmentFixtures.Setup s, long runId, String login, String password) {
        Api.Reply r = api.get("api/v1/payment-runs/" + runId + "/invoices?size=100", login, password);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject invoice(List<JsonObject> invoices, long agreementId, String kind) {
        return invoices.stream().filter(i -> i.getJsonNumber("agreementId").longValue() == agreementId && i.getString("kind").equals(kind))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " of " + agreementId + " in " + invoices));
    }

    /** The text of every cell of a workbook (numbers as {@code BigDecimal.valueOf(double)} prints them). */
    private static List<String> cells(byte[] xlsx) {
        List<String> out = new java.util.ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.add(cell.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString()
                                : cell.toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private JsonObject reconciliation(EnrolmentFixtures.Setup s, String month) {
        Api.Reply r = api.get("api/v1/reconciliation?authorityId=" + s.volume().authorityId() + "&month=" + month, s.clerk().login(), s.password());
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    @Test
    void aMonthIsSettledApprovedFrozenAndAnInterruptedRunResumesToTheTotalsOfACleanRun() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "оплата за месяц", 3);
        PaymentFixtures.Party advance = PaymentFixtures.party(api, s, "Аванс", 2, "80");
        PaymentFixtures.Party after = PaymentFixtures.party(api, s, "Возмещение", 1, null);
        PaymentFixtures.deliver(api, advance, JAN, "10", "4.5");
        PaymentFixtures.deliver(api, after, JAN, "8");

        JsonObject jan = PaymentFixtures.run(api, s, JAN);
        assertEquals("READY", jan.getString("status"), jan.toString());
        assertEquals(100, jan.getInt("progress"));
        long janId = jan.getJsonNumber("id").longValue();
        List<JsonObject> janInvoices = invoices(s, janId, s.clerk().login(), s.password());
        assertEquals(3, janInvoices.size(), janInvoices.toString());
        JsonObject act = invoice(janInvoices, advance.agreementId(), "SETTLEMENT");
        same("2458.48", act, "delivered"); // 1 695,50 + 762,98 (10 and 4,5 h at 169,55, each line half-up)
        same("0", act, "advancePaid");
        same("2458.48", act, "amountDue");
        assertEquals(2, act.getInt("lines"));
        JsonObject febAdvance = invoice(janInvoices, advance.agreementId(), "ADVANCE");
        assertEquals(FEB, febAdvance.getString("month"));
        same("4497.54", febAdvance, "planned"); // 2 × 12 207,60 × 28 / 152 = 2 × 2 248,77
        same("3598.03", febAdvance, "amountDue"); // 80 % = 3 598,032 → down to kopecks
        same("1356.40", invoice(janInvoices, after.agreementId(), "SETTLEMENT"), "amountDue");
        same("7412.91", jan, "totalDue");

        Api.Reply xlsx = api.get("api/v1/payment-runs/" + janId + "/register.xlsx", s.clerk().login(), s.password());
        assertEquals(200, xlsx.status());
        Api.Reply pdf = api.get("api/v1/payment-runs/" + janId + "/register.pdf", s.clerk().login(), s.password());
        assertEquals(200, pdf.status());
        assertEquals(409, api.get("api/v1/payment-runs/" + janId + "/treasury.csv", s.clerk().login(), s.password()).status(),
                "no treasury file before the approval");
        assertEquals(403, api.send("POST", "api/v1/payment-runs/" + janId + "/approve", null, s.clerk().login(), s.password()).status(),
                "the clerk does not approve");
        Api.Reply approved = api.send("POST", "api/v1/payment-runs/" + janId + "/approve", null, s.volume().approver(), s.password());
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("status"));

        Api.Reply treasury = api.get("api/v1/payment-runs/" + janId + "/treasury.csv", s.clerk().login(), s.password());
        assertEquals(200, treasury.status(), treasury.body());
        String[] lines = treasury.body().split("\r\n");
        assertEquals(4, lines.length, treasury.body()); // the header and three payment orders
        assertTrue(lines[0].startsWith("Номер;Дата;Сумма;Получатель;ИНН получателя;КПП получателя;Счёт получателя;БИК"), lines[0]);
        assertTrue(treasury.body().contains(";3598.03;") && treasury.body().contains(";2458.48;") && treasury.body().contains(";1356.40;"),
                treasury.body());
        String concluded = LocalDate.parse(advance.agreement().getString("concludedOn")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertTrue(treasury.body().contains("Субсидия по соглашению № " + advance.agreement().getString("number") + " от " + concluded
                + " за февраль " + CertificateFixtures.YEAR + " г., аванс"), treasury.body());

        List<String> ofAdvance = cells(api.bytes("api/v1/payment-runs/" + janId + "/register.xlsx?executorId=" + advance.executorId(),
                s.clerk().login(), s.password()));
        assertTrue(ofAdvance.contains(advance.agreement().getString("number")) && ofAdvance.contains("2458.48") && ofAdvance.contains("3598.03"),
                "the register of one executor holds its agreement's act and advance: " + ofAdvance);
        assertFalse(ofAdvance.contains(after.agreement().getString("number")) || ofAdvance.contains("1356.4"),
                "and nothing of the other executor: " + ofAdvance);

        JsonObject again = PaymentFixtures.run(api, s, JAN);
        assertEquals("APPROVED", again.getString("status"), "re-running an approved month changes nothing");
        assertEquals(janId, again.getJsonNumber("id").longValue());
        assertEquals(jan.getJsonNumber("jobId"), again.getJsonNumber("jobId"), "no new job");
        assertEquals(janInvoices.stream().map(i -> i.getJsonNumber("id")).toList(),
                invoices(s, janId, s.clerk().login(), s.password()).stream().map(i -> i.getJsonNumber("id")).toList());
        assertEquals(treasury.body(), api.get("api/v1/payment-runs/" + janId + "/treasury.csv", s.clerk().login(), s.password()).body());
        JsonObject janCheck = reconciliation(s, JAN);
        assertEquals("Расхождений нет", janCheck.getString("zeroLine", null), janCheck.toString());
        assertEquals(3, janCheck.getInt("contracts"));

        // February: the run is cut off after its first agreement
        PaymentFixtures.deliver(api, advance, FEB, "8", "8");
        List<JsonObject> febUsage = PaymentFixtures.deliver(api, after, FEB, "6");
        assertEquals(204, api.send("POST", "api/v1/payment-runs/test-hook?failAfterChunks=1", null, "admin", "demo").status());
        JsonObject cut = PaymentFixtures.run(api, s, FEB);
        assertEquals("FAILED", cut.getString("status"), cut.toString());
        assertEquals(1, cut.getInt("processed"), "one agreement written before the failure");
        long febId = cut.getJsonNumber("id").longValue();
        assertEquals(List.of(), invoices(s, febId, s.clerk().login(), s.password()), "nothing of an unfinished run is shown");
        assertEquals(409, api.get("api/v1/payment-runs/" + febId + "/register.xlsx", s.clerk().login(), s.password()).status());
        assertEquals(409, api.send("POST", "api/v1/payment-runs/" + febId + "/approve", null, s.volume().approver(), s.password()).status(),
                "an unfinished run is never approved");
        assertFalse(reconciliation(s, FEB).containsKey("zeroLine"), "an unfinished run does not reconcile");

        JsonObject resumed = PaymentFixtures.run(api, s, FEB);
        assertEquals("READY", resumed.getString("status"), resumed.toString());
        assertEquals(febId, resumed.getJsonNumber("id").longValue());
        assertEquals(cut.getJsonNumber("jobId"), resumed.getJsonNumber("jobId"), "resumed, not started again");
        JsonObject clean = PaymentFixtures.run(api, s, FEB); // READY, not approved: rebuilt from scratch
        assertEquals("READY", clean.getString("status"), clean.toString());
        for (String total : List.of("totalDue", "totalAdvance", "totalDelivered")) {
            assertEquals(0, clean.getJsonNumber(total).bigDecimalValue().compareTo(resumed.getJsonNumber(total).bigDecimalValue()), total);
        }
        assertEquals(clean.getInt("invoices"), resumed.getInt("invoices"));
        same("5000.83", clean, "totalDue"); // 0 (advance covers Feb) + March advance 3 983,53 + 1 017,30
        List<JsonObject> febInvoices = invoices(s, febId, s.clerk().login(), s.password());
        JsonObject febAct = invoice(febInvoices, advance.agreementId(), "SETTLEMENT");
        same("2712.80", febAct, "delivered");
        same("3598.03", febAct, "advancePaid");
        same("0", febAct, "amountDue");
        same("885.23", febAct, "carriedForward");
        same("3983.53", invoice(febInvoices, advance.agreementId(), "ADVANCE"), "amountDue"); // 80 % of 2 × 2 489,71
        assertEquals(200, api.send("POST", "api/v1/payment-runs/" + febId + "/approve", null, s.volume().approver(), s.password()).status());
        assertEquals("Расхождений нет", reconciliation(s, FEB).getString("zeroLine", null));

        // the usage is corrected after invoicing: the reconciliation names the contract and what differs
        Api.Reply corrected = api.send("POST", "api/v1/usage/" + febUsage.get(0).getJsonNumber("id") + "/corrections",
                "{\"hours\":5,\"reason\":\"Занятие 14.02 не проводилось\"}", s.clerk().login(), s.password());
        assertEquals(200, corrected.status(), corrected.body());
        JsonObject broken = reconciliation(s, FEB);
        assertFalse(broken.containsKey("zeroLine"), broken.toString());
        List<JsonObject> differences = broken.getJsonArray("differences").getValuesAs(JsonObject.class);
        assertEquals(1, differences.size(), differences.toString());
        assertEquals("Подано исполнителем не равно строке акта", differences.get(0).getString("what"));
        same("847.75", differences.get(0), "expected");
        same("1017.30", differences.get(0), "actual");
    }

    @Test
    void anExecutorSeesOnlyItsOwnInvoicesAndNoTreasuryFile() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "оплата: счета исполнителей", 2);
        PaymentFixtures.Party one = PaymentFixtures.party(api, s, "Первый", 1, null);
        PaymentFixtures.Party two = PaymentFixtures.party(api, s, "Второй", 1, null);
        PaymentFixtures.deliver(api, one, JAN, "2");
        PaymentFixtures.deliver(api, two, JAN, "3");
        long runId = PaymentFixtures.run(api, s, JAN).getJsonNumber("id").longValue();

        Map<Long, Long> seen = invoices(s, runId, two.user().login(), RegistryFixtures.PASSWORD).stream()
                .collect(Collectors.groupingBy(i -> i.getJsonNumber("executorId").longValue(), Collectors.counting()));
        assertEquals(Map.of(two.executorId(), 1L), seen);
        assertEquals(2, invoices(s, runId, s.clerk().login(), s.password()).size());
        assertEquals(403, api.get("api/v1/payment-runs/" + runId + "/register.xlsx?executorId=" + one.executorId(), two.user().login(),
                RegistryFixtures.PASSWORD).status());
        assertEquals(200, api.get("api/v1/payment-runs/" + runId + "/register.xlsx", two.user().login(), RegistryFixtures.PASSWORD).status());
        assertEquals(403, api.send("POST", "api/v1/payment-runs", "{\"authorityId\":" + s.volume().authorityId() + ",\"month\":\"" + JAN + "\"}",
                two.user().login(), RegistryFixtures.PASSWORD).status());
        assertEquals(404, api.get("api/v1/reconciliation?authorityId=" + s.volume().authorityId() + "&month=" + JAN, two.user().login(),
                RegistryFixtures.PASSWORD).status());
    }
}
