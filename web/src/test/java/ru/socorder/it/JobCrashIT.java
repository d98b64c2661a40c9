package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Ogrn;

/**
 * An import killed with the server (SIGKILL, no shutdown) is re-run after the restart and leaves every row exactly
 * once: a Payara Micro of its own on an H2 file database is started, an import of many rows is confirmed, the server
 * is killed while the job writes, started again on the same database; the job is INTERRUPTED with whole chunks
 * written (as many executors in the directory as rows marked written), and a re-run completes the rest.
 */
class JobCrashIT {
    private static final int ROWS = 10_000;
    private static final String MARK = "Крах-тест";
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
