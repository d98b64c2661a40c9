package ru.socorder.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A Payara Micro of a test's own with the real WAR on an H2 file database in a folder of its own (embedded H2, so
 * demo mode: the demo data and users), for tests that must own the server rather than share the suite's one — to
 * kill it ({@link JobCrashIT}) or to read the database's trace ({@link OrderReadSqlIT}). Every start uses the same
 * database; {@link #close()} kills what was started and deletes the folder.
 */
final class OwnServer implements AutoCloseable {
    private final Path work;
    private final Path postboot;
    private final int port;
    private final String jvmOption;
    private final List<Process> started = new ArrayList<>();

    /**
     * @param name         prefix of the temporary folder
     * @param h2Settings   settings appended to the H2 URL ({@code ;NAME=value…}), or ""
     * @param jvmOption    one more option of the server's JVM (a system property)
     */
    OwnServer(String name, String h2Settings, String jvmOption) throws IOException {
        this.work = Files.createTempDirectory(name);
        this.postboot = work.resolve("h2.asadmin");
        this.jvmOption = jvmOption;
        String url = "jdbc:h2:" + database() + h2Settings;
        Files.writeString(postboot, "create-jdbc-connection-pool --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype "
                + "javax.sql.DataSource --property url=" + url.replace(":", "\\:").replace("=", "\\=")
                + " socorder-pool\ncreate-jdbc-resource --connectionpoolid socorder-pool jdbc/socorder\n");
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
    }

    /** The database's path without H2's file ending (its trace is this + {@code .trace.db}). */
    Path database() {
        return work.resolve("db");
    }

    URL url() {
        try {
            return new URL("http://127.0.0.1:" + port + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server and waits until it answers {@code /api/v1/health}. */
    Process start() throws IOException, InterruptedException {
        Path log = work.resolve("server-" + started.size() + ".log");
        Process p = new ProcessBuilder("java", "-Xmx512m", jvmOption, "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("socorder.war"), "--contextroot", "/", "--port", String.valueOf(port), "--nocluster",
                "--postbootcommandfile", postboot.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(p);
        Api api = new Api(url());
        long until = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < until) {
            if (!p.isAlive()) {
                throw new AssertionError("server stopped: " + Files.readString(log));
            }
            try {
                if (api.get("api/v1/health").status() == 200) {
                    return p;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("server did not start: " + Files.readString(log));
    }

    @Override
    public void close() throws IOException {
        for (Process p : started) {
            p.destroyForcibly();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (var files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
