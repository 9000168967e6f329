package app.haat.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.data.DataDirectoryNotWritableException;
import app.haat.support.PortalProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

@Tag("h2")
class StartupFailureTest {

    @TempDir
    Path dataDir;

    @Test
    void aFailingMigrationStopsStartUpAndLeavesTheDatabaseAsItWas() throws Exception {
        try (ConfigurableApplicationContext portal = PortalProcess.start(dataDir)) {
            assertThat(portal.isRunning()).isTrue();
        }
        // V999 creates a table, then fails: H2 would keep the table, the guard must roll it back.
        startFailsAtV999();

        try (var connection = DriverManager.getConnection(databaseUrl(), "sa", "");
                var tables = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'BROKEN_PROBE'");
                var history = connection
                        .createStatement()
                        .executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '999'")) {
            tables.next();
            history.next();
            assertThat(tables.getInt(1)).isZero();
            assertThat(history.getInt(1)).isZero();
        }
        try (ConfigurableApplicationContext portal = PortalProcess.start(dataDir)) {
            assertThat(portal.isRunning()).isTrue();
        }
    }

    /** The first start runs the migrations without trying them on a copy; a failure leaves the database empty. */
    @Test
    void aFailingMigrationOnTheFirstStartLeavesAnEmptyDatabase() throws Exception {
        startFailsAtV999();
        try (var connection = DriverManager.getConnection(databaseUrl(), "sa", "");
                var tables = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
            tables.next();
            assertThat(tables.getInt(1)).isZero();
        }
        try (ConfigurableApplicationContext portal = PortalProcess.start(dataDir)) {
            assertThat(portal.isRunning()).isTrue();
        }
    }

    @Test
    void anUnwritableDataDirectoryIsNamedInTheError() throws Exception {
        Path file = Files.writeString(dataDir.resolve("a-file"), "x");
        Path impossible = file.resolve("data");
        assertThatThrownBy(() -> PortalProcess.start(impossible))
                .isInstanceOf(DataDirectoryNotWritableException.class)
                .hasMessageContaining(impossible.toString())
                .hasMessageContaining("not writable");
    }

    /** A start with the broken migration V999 fails with Flyway's error naming it. */
    private void startFailsAtV999() {
        assertThatThrownBy(() -> PortalProcess.start(
                        dataDir, "spring.flyway.locations=classpath:db/migration,classpath:db/broken"))
                .hasStackTraceContaining(MigrationFailedException.class.getName())
                .hasStackTraceContaining("V999");
    }

    /** The portal's database file, opened only if it exists. */
    private String databaseUrl() {
        return "jdbc:h2:file:" + dataDir.resolve("db/haat") + ";IFEXISTS=TRUE";
    }
}
