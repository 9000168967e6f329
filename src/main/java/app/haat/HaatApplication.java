package app.haat;

import app.haat.operations.RestoreCommand;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Haat: the portal that brings West Bengal's urban self-help groups to buyers. */
@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "theme-color", content = "#8a2b0f")
public class HaatApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // `java -jar haat.jar restore <backup.zip>` restores a backup into the data directory and exits,
        // before anything opens the database.
        if (args.length > 0 && "restore".equals(args[0])) {
            System.exit(RestoreCommand.run(args));
        }
        // `java -jar haat.jar verify-draw draw.json` checks a draw's public record offline: no database, no server
        if (args.length > 0 && "verify-draw".equals(args[0])) {
            System.exit(app.haat.allocation.VerifyDrawCommand.run(args));
        }
        useAheadOfTimeBeansInTheJar();
        SpringApplication.run(HaatApplication.class, args);
    }

    /**
     * The production jar carries bean definitions computed at build time (Spring AOT, `process-aot` in pom.xml), which
     * spares about 5 s of start-up spent parsing configuration classes. They are used when running from the jar,
     * never from target/classes, where they may be older than the code. -Dspring.aot.enabled=false turns them off.
     */
    private static void useAheadOfTimeBeansInTheJar() {
        boolean inJar = "jar"
                .equals(HaatApplication.class
                        .getResource("HaatApplication.class")
                        .getProtocol());
        boolean generated =
                HaatApplication.class.getResource("HaatApplication__ApplicationContextInitializer.class") != null;
        if (inJar && generated && System.getProperty("spring.aot.enabled") == null) {
            System.setProperty("spring.aot.enabled", "true");
        }
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/haat-icon.svg", "192x192");
    }
}
