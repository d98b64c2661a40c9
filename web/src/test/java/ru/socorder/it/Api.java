package ru.socorder.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A small HTTP client for the REST API as an external system of the ministry would call it. */
public final class Api {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    public Api(URL deployment) {
        String s = deployment.toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
    }

    public record Reply(int status, String contentType, String body, HttpHeaders headers) {
        public Reply(int status, String contentType, String body) {
            this(status, contentType, body, HttpHeaders.of(Map.of(), (name, value) -> true));
        }

        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }
    }

    public Reply get(String path, String login, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (login != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return send(b.build());
    }

    public Reply get(String path) {
        return get(path, null, null);
    }

    public Reply send(String method, String path, String json, String login, String password) {
        return send(method, path, json, "application/json", login, password);
    }

    /** Any method with any body and content type (null body: none; null type: no Content-Type header). */
    public Reply send(String method, String path, String body, String contentType, String login, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    /** Sends raw bytes (file uploads) as the demo clerk. */
    public Reply put(String path, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/octet-stream")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("clerk:demo".getBytes(StandardCharsets.UTF_8))).build();
        return send(request);
    }

    /** As the demo clerk. */
    public Reply post(String path, String json) {
        return send("POST", path, json, "clerk", "demo");
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json, "clerk", "demo");
    }

    /** The raw bytes of a download, as the demo clerk. */
    public byte[] bytes(String path) {
        return bytes(path, "clerk", "demo");
    }

    /** The body of a GET as bytes (files), as the given user. */
    public byte[] bytes(String path, String login, String password) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET()
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8))).build();
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply clerkGet(String path) {
        return get(path, "clerk", "demo");
    }

    /** Polls {@code GET /api/v1/jobs/{id}} as the clerk until the job has ended (60 s at most); the job's JSON. */
    public JsonObject awaitJob(long id) {
        return awaitJob(id, "clerk", "demo");
    }

    /** Waits until a job the user may see has ended (a minute at most). */
    public JsonObject awaitJob(long id, String login, String password) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonObject job = get("api/v1/jobs/" + id, login, password).json();
            String status = job.getString("status");
            if (!status.equals("RUNNING") && !status.equals("PREVIEWED")) {
                return job;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("job " + id + " still " + status + ": " + job);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON request with extra headers (name, value, name, value …), e.g. {@code Idempotency-Key}. */
    public Reply sendWithHeaders(String method, String path, String json, String login, String password, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }
}
