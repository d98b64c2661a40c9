package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Data of the payment cycle a test makes for itself: an authority with certificates (see {@link EnrolmentFixtures}),
 * executors with contracts of 72 h at 169,55 руб. (January–June {@value CertificateFixtures#YEAR} unless the group's
 * dates are given), an agreement in execution per executor — generated, completed, sent and signed through
 * {@code /api/v1/agreements} by the clerk, the executor and the authority's approver — and delivered hours entered and
 * submitted through {@code /api/v1/usage}.
 */
final class PaymentFixtures {
    /** The hours of every contract (the fixtures' programmes are of 72 hours). */
    static final int CONTRACT_HOURS = 72;

    /** Valid bank details of a payee (the account's control key matches the БИК). */
    static final String BANK = "\"bank\":{\"payeeName\":\"АНО получатель\",\"account\":\"40702810938000000001\",\"bik\":\"044525225\","
            + "\"bankName\":\"ПАО Сбербанк\",\"correspondentAccount\":\"30101810400000000225\"}";

    /** An executor with its contracts' ids and its agreement in execution (as the API answered its signing). */
    record Party(RegistryFixtures.ExecutorUser user, List<Long> contracts, JsonObject agreement) {
        long executorId() {
            return user.executorId();
        }

        long agreementId() {
            return agreement.getJsonNumber("id").longValue();
        }
    }

    private PaymentFixtures() {
    }

    /** An executor of the setup with {@code contracts} contracts of January–June and an agreement (advance share in per cent, or null for reimbursement). */
    static Party party(Api api, EnrolmentFixtures.Setup s, String name, int contracts, String advanceShare) {
        return party(api, s, name, contracts, advanceShare, EnrolmentFixtures.GROUP_START, EnrolmentFixtures.GROUP_START.plusMonths(5));
    }

    /**
     * The same with the group's dates. The agreement is generated for the executor only (the setup's other executors
     * have theirs already), valid from today so that signing puts it in execution at once.
     */
    static Party party(Api api, EnrolmentFixtures.Setup s, String name, int contracts, String advanceShare, LocalDate startsOn, LocalDate endsOn) {
        RegistryFixtures.ExecutorUser x = EnrolmentFixtures.executor(api, s, name);
        EnrolmentFixtures.Group g = EnrolmentFixtures.group(api, s, x, "Программа " + name, 10, startsOn, endsOn);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < contracts; i++) {
            EnrolmentFixtures.Child c = EnrolmentFixtures.child(api, s, name + "ова" + i);
            ids.add(EnrolmentFixtures.contract(api, s, x, g, c).getJsonNumber("id").longValue());
        }
        return new Party(x, ids, agreement(api, s, x, advanceShare, contracts * CONTRACT_HOURS));
    }

    /** Generates the executor's draft (financing with the advance share, or reimbursement), completes it and has both sides sign it. */
    static JsonObject agreement(Api api, EnrolmentFixtures.Setup s, RegistryFixtures.ExecutorUser x, String advanceShare, int hours) {
        String generate = "{\"serviceId\":" + s.volume().serviceId() + ",\"year\":" + CertificateFixtures.YEAR + (advanceShare == null
                ? ",\"kind\":\"CERTIFICATE_REIMBURSEMENT\",\"paymentMode\":\"REIMBURSEMENT\""
                : ",\"kind\":\"CERTIFICATE_FINANCING\",\"paymentMode\":\"ADVANCE\",\"advanceShare\":" + advanceShare) + "}";
        Api.Reply generated = api.send("POST", "api/v1/agreements/generate", generate, s.clerk().login(), s.password());
        assertEquals(201, generated.status(), generated.body());
        JsonObject draft = generated.json().getJsonArray("created").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonObject("executor").getJsonNumber("id").longValue() == x.executorId()).findFirst()
                .orElseThrow(() -> new AssertionError("no draft for " + x.executorId() + " in " + generated.body()));
        String path = "api/v1/agreements/" + draft.getJsonNumber("id");
        Api.Reply saved = api.send("PUT", path, "{\"version\":" + draft.getJsonNumber("version") + ",\"validFrom\":\"" + LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE)
                + "\"," + BANK + ",\"lines\":[{\"year\":" + CertificateFixtures.YEAR + ",\"volume\":" + hours + "}]}", s.clerk().login(), s.password());
        assertEquals(200, saved.status(), saved.body());
        Api.Reply sent = api.send("POST", path + "/transitions", step("SEND", saved.json()), s.clerk().login(), s.password());
        assertEquals(200, sent.status(), sent.body());
        Api.Reply byExecutor = api.send("POST", path + "/transitions", step("SIGN_EXECUTOR", sent.json()), x.login(), RegistryFixtures.PASSWORD);
        assertEquals(200, byExecutor.status(), byExecutor.body());
        Api.Reply signed = api.send("POST", path + "/transitions", step("SIGN", byExecutor.json()), s.volume().approver(), s.password());
        assertEquals(200, signed.status(), signed.body());
        assertEquals("IN_EXECUTION", signed.json().getString("status"), signed.body());
        return signed.json();
    }

    private static String step(String action, JsonObject a) {
        return "{\"action\":\"" + action + "\",\"version\":" + a.getJsonNumber("version") + "}";
    }

    /** Enters the hours of the party's contracts for the month (one figure per contract) and submits the month; the usage rows. */
    static List<JsonObject> deliver(Api api, Party p, String month, String... hours) {
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < hours.length; i++) {
            Api.Reply r = api.send("POST", "api/v1/usage", "{\"contractId\":" + p.contracts().get(i) + ",\"month\":\"" + month
                    + "\",\"hours\":" + hours[i] + "}", p.user().login(), RegistryFixtures.PASSWORD);
            assertEquals(200, r.status(), r.body());
            rows.add(r.json().getJsonArray("items").getJsonObject(0));
        }
        Api.Reply submitted = api.send("POST", "api/v1/usage/months/" + p.executorId() + "/" + month + "/submit", null,
                p.user().login(), RegistryFixtures.PASSWORD);
        assertEquals(200, submitted.status(), submitted.body());
        return rows;
    }

    /** Starts (or resumes) the month's run as the clerk and waits until it is no longer running; the run. */
    static JsonObject run(Api api, EnrolmentFixtures.Setup s, String month) {
        Api.Reply started = api.send("POST", "api/v1/payment-runs", "{\"authorityId\":" + s.volume().authorityId() + ",\"month\":\""
                + month + "\"}", s.clerk().login(), s.password());
        assertEquals(202, started.status(), started.body());
        return await(api, s, started.json().getJsonNumber("id").longValue());
    }

    /** Waits up to a minute until the run's job is no longer running; by then the run is READY (or FAILED, if cut off). */
    static JsonObject await(Api api, EnrolmentFixtures.Setup s, long runId) {
        return await(api, runId, s.clerk().login(), s.password());
    }

    /** The same, watched by the given user. */
    static JsonObject await(Api api, long runId, String login, String password) {
        long until = System.nanoTime() + 60_000_000_000L;
        while (true) {
            Api.Reply r = api.get("api/v1/payment-runs/" + runId, login, password);
            assertEquals(200, r.status(), r.body());
            JsonObject run = r.json();
            if (!"RUNNING".equals(run.getString("jobStatus", "")) || System.nanoTime() > until) {
                assertTrue(!"RUNNING".equals(run.getString("jobStatus", "")), "the run still runs: " + run);
                assertTrue(!"RUNNING".equals(run.getString("status")), "the job ended, so the run is no longer running: " + run);
                return run;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
