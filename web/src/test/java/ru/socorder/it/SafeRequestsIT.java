package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Changes happen only in postbacks carrying the page's server-side view state: every page of the application, opened
 * with GET and any parameters, changes nothing; a forged POST without the view state changes nothing. With that
 * proven, cards open from a plain link (a bookmark, a link in a letter) like any web page.
 */
class SafeRequestsIT extends IntegrationTest {
    private static final Path PAGES = Path.of("src", "main", "webapp");
    private final Api api = new Api(base());

    /** Everything the application keeps, as the administrator reads it through the API. */
    private Map<String, String> fingerprint() {
        Map<String, String> sb = new LinkedHashMap<>();
        for (String list : List.of("executors?size=500", "services?size=500", "territories?size=500", "directions?size=500",
                "authorities?size=500", "units?size=500", "decisions?size=500", "social-orders?size=500", "users?size=500")) {
            Api.Reply r = api.get("api/v1/" + list, "admin", "demo");
            assertEquals(200, r.status(), list + ": " + r.body());
            sb.put(list, r.body());
        }
        return sb;
    }

    private static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(p -> p.toString().endsWith(".xhtml") && !p.toString().contains("WEB-INF"))
                    .map(p -> PAGES.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** Ids of real records for the cards: the pages then do their full work on GET. */
    private Map<String, String> ids() {
        JsonObject order = api.clerkGet("api/v1/social-orders?size=1").json().getJsonArray("items").getJsonObject(0);
        JsonObject decision = api.clerkGet("api/v1/decisions?size=1").json().getJsonArray("items").getJsonObject(0);
        JsonObject executor = api.clerkGet("api/v1/executors?size=1").json().getJsonArray("items").getJsonObject(0);
        JsonObject service = api.clerkGet("api/v1/services?size=1").json().getJsonArray("items").getJsonObject(0);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("order/order.xhtml", order.get("id").toString());
        ids.put("decision/decision.xhtml", decision.get("id").toString());
        ids.put("decision/decision-new.xhtml", decision.get("id").toString());
        ids.put("catalog/executor.xhtml", executor.get("id").toString());
        ids.put("catalog/service.xhtml", service.get("id").toString());
        ids.put("catalog/territory.xhtml", id("territories"));
        ids.put("catalog/direction.xhtml", id("directions"));
        ids.put("catalog/authority.xhtml", id("authorities"));
        ids.put("catalog/unit.xhtml", id("units"));
        ids.put("admin/user.xhtml", api.get("api/v1/users?size=1", "admin", "demo").json().getJsonArray("items").getJsonObject(0).get("id").toString());
        return ids;
    }

    private String id(String list) {
        return api.get("api/v1/" + list + "?size=1", "admin", "demo").json().getJsonArray("items").getJsonObject(0).get("id").toString();
    }

    @Test
    void getRequestsWithAnyParametersAndForgedPostsChangeNothing() throws Exception {
        List<String> pages = pages();
        assertTrue(pages.size() >= 20, "every page of the application: " + pages);
        Map<String, String> ids = ids();
        Map<String, String> before = fingerprint();
        List<String> problems = new ArrayList<>();
        for (String user : List.of("admin", "clerk")) {
            Session session = new Session(user);
            for (String page : pages) {
                String id = ids.getOrDefault(page, "1");
                for (String query : List.of("", "?id=" + id, "?id=" + id + "&action=delete&delete=true&confirm=true&version=0&status=APPROVED",
                        "?id=" + id + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=main:save&main:save=main:save")) {
                    int status = session.get(page + query);
                    if (status >= 500) {
                        problems.add(user + " GET " + page + query + " → " + status);
                    }
                }
                Map<String, String> forged = new LinkedHashMap<>();
                forged.put("main", "main");
                forged.put("main:save", "main:save");
                forged.put("main:submit", "main:submit");
                forged.put("main:title", "Подделанный запрос");
                forged.put("jakarta.faces.partial.ajax", "true");
                forged.put("jakarta.faces.source", "main:save");
                forged.put("jakarta.faces.partial.execute", "@all");
                int status = session.post(page + "?id=" + id, forged);
                if (status >= 500) {
                    problems.add(user + " forged POST " + page + " → " + status);
                }
            }
        }
        assertEquals(List.of(), problems);
        Map<String, String> after = fingerprint();
        for (String list : before.keySet()) {
            String x = before.get(list);
            String y = after.get(list);
            int at = 0;
            while (at < Math.min(x.length(), y.length()) && x.charAt(at) == y.charAt(at)) {
                at++;
            }
            assertEquals(x, y, list + " changed at «" + x.substring(Math.max(0, at - 200), Math.min(x.length(), at + 100)) + "» → «"
                    + y.substring(Math.max(0, at - 200), Math.min(y.length(), at + 100)) + "»");
        }
    }

    @Test
    void aCardOpensFromAPlainLink() {
        Map<String, String> ids = ids();
        Session session = new Session("clerk");
        for (String card : List.of("catalog/executor.xhtml", "catalog/service.xhtml", "catalog/authority.xhtml", "order/order.xhtml",
                "decision/decision.xhtml")) {
            String body = session.body(card + "?id=" + ids.get(card));
            assertTrue(!body.contains("Эта страница открывается только по ссылке из приложения") && body.contains("jakarta.faces.ViewState"),
                    card + " opens from a bookmark");
        }
    }

    /** A browser-like session: cookies kept, HTTP Basic for the login. */
    private final class Session {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        private final String authorization;

        Session(String user) {
            authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        }

        int get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET()).statusCode();
        }

        String body(String path) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).GET());
            assertEquals(200, r.statusCode(), path);
            return r.body();
        }

        int post(String path, Map<String, String> form) {
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Faces-Request", "partial/ajax").POST(HttpRequest.BodyPublishers.ofString(body.toString()))).statusCode();
        }

        private URI uri(String path) {
            String s = base().toString();
            return URI.create((s.endsWith("/") ? s : s + "/") + path);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.header("Authorization", authorization).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
