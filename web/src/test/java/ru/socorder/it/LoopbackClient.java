package ru.socorder.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * API calls from a chosen loopback source address (127.0.0.2, 127.0.0.3 …): the server sees another client
 * address, so per-address login throttling counts this client apart from the rest of the suite and from the other
 * tests. The JDK's HttpClient cannot bind a source address before Java 19, hence a plain HTTP/1.0 exchange over a
 * bound socket (HTTP/1.0: the server answers without chunking and closes the connection).
 */
final class LoopbackClient {
    private final String sourceAddress;
    private final int port;
    private final String root;

    LoopbackClient(URL deployment, String sourceAddress) {
        this.sourceAddress = sourceAddress;
        this.port = deployment.getPort();
        this.root = deployment.getPath().endsWith("/") ? deployment.getPath() : deployment.getPath() + "/";
    }

    /** A GET as the user (login null: without credentials). */
    Api.Reply get(String path, String login, String password) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(sourceAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            String authorization = login == null ? "" : "Authorization: Basic "
                    + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)) + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + root + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\nAccept: application/json\r\n"
                    + authorization + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }

    private static Api.Reply parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        HttpHeaders all = HttpHeaders.of(headers, (name, value) -> true);
        return new Api.Reply(status, all.firstValue("Content-Type").orElse(""), text.substring(end + 4), all);
    }
}
