package app.haat.support;

import app.haat.HaatApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the whole portal in this JVM on a given data directory, as `java -jar` would, for restart tests. */
public final class PortalProcess {

    private PortalProcess() {
    }

    public static ConfigurableApplicationContext start(Path dataDir, String... extraProperties) {
        // Command-line arguments, so they win over application.properties as they would for `java -jar`.
        List<String> args = new ArrayList<>(List.of("--haat.data-dir=" + dataDir, "--server.port=0",
                "--spring.main.banner-mode=off", "--HAAT_ADMIN_PASSWORD=restart-admin-1"));
        for (String property : extraProperties) {
            args.add("--" + property);
        }
        SpringApplication application = new SpringApplicationBuilder(HaatApplication.class).build();
        return application.run(args.toArray(String[]::new));
    }
}
