package app.haat.support;

import app.haat.core.startup.StartupGate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real Spring context on a real database: an H2 file in a fresh temporary data directory, or PostgreSQL when
 * the system property haat.test.postgres.url is set (as .ci/run does for its second pass). The context is
 * shared between test classes, so tests make their own uniquely named data.
 */
@SpringBootTest(
        properties = {
            "haat.mail.poll-interval=PT0.5S",
            "haat.mail.retry-base=PT0.2S",
            "haat.mail.retry-max=PT1S",
            "haat.backup.cron=-"
        })
public abstract class IntegrationTest {

    public static final Path DATA_DIR = createDataDir();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    private StartupGate startupGate;

    @Autowired
    private app.haat.region.RegionService regionsOfTheTests;

    /** The id of the municipality with this English name (the reference data every test database has). */
    protected long municipalityNamed(String nameEn) {
        return regionsOfTheTests.municipalities().stream()
                .filter(m -> m.nameEn().equals(nameEn))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** The context is up, but the portal answers 503 until its start-up work (e.g. the search index) is done. */
    @BeforeEach
    void awaitStartUpComplete() {
        startupGate.awaitOpen(Duration.ofSeconds(120));
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("haat.data-dir", DATA_DIR::toString);
        registry.add("haat.desk.help-line", () -> TEST_HELP_LINE);
        // the key of the desk documents in the tests (never a real one: a real server's comes from its configuration)
        registry.add("haat.desk.document-key", () -> "dGVzdC1rZXktb2YtdGhlLWhhYXQtdGVzdHMtMzJieXQ=");
        String postgres = System.getProperty("haat.test.postgres.url", "");
        if (!postgres.isBlank()) {
            registry.add("spring.datasource.url", () -> postgres);
            registry.add("spring.datasource.username", () -> System.getProperty("haat.test.postgres.user", "haat"));
            registry.add("spring.datasource.password", () -> System.getProperty("haat.test.postgres.password", "haat"));
        }
    }

    /** The state's help line as the tests configure it (the portal shows none unless one is set). */
    public static final String TEST_HELP_LINE = "033 2334 0000";

    public static boolean onPostgres() {
        return !System.getProperty("haat.test.postgres.url", "").isBlank();
    }

    /** A name no other test in this JVM uses, so tests sharing the database do not collide. */
    public static String unique(String prefix) {
        return prefix + System.nanoTime() % 100000 + SEQUENCE.incrementAndGet();
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("haat-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
