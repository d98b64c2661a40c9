package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agreements through the API as the authority's clerk, its approver and the executors use them: drafts generated for
 * every registry executor of a service and year (volume = hours of their contracts, price = the normative), once;
 * signing by both sides within the order's certificate volume, and refused above it with the figures; an amendment
 * that becomes the version in execution while the previous one is superseded, with its differences; each executor
 * sees its own agreements only; the printed agreement as PDF and DOCX, and a replaced template printing until reverted.
 */
class AgreementIT extends IntegrationTest {
    private static final int YEAR = CertificateFixtures.YEAR;
    private final Api api = new Api(base());

    private Api.Reply clerk(EnrolmentFixtures.Setup s, String method, String path, String json) {
        return api.send(method, path, json, s.clerk().login(), s.password());
    }

    private Api.Reply approver(EnrolmentFixtures.Setup s, String method, String path, String json) {
        return api.send(method, path, json, s.volume().approver(), s.password());
    }

    private Api.Reply as(RegistryFixtures.ExecutorUser x, String method, String path, String json) {
        return api.send(method, path, json, x.login(), RegistryFixtures.PASSWORD);
    }

    private static String step(String action, JsonObject a, String comment) {
        return "{\"action\":\"" + action + "\",\"version\":" + a.getJsonNumber("version") + (comment == null ? "" : ",\"comment\":\"" + comment + "\"")
                + "}";
    }

    private static final String BANK = "\"bank\":{\"payeeName\":\"АНО получатель\",\"account\":\"40702810938000000001\",\"bik\":\"044525225\","
            + "\"bankName\":\"ПАО Сбербанк\",\"correspondentAccount\":\"30101810400000000225\"}";

    /** Saves the draft valid from today with valid bank details and the volume; the saved JSON. */
    private JsonObject ready(EnrolmentFixtures.Setup s, JsonObject a, String volume) {
        Api.Reply saved = clerk(s, "PUT", "api/v1/agreements/" + a.getJsonNumber("id"), "{\"version\":" + a.getJsonNumber("version")
                + ",\"validFrom\":\"" + LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE) + "\"," + BANK + ",\"lines\":[{\"year\":" + YEAR + ",\"volume\":" + volume + "}]}");
        assertEquals(200, saved.status(), saved.body());
        return saved.json();
    }

    /** Sends the draft, the executor signs, the approver signs; the approver's reply. */
    private Api.Reply signed(EnrolmentFixtures.Setup s, RegistryFixtures.ExecutorUser x, JsonObject a) {
        String path = "api/v1/agreements/" + a.getJsonNumber("id") + "/transitions";
        Api.Reply sent = clerk(s, "POST", path, step("SEND", a, null));
        assertEquals(200, sent.status(), sent.body());
        assertEquals(403, approver(s, "POST", path, step("SIGN", sent.json(), null)).status(), "the executor signs first");
        Api.Reply byExecutor = as(x, "POST", path, step("SIGN_EXECUTOR", sent.json(), null));
        assertEquals(200, byExecutor.status(), byExecutor.body());
        assertEquals(true, byExecutor.json().getBoolean("executorSigned"));
        return approver(s, "POST", path, step("SIGN", byExecutor.json(), null));
    }

    private JsonObject draftOf(List<JsonObject> drafts, RegistryFixtures.ExecutorUser x) {
        return drafts.stream().filter(d -> d.getJsonObject("executor").getJsonNumber("id").longValue() == x.executorId()).findFirst().orElseThrow();
    }

    @Test
    void draftsAreGeneratedOnceSignedWithinTheOrderAndAmendedAsVersions() throws Exception {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "соглашения", 3); // 216 чел.-ч in the order
        RegistryFixtures.ExecutorUser x1 = EnrolmentFixtures.executor(api, s, "Кванториум");
        RegistryFixtures.ExecutorUser x2 = EnrolmentFixtures.executor(api, s, "Эрудит");
        EnrolmentFixtures.Group group = EnrolmentFixtures.group(api, s, x1, "Робототехника", 10);
        JsonObject e = EnrolmentFixtures.enrol(api, s, EnrolmentFixtures.child(api, s, "Договорная"), group);
        String enrolment = "api/v1/enrolments/" + e.getJsonNumber("id");
        assertEquals(200, as(x1, "POST", enrolment + "/confirm", "{\"version\":" + as(x1, "GET", enrolment, null).json().getJsonNumber("version")
                + "}").status());

        String settings = "api/v1/payment-settings/" + s.volume().authorityId();
        JsonObject defaults = clerk(s, "GET", settings, null).json();
        assertEquals(0, new BigDecimal("80").compareTo(defaults.getJsonNumber("advanceShare").bigDecimalValue()), "the global default");
        assertEquals(2, defaults.getInt("advanceWorkingDay"), "the global default");
        assertEquals(403, as(x1, "PUT", settings, "{\"advanceShare\":50,\"advanceWorkingDay\":2}").status(), "the authority's head sets it");
        assertEquals(403, clerk(s, "PUT", settings, "{\"advanceShare\":50,\"advanceWorkingDay\":2}").status(), "the clerk reads it");
        assertEquals(400, approver(s, "PUT", settings, "{\"advanceShare\":120,\"advanceWorkingDay\":2}").status());
        assertEquals(200, approver(s, "PUT", settings, "{\"advanceShare\":75,\"advanceWorkingDay\":2}").status(), "the head sets it");
        String generate = "{\"serviceId\":" + s.volume().serviceId() + ",\"year\":" + YEAR + ",\"kind\":\"CERTIFICATE_FINANCING\"}";
        Api.Reply first = clerk(s, "POST", "api/v1/agreements/generate", generate);
        assertEquals(201, first.status(), first.body());
        List<JsonObject> drafts = first.json().getJsonArray("created").getValuesAs(JsonObject.class);
        assertEquals(2, drafts.size(), first.body());
        JsonObject a1 = draftOf(drafts, x1);
        JsonObject a2 = draftOf(drafts, x2);
        JsonObject line = a1.getJsonArray("lines").getJsonObject(0);
        assertEquals(0, new BigDecimal("72").compareTo(line.getJsonNumber("volume").bigDecimalValue()), "the hours of its contract");
        assertEquals(0, new BigDecimal("169.55").compareTo(line.getJsonNumber("pricePerUnit").bigDecimalValue()), "the normative");
        assertEquals(0, new BigDecimal("12207.60").compareTo(line.getJsonNumber("amount").bigDecimalValue()));
        assertEquals(0, BigDecimal.ZERO.compareTo(a2.getJsonArray("lines").getJsonObject(0).getJsonNumber("volume").bigDecimalValue()));
        assertEquals(0, new BigDecimal("75").compareTo(a1.getJsonNumber("advanceShare").bigDecimalValue()), "the authority's share");
        assertEquals("DRAFT", a1.getString("status"));

        Api.Reply again = clerk(s, "POST", "api/v1/agreements/generate", generate);
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.json().getJsonArray("created").size(), "a second run creates nothing");
        assertEquals(2, again.json().getJsonArray("skipped").size());

        // a draft without bank details is not sent; bad bank details are named at their field
        Api.Reply unsent = clerk(s, "POST", "api/v1/agreements/" + a1.getJsonNumber("id") + "/transitions", step("SEND", a1, null));
        assertEquals(400, unsent.status(), unsent.body());
        assertTrue(unsent.body().contains("bank.account"), unsent.body());
        Api.Reply badBank = clerk(s, "PUT", "api/v1/agreements/" + a1.getJsonNumber("id"), "{\"version\":" + a1.getJsonNumber("version")
                + ",\"bank\":{\"payeeName\":\"АНО\",\"account\":\"40702810938000000002\",\"bik\":\"044525225\",\"bankName\":\"ПАО Сбербанк\"}}");
        assertEquals(400, badBank.status(), badBank.body());
        assertTrue(badBank.body().contains("\"bank.account\"") && badBank.body().contains("контрольный ключ"), badBank.body());

        Api.Reply signed1 = signed(s, x1, ready(s, a1, "72"));
        assertEquals(200, signed1.status(), signed1.body());
        assertEquals("IN_EXECUTION", signed1.json().getString("status"), "valid from today: executes at once");
        assertEquals(LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE).toString(), signed1.json().getString("concludedOn"));

        Api.Reply above = signed(s, x2, ready(s, a2, "200"));
        assertEquals(409, above.status(), above.body());
        for (String figure : List.of("216", "72", "200", "272", "превышение 56")) {
            assertTrue(above.body().contains(figure), figure + " in " + above.body());
        }

        // amendment: a new version; signed, it executes and the first is superseded
        Api.Reply amended = clerk(s, "POST", "api/v1/agreements/" + a1.getJsonNumber("id") + "/amendments", "{\"version\":"
                + signed1.json().getJsonNumber("version") + ",\"reason\":\"увеличение числа детей\"}");
        assertEquals(201, amended.status(), amended.body());
        assertEquals(2, amended.json().getInt("versionNumber"));
        assertEquals(a1.getString("number"), amended.json().getString("number"));
        Api.Reply signed2 = signed(s, x1, ready(s, amended.json(), "144"));
        assertEquals(200, signed2.status(), signed2.body());
        assertEquals("IN_EXECUTION", signed2.json().getString("status"));
        assertEquals("SUPERSEDED", clerk(s, "GET", "api/v1/agreements/" + a1.getJsonNumber("id"), null).json().getString("status"));
        Api.Reply versions = clerk(s, "GET", "api/v1/agreements/" + a1.getJsonNumber("id") + "/versions", null);
        assertEquals(200, versions.status(), versions.body());
        List<JsonObject> vs = jakarta.json.Json.createReader(new java.io.StringReader(versions.body())).readArray().getValuesAs(JsonObject.class);
        assertEquals(2, vs.size());
        assertTrue(vs.get(0).getJsonArray("changes").getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getString("what").equals("объём")
                && c.getString("before").equals("72") && c.getString("after").equals("144")), versions.body());
        assertEquals(0, vs.get(1).getJsonArray("changes").size(), "the first version changes nothing");
        Api.Reply history = clerk(s, "GET", "api/v1/agreements/" + a1.getJsonNumber("id") + "/history", null);
        assertTrue(history.body().contains("\"supersede\"") && history.body().contains("\"sign_executor\""), history.body());

        // each executor sees its own
        Api.Reply own = as(x2, "GET", "api/v1/agreements?size=50", null);
        assertEquals(200, own.status(), own.body());
        assertEquals(1, own.json().getJsonNumber("total").intValue(), own.body());
        assertEquals(403, as(x2, "GET", "api/v1/agreements/" + a1.getJsonNumber("id"), null).status());
        assertEquals(3, clerk(s, "GET", "api/v1/agreements?serviceId=" + s.volume().serviceId() + "&year=" + YEAR, null).json()
                .getJsonNumber("total").intValue(), "two versions and the other draft");
        assertEquals(400, clerk(s, "GET", "api/v1/agreements?status=NOPE", null).status());

        // printed
        byte[] pdf = api.bytes("api/v1/agreements/" + signed2.json().getJsonNumber("id") + "/agreement.pdf", s.clerk().login(), s.password());
        String text = Pdf.text(pdf).replace('\u00A0', ' ');
        for (String expected : List.of("СОГЛАШЕНИЕ № " + a1.getString("number"), "редакция 2", "1. Предмет Соглашения", "144",
                "24 415,20", "авансом в размере 75 %", "40702810938000000001")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        byte[] docx = api.bytes("api/v1/agreements/" + signed2.json().getJsonNumber("id") + "/agreement.docx", x1.login(), RegistryFixtures.PASSWORD);
        assertTrue(docx.length > 2000 && docx[0] == 'P' && docx[1] == 'K', "a DOCX of " + docx.length + " bytes");
    }

    @Test
    void aReplacedTemplatePrintsUntilRevertedAndABrokenOneIsRefused() throws Exception {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "шаблон соглашения", 1);
        EnrolmentFixtures.executor(api, s, "Шаблон");
        Api.Reply generated = clerk(s, "POST", "api/v1/agreements/generate", "{\"serviceId\":" + s.volume().serviceId() + ",\"year\":" + YEAR
                + ",\"paymentMode\":\"REIMBURSEMENT\",\"kind\":\"CERTIFICATE_REIMBURSEMENT\",\"volume\":10}");
        assertEquals(201, generated.status(), generated.body());
        String pdfPath = "api/v1/agreements/" + generated.json().getJsonArray("created").getJsonObject(0).getJsonNumber("id") + "/agreement.pdf";
        assertTrue(Pdf.text(api.bytes(pdfPath, s.clerk().login(), s.password())).contains("о возмещении затрат"));

        String name = "agreement/agreement";
        byte[] shipped = api.bytes("api/v1/print-templates/template.jrxml?name=" + name + "&shipped=true", "admin", "demo");
        String replaced = new String(shipped, StandardCharsets.UTF_8).replace("8. Реквизиты и подписи сторон", "8. Адреса, реквизиты и подписи (форма финоргана)");
        assertEquals(403, api.send("PUT", "api/v1/print-templates?name=" + name + "&fileName=a.jrxml", replaced, "application/xml",
                s.clerk().login(), s.password()).status(), "administrators only");
        Api.Reply broken = api.send("PUT", "api/v1/print-templates?name=" + name + "&fileName=broken.jrxml",
                replaced.replace("<field name=\"cAmount\" class=\"java.lang.String\"/>", "").replace("$F{cAmount}", "\"\""), "application/xml", "admin", "demo");
        assertEquals(400, broken.status(), broken.body());
        assertTrue(broken.body().contains("поле cAmount"), broken.body());
        Api.Reply ok = api.send("PUT", "api/v1/print-templates?name=" + name + "&fileName=finorgan.jrxml", replaced, "application/xml", "admin", "demo");
        try {
            assertEquals(200, ok.status(), ok.body());
            assertTrue(ok.json().getBoolean("replaced"));
            assertTrue(Pdf.text(api.bytes(pdfPath, s.clerk().login(), s.password())).contains("форма финоргана"), "the replacement prints");
        } finally {
            Api.Reply reverted = api.send("DELETE", "api/v1/print-templates?name=" + name, null, "admin", "demo");
            assertEquals(200, reverted.status(), reverted.body());
        }
        String after = Pdf.text(api.bytes(pdfPath, s.clerk().login(), s.password()));
        assertTrue(after.contains("8. Реквизиты и подписи сторон") && !after.contains("форма финоргана"), "the shipped one again");
    }
}
