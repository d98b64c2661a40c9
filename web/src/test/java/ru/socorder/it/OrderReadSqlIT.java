package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The read paths of an order send a bounded number of SQL statements to the database, and what they send does not
 * grow with the order beyond a known allowance per line: the order screen, the printed form (PDF and XLSX) of a
 * 2-line and a 20-line order, and the order list (page and API) before and after two more orders exist. Counted on
 * a Payara Micro of its own whose H2 database traces every statement it executes (TRACE_LEVEL_FILE=2: the figures
 * are what reaches the database, nothing in the application is configured for it), in one form-login session per
 * user, so the password check is not counted; each request is made twice and the second is counted (warm caches).
 * The same counting for the demo orders, before and after a change, is {@code web/bench/sql-counts.sh}.
 */
class OrderReadSqlIT {
    /**
     * Statements per order line allowed: none — the lines, their volumes, units, services, quality indicators and the
     * services' indicators are read for all lines at once ({@code OrderFormationService.get}).
     */
    private static final int PER_LINE = 0;
    /** Statements of the order screen and of the printed form apart from the per-line allowance. */
    private static final int SCREEN_FIXED = 20;
    private static final int PRINT_FIXED = 15;
    /** Statements of the order list (page: scope, page, count, the authority's directions; API: page and count). */
    private static final int LIST_PAGE = 8;
    private static final int LIST_API = 5;
    private static final Pattern STATEMENT = Pattern.compile("/\\*SQL[^*]*\\*/\\s*(\\w+)([^\\n]*)");

    @Test
    void orderScreenListAndPrintSendABoundedNumberOfStatements() throws Exception {
        try (OwnServer server = new OwnServer("socorder-sql", ";TRACE_LEVEL_FILE=2;TRACE_MAX_FILE_SIZE=4000",
                "-DSOCORDER_ADMIN_PASSWORD=sql-admin")) {
            server.start();
            measure(server);
        }
    }

    private static void measure(OwnServer server) throws IOException, InterruptedException {
        Api api = new Api(server.url());
        Trace trace = new Trace(Path.of(server.database() + ".trace.db"));
        Fixtures.Clerk small = Fixtures.lugaClerk(api, "подсчёт запросов, 2 строки");
        Fixtures.Clerk big = Fixtures.lugaClerk(api, "подсчёт запросов, 20 строк");
        List<String> services = services(api, small, 20);

        URI base = URI.create(server.url().toString());
        Session admin = new Session(base, "admin", "demo");
        Counts listPage = trace.count(admin, "order/orders.xhtml");
        Counts listApi = trace.count(admin, "api/v1/social-orders");
        long twoLines = order(api, small, services.subList(0, 2));
        long twentyLines = order(api, big, services);

        Session clerk2 = new Session(base, small.login(), small.password());
        Session clerk20 = new Session(base, big.login(), big.password());
        Counts screen2 = trace.count(clerk2, "order/order.xhtml?id=" + twoLines);
        Counts screen20 = trace.count(clerk20, "order/order.xhtml?id=" + twentyLines);
        Counts pdf2 = trace.count(clerk2, "api/v1/social-orders/" + twoLines + "/form.pdf");
        Counts pdf20 = trace.count(clerk20, "api/v1/social-orders/" + twentyLines + "/form.pdf");
        Counts xlsx2 = trace.count(clerk2, "api/v1/social-orders/" + twoLines + "/form.xlsx");
        Counts xlsx20 = trace.count(clerk20, "api/v1/social-orders/" + twentyLines + "/form.xlsx");
        Counts listPageLater = trace.count(admin, "order/orders.xhtml");
        Counts listApiLater = trace.count(admin, "api/v1/social-orders");
        System.out.printf("OrderReadSqlIT: SQL statements — order screen 2 lines %d, 20 lines %d; PDF %d / %d; XLSX %d / %d; "
                        + "order list page %d → %d, API %d → %d (2 → 4 orders)%n", screen2.total(), screen20.total(), pdf2.total(),
                pdf20.total(), xlsx2.total(), xlsx20.total(), listPage.total(), listPageLater.total(), listApi.total(), listApiLater.total());

        for (Counts c : List.of(listPage, listApi, screen2, screen20, pdf2, pdf20, xlsx2, xlsx20, listPageLater, listApiLater)) {
            assertEquals(c.total(), c.selects(), "a read path writes nothing: " + c);
        }
        grows(screen2, screen20, SCREEN_FIXED);
        grows(pdf2, pdf20, PRINT_FIXED);
        grows(xlsx2, xlsx20, PRINT_FIXED);
        assertTrue(listPage.total() <= LIST_PAGE, "order list page: " + listPage);
        assertTrue(listApi.total() <= LIST_API, "order list API: " + listApi);
        assertTrue(listPageLater.total() <= listPage.total(), "the list page does not grow with the orders: " + listPageLater);
        assertTrue(listApiLater.total() <= listApi.total(), "the list API does not grow with the orders: " + listApiLater);
    }

    /** The path's statements for 2 and for 20 lines: within the fixed bound plus the allowance per line. */
    private static void grows(Counts two, Counts twenty, int fixed) {
        assertTrue(two.total() <= fixed + 2 * PER_LINE, two.toString());
        assertTrue(twenty.total() - two.total() <= 18 * PER_LINE, "18 more lines, at most " + PER_LINE + " statements each: "
                + two.total() + " → " + twenty + "\nfor 2 lines: " + two);
    }

    /** Services of the clerks' territory (direction 04, volume in person-hours, a quality indicator), their numbers. */
    private static List<String> services(Api api, Fixtures.Clerk clerk, int count) {
        long territory = api.get("api/v1/authorities/" + clerk.authorityId(), "admin", "demo").json().getJsonNumber("territoryId").longValue();
        long direction = api.get("api/v1/directions?size=100", "admin", "demo").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(d -> d.getString("code").equals("04")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String number = String.format("804200О.99.0.ЯЯ99АЖ%05d", i);
            Api.Reply created = api.send("POST", "api/v1/services", "{\"registryNumber\":\"" + number + "\",\"territoryId\":" + territory
                    + ",\"directionId\":" + direction + ",\"name\":\"Услуга для подсчёта запросов " + i + "\",\"normativeCost\":100,"
                    + "\"indicators\":[{\"kind\":\"VOLUME\",\"name\":\"Количество человеко-часов\",\"unitCode\":\"539\"},"
                    + "{\"kind\":\"QUALITY\",\"name\":\"Доля детей\",\"unitCode\":\"744\"}]}", "admin", "demo");
            assertEquals(201, created.status(), created.body());
            numbers.add(number);
        }
        return numbers;
    }

    /** A draft order of the clerk's authority for 2027 with a line per service: volumes and quality for three years. */
    private static long order(Api api, Fixtures.Clerk clerk, List<String> services) {
        StringBuilder lines = new StringBuilder();
        for (String number : services) {
            StringBuilder years = new StringBuilder();
            StringBuilder quality = new StringBuilder();
            for (int y = 2027; y <= 2029; y++) {
                String comma = y == 2027 ? "" : ",";
                years.append(comma).append("{\"year\":").append(y)
                        .append(",\"total\":100,\"treasury\":0,\"budgetAutonomous\":60,\"competition\":0,\"certificates\":40}");
                quality.append(comma).append("{\"year\":").append(y)
                        .append(",\"indicator\":\"Доля детей\",\"unitCode\":\"744\",\"value\":80,\"deviation\":10,\"deviationInPercent\":true}");
            }
            lines.append(lines.length() == 0 ? "" : ",").append("{\"registryNumber\":\"").append(number)
                    .append("\",\"unitCode\":\"539\",\"volumeIndicator\":\"Количество человеко-часов\",\"years\":[").append(years)
                    .append("],\"quality\":[").append(quality).append("]}");
        }
        Api.Reply created = api.send("POST", "api/v1/social-orders", "{\"directionCode\":\"04\",\"fiscalYear\":2027,\"title\":"
                + "\"Заказ для подсчёта запросов\",\"lines\":[" + lines + "]}", clerk.login(), clerk.password());
        assertEquals(201, created.status(), created.body());
        assertEquals(services.size(), created.json().getJsonArray("lines").size());
        return created.json().getJsonNumber("id").longValue();
    }

    /** The statements of one request by kind, and their text for a failure message. */
    record Counts(String path, int selects, int writes, List<String> statements) {
        int total() {
            return statements.size();
        }

        @Override
        public String toString() {
            return statements.size() + " statements (" + selects + " SELECT, " + writes + " INSERT/UPDATE/DELETE) for " + path
                    + ":\n  " + String.join("\n  ", statements);
        }
    }

    /** The database's trace file: each statement executed is a line of its own behind H2's {@code SQL} marker comment. */
    private static final class Trace {
        private final Path file;

        Trace(Path file) {
            this.file = file;
        }

        /** The request made twice; the statements of the second (transaction control is not counted). */
        Counts count(Session session, String path) throws IOException, InterruptedException {
            session.get(path);
            long from = settled();
            session.get(path);
            long to = settled();
            String text;
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
                byte[] bytes = new byte[(int) (to - from)];
                f.seek(from);
                f.readFully(bytes);
                text = new String(bytes, StandardCharsets.UTF_8);
            }
            int selects = 0;
            int writes = 0;
            List<String> statements = new ArrayList<>();
            Matcher m = STATEMENT.matcher(text);
            while (m.find()) {
                String kind = m.group(1).toUpperCase(Locale.ROOT);
                if (List.of("COMMIT", "ROLLBACK", "SET").contains(kind)) {
                    continue;
                }
                selects += kind.equals("SELECT") ? 1 : 0;
                writes += List.of("INSERT", "UPDATE", "DELETE", "MERGE").contains(kind) ? 1 : 0;
                statements.add(m.group(1) + m.group(2));
            }
            return new Counts(path, selects, writes, statements);
        }

        /** The trace's length once it has not grown for 300 ms (the server may finish work after the answer). */
        private long settled() throws IOException, InterruptedException {
            long before = -1;
            long now = Files.size(file);
            while (now != before) {
                before = now;
                Thread.sleep(300);
                now = Files.size(file);
            }
            return now;
        }
    }

    /** A browser's session: logged in through the login form, the session cookie on every request. */
    private static final class Session {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        private final URI base;

        Session(URI base, String login, String password) throws IOException, InterruptedException {
            this.base = base;
            assertEquals(200, send(HttpRequest.newBuilder(uri("login.xhtml")).GET()).statusCode());
            String form = "loginForm=loginForm&loginForm%3Ausername=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                    + "&loginForm%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                    + "&loginForm%3Asubmit=&jakarta.faces.ViewState=stateless";
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri("login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
            assertEquals(302, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Location").orElse("").contains("index.xhtml"), "logged in: " + r.headers());
        }

        void get(String path) throws IOException, InterruptedException {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), () -> path + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }

        private URI uri(String path) {
            return base.resolve(path);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
