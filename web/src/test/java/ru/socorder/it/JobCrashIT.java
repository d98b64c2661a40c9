package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Ogrn;

/**
 * An import killed with the server (SIGKILL, no shutdown) is re-run after the restart and leaves every row exactly
 * once: a Payara Micro of its own on an H2 file database is started, an import of many rows is confirmed, the server
 * is killed while the job writes, started again on the same database; the job is INTERRUPTED with whole chunks
 * written (as many executors in the directory as rows marked written), and a re-run completes the rest. The same for
 * a payment run, whose area also learns at the restart that its job was cut off.
 */
class JobCrashIT {
    private static final int ROWS = 10_000;
    private static final String MARK = "Крах-тест";
    private static final String PASSWORD = "Crash-pass-2026";
    private OwnServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anImportKilledWithTheServerIsReRunAndLeavesEachRowExactlyOnce() throws Exception {
        // WRITE_DELAY=0: a chunk the job has committed is on disk when the server is killed. H2's default delays the
        // write by up to half a second, so a kill could take the first chunks with it and the test would see nothing
        // written before the kill (what it checks is the job's recovery, not H2's durability; PostgreSQL writes at once)
        server = new OwnServer("socorder-crash", ";WRITE_DELAY=0", "-DSOCORDER_ADMIN_PASSWORD=crash-admin");
        Api api = new Api(server.url());

        Process first = server.start();
        Api.Reply preview = api.send("POST", "api/v1/executors/import?fileName=crash.csv", file(), "text/csv", "clerk", "demo");
        assertEquals(200, preview.status(), preview.body());
        long id = preview.json().getJsonObject("job").getInt("id");
        // started on its own (the answer is the job alone), so that watching it begins at once
        Api.Reply started = api.send("POST", "api/v1/jobs/" + id + "/start", null, null, "clerk", "demo");
        assertEquals(202, started.status(), started.body());
        JsonObject seen = api.clerkGet("api/v1/jobs/" + id + "?size=1").json();
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (seen.getInt("processed") < 1_000 && seen.getString("status").equals("RUNNING") && System.nanoTime() < until) {
            Thread.sleep(20);
            seen = api.clerkGet("api/v1/jobs/" + id + "?size=1").json();
        }
        first.destroyForcibly().waitFor();
        assertEquals("RUNNING", seen.getString("status"), "the server was killed while the job was writing: " + seen);
        assertTrue(seen.getInt("processed") < ROWS, seen.toString());

        server.start();
        JsonObject interrupted = api.clerkGet("api/v1/jobs/" + id + "?size=1").json();
        assertEquals("INTERRUPTED", interrupted.getString("status"), interrupted.toString());
        int written = interrupted.getInt("processed");
        assertTrue(written > 0 && written < ROWS, "part of the rows was written before the kill: " + interrupted);
        assertEquals(0, written % 200, "only whole chunks are written: " + written);
        assertEquals(written, executors(api), "as many executors in the directory as rows marked written — no half-written chunk");

        System.out.printf("JobCrashIT: killed after %,d of %,d rows; %,d written and marked before the kill, re-run pending%n",
                seen.getInt("processed"), ROWS, written);
        Api.Reply rerun = api.send("POST", "api/v1/jobs/" + id + "/rerun", null, null, "clerk", "demo");
        assertEquals(200, rerun.status(), rerun.body());
        JsonObject done = api.awaitJob(id);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(ROWS, done.getInt("processed"));
        assertEquals(0, done.getInt("failed"), "no row of the re-run met its own earlier write");
        assertEquals(2, done.getInt("attempts"));
        assertEquals(ROWS, executors(api), "every row of the file exactly once");
        assertEquals(0, api.clerkGet("api/v1/jobs/" + id + "?size=1&q=FAILED").json().getJsonObject("rows").getInt("total"));
    }

    /**
     * A payment run cut off by a server kill is shown cut off after the restart — the run FAILED, as when its job
     * fails, its job INTERRUPTED; never RUNNING with nothing running — and any clerk of the authority, not only the one
     * who started it, resumes it to the totals of a clean run. On the demo data (Luga, September 2024 submitted) the
     * run is cut after its first agreement by the test hook, the server is killed and the run and its job are set back
     * to RUNNING in the database: what a kill in the middle of a chunk leaves (the chunk's rows roll back with the
     * process), made deterministic. The real kill of a large run, with its figures, is
     * {@code web/bench/payment-run-kill.sh}.
     */
    @Test
    void aRunCutOffByAServerKillShowsCutOffAndAnotherClerkResumesIt() throws Exception {
        server = new OwnServer("socorder-payment-crash", ";WRITE_DELAY=0", "-Dsocorder.testHooks=true");
        Api api = new Api(server.url());
        Process first = server.start();
        long authority = api.get("api/v1/me", "clerk", "demo").json().getJsonObject("organisation").getJsonNumber("id").longValue();
        Api.Reply user = api.send("POST", "api/v1/users", "{\"login\":\"clerk-two\",\"fullName\":\"Второй специалист\",\"active\":true,"
                + "\"roles\":[\"AUTHORITY_CLERK\"],\"authorityId\":" + authority + ",\"password\":\"" + PASSWORD + "\"}", "admin", "demo");
        assertEquals(201, user.status(), user.body());
        String month = "{\"authorityId\":" + authority + ",\"month\":\"2024-09\"}";

        assertEquals(204, api.send("POST", "api/v1/payment-runs/test-hook?failAfterChunks=1", null, "admin", "demo").status());
        Api.Reply started = api.send("POST", "api/v1/payment-runs", month, "clerk", "demo");
        assertEquals(202, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        JsonObject cut = PaymentFixtures.await(api, id, "clerk", "demo");
        assertEquals(1, cut.getInt("processed"), cut.toString());
        assertTrue(cut.getInt("agreements") > 1, cut.toString());
        long job = cut.getJsonNumber("jobId").longValue();
        first.destroyForcibly().waitFor();
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + server.database(), "", ""); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("update payment_run set status = 'RUNNING' where id = " + id));
            assertEquals(1, s.executeUpdate("update job_run set status = 'RUNNING', finished_at = null, message = null where id = " + job));
        }

        server.start();
        JsonObject after = api.get("api/v1/payment-runs/" + id, "clerk-two", PASSWORD).json();
        assertEquals("FAILED", after.getString("status"), "the run of a job the server stop cut off is cut off: " + after);
        assertEquals("INTERRUPTED", after.getString("jobStatus"), after.toString());
        assertEquals(1, after.getInt("processed"), after.toString());
        assertEquals(0, api.get("api/v1/payment-runs/" + id + "/invoices", "clerk-two", PASSWORD).json().getInt("total"));

        Api.Reply again = api.send("POST", "api/v1/payment-runs", month, "clerk-two", PASSWORD);
        assertEquals(202, again.status(), "a clerk of the authority resumes the run another clerk started: " + again.body());
        JsonObject resumed = PaymentFixtures.await(api, id, "clerk-two", PASSWORD);
        assertEquals("READY", resumed.getString("status"), resumed.toString());
        assertEquals(job, resumed.getJsonNumber("jobId").longValue(), "resumed, not started again");
        assertEquals(resumed.getInt("agreements"), resumed.getInt("processed"));
        Api.Reply rebuilt = api.send("POST", "api/v1/payment-runs", month, "clerk-two", PASSWORD); // READY: rebuilt from scratch
        assertEquals(202, rebuilt.status(), rebuilt.body());
        JsonObject clean = PaymentFixtures.await(api, id, "clerk-two", PASSWORD);
        assertEquals("READY", clean.getString("status"), clean.toString());
        for (String total : List.of("totalDue", "totalAdvance", "totalDelivered")) {
            assertEquals(0, clean.getJsonNumber(total).bigDecimalValue().compareTo(resumed.getJsonNumber(total).bigDecimalValue()), total);
        }
        assertEquals(clean.getInt("invoices"), resumed.getInt("invoices"));
    }

    private static int executors(Api api) {
        return api.clerkGet("api/v1/executors?size=1&q=" + java.net.URLEncoder.encode(MARK, java.nio.charset.StandardCharsets.UTF_8))
                .json().getInt("total");
    }

    private static String file() {
        StringBuilder csv = new StringBuilder("Тип;Полное наименование;ИНН;КПП;ОГРН\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("НКО;АНО «").append(MARK).append(" ").append(i).append("»;")
                    .append(Inn.withCheckDigits(String.format("66%07d", i))).append(";660101001;")
                    .append(Ogrn.withCheckDigit(String.format("10266%07d", i))).append('\n');
        }
        return csv.toString();
    }
}
