package app.haat.support;

import app.haat.HaatApplication;
import app.haat.core.startup.StartupGate;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the whole portal in this JVM on a given data directory, as `java -jar` would, for restart tests. */
public final class PortalProcess {

    private PortalProcess() {}

    /**
     * Starts the portal and waits until its start-up is complete (the gate open, as the readiness probe would say).
     * Properties given here replace the defaults (e.g. {@code server.port=…}).
     */
    public static ConfigurableApplicationContext start(Path dataDir, String... extraProperties) {
        Map<String, String> properties = new LinkedHashMap<>(Map.of(
                "haat.data-dir",
                dataDir.toString(),
                "server.port",
                "0",
                "spring.main.banner-mode",
                "off",
                "HAAT_ADMIN_PASSWORD",
                "restart-admin-1"));
        for (String property : extraProperties) {
            int equals = property.indexOf('=');
            properties.put(property.substring(0, equals), property.substring(equals + 1));
        }
        // Command-line arguments, so they win over application.properties as they would for `java -jar`.
        List<String> args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toList();
        SpringApplication application = new SpringApplicationBuilder(HaatApplication.class).build();
        ConfigurableApplicationContext context = application.run(args.toArray(String[]::new));
        try {
            context.getBean(StartupGate.class).awaitOpen(Duration.ofSeconds(120));
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return context;
    }
}
