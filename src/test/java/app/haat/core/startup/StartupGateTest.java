package app.haat.core.startup;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.support.FreePorts;
import app.haat.support.PortalProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole portal in demo mode (seconds of start-up work after the port opens), polled while it starts: until the
 * readiness probe says 200, every other request gets 503 with Retry-After; the liveness probe says 200 from the
 * start; once ready, the first account, the demo data and the search index are all there.
 */
@Tag("h2")
class StartupGateTest {

    private static final String ADMIN =
            "Basic " + Base64.getEncoder().encodeToString("admin:restart-admin-1".getBytes(StandardCharsets.UTF_8));
    private static final String READINESS = "/actuator/health/readiness";
    private static final String LIVENESS = "/actuator/health/liveness";
    private static final List<String> PAGES = List.of("/api/municipalities", "/login", "/catalogue", "/");

    @TempDir
    Path dataDir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One answer seen while polling; status -1: the port did not answer yet. */
    record Seen(String path, int status, String contentType, String retryAfter) {
        boolean answered() {
            return status != -1;
        }

        boolean probe() {
            return path.startsWith("/actuator/health");
        }
    }

    @Test
    void nothingButTheProbesAnswersBeforeStartUpIsComplete() throws Exception {
        int port = FreePorts.any();
        AtomicReference<ConfigurableApplicationContext> portal = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread starter = new Thread(
                () -> {
                    try {
                        portal.set(PortalProcess.start(dataDir, "server.port=" + port, "haat.demo=true"));
                    } catch (Throwable e) {
                        failure.set(e);
                    }
                },
                "portal-start");
        starter.start();
        List<Seen> seen = new ArrayList<>();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            boolean ready = false;
            while (!ready && System.nanoTime() < deadline && failure.get() == null) {
                Seen readiness = get(port, READINESS);
                seen.add(readiness);
                ready = readiness.status() == 200;
                if (!ready) {
                    seen.add(get(port, LIVENESS));
                    for (String page : PAGES) {
                        seen.add(get(port, page));
                    }
                    Thread.sleep(50);
                }
            }
            assertThat(failure.get()).as("start-up failed").isNull();
            assertThat(ready).as("readiness said 200 in the end").isTrue();

            // at once: the first account signs in, the demo groups exist and the search index holds all of them
            HttpResponse<String> municipalities = send(port, "/api/municipalities");
            assertThat(municipalities.statusCode()).isEqualTo(200);
            HttpResponse<String> search = send(port, "/api/groups/search?q=&limit=1");
            assertThat(search.statusCode()).isEqualTo(200);
            Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(search.body());
            assertThat(total.find()).isTrue();
            assertThat(Integer.parseInt(total.group(1)))
                    .as("groups the search index finds")
                    .isEqualTo(302);
            assertThat(send(port, "/login").statusCode()).isEqualTo(200);
        } finally {
            starter.join(Duration.ofSeconds(240));
            if (portal.get() != null) {
                portal.get().close();
            }
        }

        List<Seen> refused =
                seen.stream().filter(s -> !s.probe() && s.status() == 503).toList();
        assertThat(refused)
                .as("requests answered while starting (the window was observed)")
                .isNotEmpty();
        assertThat(refused)
                .allSatisfy(s -> assertThat(s.retryAfter()).as(s.path()).isNotBlank());
        assertThat(refused)
                .filteredOn(s -> s.path().startsWith("/api/"))
                .allSatisfy(s -> assertThat(s.contentType()).startsWith("application/problem+json"));
        assertThat(refused)
                .filteredOn(s -> !s.path().startsWith("/api/"))
                .allSatisfy(s -> assertThat(s.contentType()).startsWith("text/html"));

        // nothing but 503 until readiness says 200 (the gate never closes again, so an answer that got through
        // must be followed by readiness 200 only)
        Seen servedEarly = null;
        for (Seen s : seen) {
            if (!s.probe() && s.answered() && s.status() != 503 && servedEarly == null) {
                servedEarly = s;
            }
            if (s.path().equals(READINESS) && s.answered() && servedEarly != null) {
                assertThat(s.status())
                        .as("readiness after %s answered %d", servedEarly.path(), servedEarly.status())
                        .isEqualTo(200);
            }
        }
        List<Seen> liveness = seen.stream()
                .filter(s -> s.path().equals(LIVENESS) && s.answered())
                .toList();
        assertThat(liveness)
                .as("liveness answered while the portal was starting")
                .isNotEmpty();
        assertThat(liveness).allSatisfy(s -> assertThat(s.status()).isEqualTo(200));
        assertThat(seen)
                .filteredOn(s -> s.path().equals(READINESS) && s.answered())
                .extracting(Seen::status)
                .first()
                .isEqualTo(503);
    }

    private Seen get(int port, String path) throws InterruptedException {
        try {
            HttpResponse<String> response = send(port, path);
            return new Seen(
                    path,
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(""));
        } catch (IOException notListeningYet) {
            return new Seen(path, -1, "", "");
        }
    }

    private HttpResponse<String> send(int port, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (path.startsWith("/api/")) {
            request.header("Authorization", ADMIN).header("Accept", "application/json");
        } else if (!path.startsWith("/actuator/")) {
            request.header("Accept", "text/html"); // as a browser asks
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
