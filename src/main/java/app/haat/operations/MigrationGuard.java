package app.haat.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs the migrations so that a failing one leaves the database as it was. PostgreSQL gets that from transactional
 * DDL. H2 commits each DDL statement, so pending migrations are first tried on a copy of the database (made online
 * with BACKUP TO); only when they succeed there do they run on the real one, which a failure never touches. An empty
 * database (the first start) needs no copy: after a failure it is emptied again, which is as it was. That saves a
 * second run of every migration on the first start.
 */
@Component
class MigrationGuard implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(MigrationGuard.class);
    private final String username;
    private final String password;

    MigrationGuard(
            @Value("${spring.datasource.username:sa}") String username,
            @Value("${spring.datasource.password:}") String password) {
        this.username = username;
        this.password = password;
    }

    @Override
    public void migrate(Flyway flyway) {
        if (flyway.info().pending().length == 0) {
            return;
        }
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        Optional<Path> h2File = h2File(dataSource);
        boolean emptyH2 = h2File.isPresent() && isEmpty(dataSource);
        try {
            if (h2File.isPresent() && !emptyH2) {
                tryOnACopy(flyway, dataSource, h2File.get());
            }
            flyway.migrate();
        } catch (FlywayException e) {
            if (emptyH2) {
                empty(dataSource);
            }
            String reason = firstLine(e.getMessage());
            log.error(
                    "Database migration failed, Haat will not start: {} (the database is as it was before it)", reason);
            throw new MigrationFailedException(reason, e);
        }
    }

    private void tryOnACopy(Flyway flyway, DataSource dataSource, Path databaseFile) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory(databaseFile.getParent(), ".migration-check-");
            Path snapshot = folder.resolve("snapshot.zip");
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO " + H2Files.quote(snapshot));
            }
            Path copy = folder.resolve("check.mv.db");
            extractDatabase(snapshot, copy);
            String url = "jdbc:h2:file:" + folder.resolve("check") + ";DB_CLOSE_ON_EXIT=FALSE";
            try {
                Flyway.configure()
                        .configuration(flyway.getConfiguration())
                        .dataSource(url, username, password)
                        .load()
                        .migrate();
            } finally {
                try (Connection check = DriverManager.getConnection(url, username, password);
                        Statement statement = check.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            }
        } catch (IOException | SQLException e) {
            throw new MigrationFailedException("could not try the migrations on a copy first: " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void extractDatabase(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".mv.db")) {
                    copy(in, target);
                    return;
                }
            }
        }
        throw new IOException("the backup holds no database file");
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean isEmpty(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                var tables = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
            return tables.next() && tables.getLong(1) == 0;
        } catch (SQLException e) {
            return false; // then the copy decides, as for any database
        }
    }

    private static void empty(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        } catch (SQLException e) {
            throw new MigrationFailedException(
                    "could not empty the new database after a failed migration: " + e.getMessage(), e);
        }
    }

    private static Optional<Path> h2File(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return H2Files.databaseFile(connection.getMetaData().getURL());
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(@Nullable Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.debug("could not remove {}: {}", folder, e.getMessage());
        }
    }

    private static String firstLine(@Nullable String message) {
        return message == null
                ? "unknown error"
                : message.strip().lines().findFirst().orElse(message);
    }
}
