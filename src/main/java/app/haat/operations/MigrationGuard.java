package app.haat.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs the migrations so that a failing one leaves the database as it was before. PostgreSQL gets that from
 * transactional DDL. H2 commits each DDL statement, so before pending migrations the H2 file is copied with BACKUP
 * TO, and on failure the database is shut down and the copy put back.
 */
@Component
class MigrationGuard implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(MigrationGuard.class);

    @Override
    public void migrate(Flyway flyway) {
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        if (flyway.info().pending().length == 0) {
            return;
        }
        Optional<Path> h2File = h2File(dataSource);
        Path snapshot = null;
        try {
            if (h2File.isPresent()) {
                snapshot = Files.createTempFile(h2File.get().getParent(), ".pre-migration-", ".zip");
                Files.delete(snapshot);
                execute(dataSource, "BACKUP TO " + H2Files.quote(snapshot));
            }
            flyway.migrate();
        } catch (FlywayException e) {
            boolean restored = snapshot != null && restore(dataSource, snapshot, h2File.get());
            String reason = firstLine(e.getMessage());
            log.error("Database migration failed, Haat will not start: {}{}", reason,
                    snapshot == null || restored ? " (the database is as it was before this migration)"
                            : " (restoring the pre-migration copy failed; it is kept at " + snapshot + ")");
            throw new MigrationFailedException(reason, e);
        } catch (IOException | SQLException e) {
            throw new MigrationFailedException("could not copy the database before migrating: " + e.getMessage(), e);
        } finally {
            try {
                if (snapshot != null && Files.exists(h2File.get())) {
                    Files.deleteIfExists(snapshot);
                }
            } catch (IOException ignored) {
                // a stale copy is harmless; it is overwritten by name next time
            }
        }
    }

    private static boolean restore(DataSource dataSource, Path snapshot, Path databaseFile) {
        try {
            try {
                execute(dataSource, "SHUTDOWN");
            } catch (SQLException e) {
                log.debug("SHUTDOWN after the failed migration: {}", e.getMessage());
            }
            if (H2FileLock.isLocked(databaseFile) && dataSource instanceof AutoCloseable pool) {
                pool.close(); // the start-up is failing anyway; closing the pool lets H2 close the file
            }
            if (H2FileLock.isLocked(databaseFile)) {
                log.error("The database file is still open; the pre-migration copy was not put back");
                return false;
            }
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(snapshot))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (entry.getName().endsWith(".mv.db")) {
                        copy(in, databaseFile);
                        return true;
                    }
                }
            }
            return false;
        } catch (Exception e) {
            log.error("Could not restore the pre-migration copy: {}", e.getMessage());
            return false;
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Optional<Path> h2File(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return H2Files.databaseFile(connection.getMetaData().getURL());
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.strip().lines().findFirst().orElse(message);
    }
}
