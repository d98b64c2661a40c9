package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Twenty clerks save the same draft with the same version at the same moment — the header only, the lines only, or
 * both: exactly one wins, the others get 409 «перечитайте», and the stored order is the winner's. The one line per
 * service rule holds whatever the interleaving.
 */
class ConcurrentOrderSavesIT extends IntegrationTest {
    private static final int WRITERS = 20;
    private final Api api = new Api(base());

    @Test
    void ofTwentyParallelSavesWithOneVersionExactlyOneWins() throws Exception {
        JsonObject me = api.clerkGet("api/v1/me").json();
        String service = jakarta.json.Json.createReader(new StringReader(
                api.clerkGet("api/v1/services/by-registry-number/804200О.99.0.ББ52АЕ04000").body())).readArray().stream()
                .map(v -> v.asJsonObject()).filter(s -> s.getJsonNumber("territoryId").longValue()
                        == api.get("api/v1/authorities/" + me.getJsonObject("organisation").getInt("id"), "admin", "demo").json()
                        .getJsonNumber("territoryId").longValue())
                .findFirst().orElseThrow().get("id").toString();
        Api.Reply created = api.post("api/v1/social-orders", "{\"directionCode\":\"04\",\"fiscalYear\":2028,\"title\":\"Заказ для "
                + "параллельных сохранений на 2028 год\",\"lines\":[]}");
        assertEquals(201, created.status(), created.body());
        String path = "api/v1/social-orders/" + created.json().getJsonNumber("id").longValue();

        race(path, "header only", i -> ",\"title\":\"Заказ на 2028 год, сохранение " + i + "\"",
                (o, i) -> o.getString("title").equals("Заказ на 2028 год, сохранение " + i));
        race(path, "lines only", i -> ",\"lines\":[" + line(service, i) + "]",
                (o, i) -> o.getJsonArray("lines").size() == 1
                        && o.getJsonArray("lines").getJsonObject(0).getJsonArray("years").getJsonObject(0).getInt("total") == 100 + i);
        race(path, "header and lines", i -> ",\"title\":\"Заказ, полная запись " + i + "\",\"lines\":[" + line(service, i) + "]",
                (o, i) -> o.getString("title").equals("Заказ, полная запись " + i) && o.getJsonArray("lines").size() == 1
                        && o.getJsonArray("lines").getJsonObject(0).getJsonArray("years").getJsonObject(0).getInt("total") == 100 + i);
    }

    private static String line(String service, int i) {
        return "{\"serviceId\":" + service + ",\"unitCode\":\"539\",\"years\":[{\"year\":2028,\"total\":" + (100 + i)
                + ",\"treasury\":0,\"budgetAutonomous\":" + (100 + i) + ",\"competition\":0,\"certificates\":0}]}";
    }

    private void race(String path, String what, IntFunction<String> change, java.util.function.BiPredicate<JsonObject, Integer> isWinners)
            throws Exception {
        int version = api.clerkGet(path).json().getInt("version");
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String body = "{\"version\":" + version + change.apply(i) + "}";
            replies.add(pool.submit(() -> {
                start.await();
                return api.put(path, body);
            }));
        }
        start.countDown();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int winner = -1;
        JsonObject winnersReply = null;
        for (int i = 0; i < WRITERS; i++) {
            Api.Reply r = replies.get(i).get(60, TimeUnit.SECONDS);
            statuses.merge(r.status(), 1, Integer::sum);
            if (r.status() == 200) {
                winner = i;
                winnersReply = r.json();
            }
        }
        pool.shutdown();
        System.out.printf("Concurrent saves (%s): %s%n", what, statuses);
        assertEquals(Map.of(200, 1, 409, WRITERS - 1), statuses, what + ": one save wins, the others are told to reload");
        JsonObject stored = api.clerkGet(path).json();
        final int w = winner;
        assertEquals(true, isWinners.test(stored, w), what + ": the stored order is the winner's (save " + w + "): " + stored);
        assertEquals(stored.getInt("version"), winnersReply.getInt("version"), "the winner was told the version it created");
        assertEquals(version + 1, stored.getInt("version"), what + ": one change, one new version");
    }
}
