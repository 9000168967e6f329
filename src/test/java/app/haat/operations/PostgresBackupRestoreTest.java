package app.haat.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import app.haat.core.security.SystemAuthority;
import app.haat.support.PortalProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The admin's backup on PostgreSQL: pg_dump's snapshot and the data directory's files in one zip, restored by
 * {@code java -jar haat.jar restore} into another database and data directory, which then hold the state the backup
 * was taken in. Runs in the PostgreSQL pass (it makes two databases of its own beside the suite's).
 */
class PostgresBackupRestoreTest {

    private static final String URL = System.getProperty("haat.test.postgres.url", "");
    private static final String USER = System.getProperty("haat.test.postgres.user", "haat");
    private static final String PASSWORD = System.getProperty("haat.test.postgres.password", "haat");

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void aBackupOfPostgresAndItsFilesIsRestoredIntoAnotherDatabaseAsItWas() throws Exception {
        assumeThat(URL).as("the PostgreSQL pass sets haat.test.postgres.url").isNotBlank();
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String taken = "haat_backup_" + suffix;
        String restored = "haat_restored_" + suffix;
        createDatabase(taken);
        createDatabase(restored);
        try {
            Path backup;
            try (ConfigurableApplicationContext portal = PortalProcess.start(first, datasource(taken))) {
                BackupRestoreTest.createUser(portal, "before-backup");
                Files.createDirectories(first.resolve("photos"));
                Files.writeString(first.resolve("photos/kantha.txt"), "a photo");
                BackupService backups = portal.getBean(BackupService.class);
                assertThat(backups.supported()).isTrue();
                backup = SystemAuthority.runAsAdmin(backups::backup).path();
                BackupRestoreTest.createUser(portal, "after-backup");
            }
            try (ZipFile zip = new ZipFile(backup.toFile())) {
                assertThat(zip.getEntry(BackupService.PG_DUMP)).isNotNull();
                assertThat(zip.getEntry("db/haat.mv.db")).isNull();
                assertThat(zip.getEntry("photos/kantha.txt")).isNotNull();
                assertThat(new String(
                                zip.getInputStream(zip.getEntry(BackupService.MANIFEST))
                                        .readAllBytes(),
                                java.nio.charset.StandardCharsets.UTF_8))
                        .contains("database=postgresql");
            }

            // the command line, as an operator would run it with the portal stopped
            String[] command = {
                "restore",
                backup.toString(),
                "--haat.data-dir=" + second,
                "--spring.datasource.url=" + url(restored),
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD
            };
            long restoreStarted = System.currentTimeMillis();
            assertThat(RestoreCommand.run(command)).isZero();
            assertThat(Files.readString(second.resolve("photos/kantha.txt"))).isEqualTo("a photo");
            try (ConfigurableApplicationContext portal = PortalProcess.start(second, datasource(restored))) {
                assertThat(BackupRestoreTest.usernames(portal))
                        .contains("admin", "before-backup")
                        .doesNotContain("after-backup");
                // the search change log starts again beyond any position an index of before the restore may hold
                Long oldest = portal.getBean(org.jooq.DSLContext.class)
                        .fetchSingle("select min(id) from search_change")
                        .get(0, Long.class);
                assertThat(oldest).isNotNull().isGreaterThanOrEqualTo(restoreStarted * 1000);
            }
            // an embedded database's backup is not put into PostgreSQL, and a PostgreSQL one needs a database
            assertThat(RestoreCommand.run(new String[] {"restore", backup.toString(), "--haat.data-dir=" + second}))
                    .isEqualTo(1);
        } finally {
            dropDatabase(taken);
            dropDatabase(restored);
        }
    }

    @Test
    void theTargetIsReadFromTheJdbcUrl() {
        assertThat(PostgresTools.target("jdbc:postgresql://db.example:6543/haat?sslmode=require", "u", "p"))
                .contains(new PostgresTools.Target("db.example", 6543, "haat", "u", "p"));
        assertThat(PostgresTools.target("jdbc:postgresql://127.0.0.1/haat_test", null, null))
                .contains(new PostgresTools.Target("127.0.0.1", 5432, "haat_test", "", ""));
        assertThat(PostgresTools.target("jdbc:h2:file:./data/db/haat", "sa", ""))
                .isEmpty();
        assertThat(PostgresTools.target(null, null, null)).isEmpty();
    }

    private static String[] datasource(String database) {
        return new String[] {
            "spring.datasource.url=" + url(database),
            "spring.datasource.username=" + USER,
            "spring.datasource.password=" + PASSWORD
        };
    }

    /** The suite's URL with another database name. */
    private static String url(String database) {
        int slash = URL.lastIndexOf('/');
        int query = URL.indexOf('?', slash);
        return URL.substring(0, slash + 1) + database + (query < 0 ? "" : URL.substring(query));
    }

    private static void createDatabase(String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            connection.createStatement().execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    private static void dropDatabase(String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
