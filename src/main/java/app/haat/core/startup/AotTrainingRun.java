package app.haat.core.startup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The run that trains the JVM's AOT cache ({@code scripts/aot-cache}, the Dockerfile): with
 * {@code --haat.aot-training=true} the portal starts to ready, asks itself for a few pages and API answers, and exits,
 * so the cache holds the classes and method profiles of serving, not only of starting (docs/BENCHMARKS.md measured
 * 8.3 s against 9.1 s to ready with a cache that stopped when the application context was up).
 */
@Component
class AotTrainingRun {

    private static final Logger log = LoggerFactory.getLogger(AotTrainingRun.class);
    private static final List<String> PATHS =
            List.of("/", "/login", "/catalogue", "/api/municipalities", "/actuator/health/readiness");
    private final boolean training;
    private final ApplicationContext context;
    private final Environment environment;

    AotTrainingRun(
            @Value("${haat.aot-training:false}") boolean training,
            ApplicationContext context,
            Environment environment) {
        this.training = training;
        this.context = context;
        this.environment = environment;
    }

    @EventListener
    void opened(StartupGate.Opened event) {
        if (!training) {
            return;
        }
        Thread.ofPlatform().name("haat-aot-training").start(this::askAndExit);
    }

    private void askAndExit() {
        String base = "http://127.0.0.1:" + environment.getProperty("local.server.port", "8080");
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            for (String path : PATHS) {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
                log.info("AOT training: GET {} answered {}", path, response.statusCode());
            }
        } catch (Exception e) {
            log.warn("AOT training: a request failed ({}); the cache is written all the same", e.toString());
        }
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
