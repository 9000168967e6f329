package app.haat.twonodes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The portal's API as a client sees it: Basic credentials, JSON or raw bodies, answers as strings or bytes. */
final class Client {

    private final HttpClient http;

    Client(int threads) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(java.util.concurrent.Executors.newFixedThreadPool(threads))
                .build();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String method, String url, String user, String password, String type, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> json(String method, String url, String user, String password, String json)
            throws IOException, InterruptedException {
        return send(
                method,
                url,
                user,
                password,
                json == null ? null : "application/json",
                json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> bytes(String url, String user, String password) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", basic(user, password))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** p50/p95/max of durations in nanoseconds, as milliseconds. */
    static long[] percentiles(java.util.List<Long> nanos) {
        java.util.List<Long> sorted = nanos.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return new long[] {0, 0, 0};
        }
        return new long[] {
            sorted.get(sorted.size() / 2) / 1_000_000,
            sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1_000_000,
            sorted.getLast() / 1_000_000
        };
    }
}
