package app.haat.operations;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ValidationException;
import app.haat.core.cluster.NodeIdentity;
import app.haat.core.data.DataDirectory;
import app.haat.core.files.FilePurgeService;
import app.haat.core.files.FileStore;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Consistent online backup of either database: H2's BACKUP TO copies the embedded database while it serves;
 * PostgreSQL's pg_dump takes one snapshot of it ({@link PostgresTools}). The data directory's other files (photos,
 * documents, certificates) are added beside it. The result is one zip under {@code <data dir>/backups}, restored with
 * {@code java -jar haat.jar restore <zip>} (see {@link RestoreCommand}). Each backup is recorded in
 * {@code backup_run}; before its snapshot it claims the tombstones of deleted rows' files, which
 * {@link FilePurgeService} deletes once it has finished: a file whose row a backup still holds is in that backup.
 */
@Service
public class BackupService {

    static final String DB_FOLDER = "db/";
    /** The PostgreSQL dump's entry in the zip (pg_dump's custom format). */
    static final String PG_DUMP = DB_FOLDER + "haat.pgdump";

    static final String MANIFEST = "haat-backup.properties";
    static final String BACKUPS = "backups";
    /** The search index's folder in the data directory (search.SearchIndex). */
    static final String SEARCH_INDEX = "search";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DSLContext dsl;
    private final DataSource dataSource;
    private final DataDirectory dataDirectory;
    private final FileStore files;
    private final BackupRunRepository runs;
    private final FilePurgeService purge;
    private final NodeIdentity node;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final String user;
    private final String password;

    BackupService(
            DSLContext dsl,
            DataSource dataSource,
            DataDirectory dataDirectory,
            FileStore files,
            BackupRunRepository runs,
            FilePurgeService purge,
            NodeIdentity node,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock,
            @Value("${spring.datasource.username:}") String user,
            @Value("${spring.datasource.password:}") String password) {
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.dataDirectory = dataDirectory;
        this.files = files;
        this.runs = runs;
        this.purge = purge;
        this.node = node;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.user = user;
        this.password = password;
    }

    public record BackupFile(String name, Path path, long bytes, Instant modified) {}

    /** Embedded H2 in file mode, or PostgreSQL with its pg_dump installed. */
    public boolean supported() {
        String url = jdbcUrl();
        return H2Files.databaseFile(url).isPresent()
                || (postgres(url).isPresent() && PostgresTools.tool("pg_dump").isPresent());
    }

    public BackupFile backup() {
        currentUser.requireRole(Role.STATE_ADMIN);
        if (!supported()) {
            throw new ValidationException("operations.backup.unsupported");
        }
        Path backups = dataDirectory.resolve(BACKUPS);
        OffsetDateTime started = OffsetDateTime.now(clock);
        String stamp = STAMP.format(LocalDateTime.now(clock.withZone(ZoneId.of("Asia/Kolkata"))));
        Path target = uniqueName(backups, "haat-backup-" + stamp);
        long run = -1;
        try {
            Files.createDirectories(backups);
            // recorded and claiming the tombstones committed so far before the snapshot starts, so that it holds
            // none of their rows
            run = runs.start(started, target.getFileName().toString(), node.id());
            purge.claimForBackup(run);
            Optional<PostgresTools.Target> postgres = postgres(jdbcUrl());
            Path dump = Files.createTempFile(backups, ".db-", ".dump");
            Files.delete(dump);
            try {
                if (postgres.isPresent()) {
                    PostgresTools.dump(postgres.get(), dump);
                    writeBackup("postgresql", out -> copyEntry(out, PG_DUMP, dump), target);
                } else {
                    dsl.execute("BACKUP TO " + H2Files.quote(dump));
                    writeBackup("h2", out -> copyH2Entries(out, dump), target);
                }
            } finally {
                Files.deleteIfExists(dump);
            }
            runs.finish(run, OffsetDateTime.now(clock));
        } catch (IOException e) {
            runs.forget(run);
            throw new UncheckedIOException("Backup failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            runs.forget(run);
            throw e;
        }
        BackupFile file = describe(target);
        audit.recordAs(
                currentUser.actorName(), AuditEntity.BACKUP, file.name(), "CREATE", null, file.bytes() + " bytes");
        return file;
    }

    public List<BackupFile> list() {
        currentUser.requireRole(Role.STATE_ADMIN);
        Path backups = dataDirectory.resolve(BACKUPS);
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> found = Files.list(backups)) {
            return found.filter(p -> p.getFileName().toString().endsWith(".zip")
                            && !p.getFileName().toString().startsWith("."))
                    .map(BackupService::describe)
                    .sorted(Comparator.comparing(BackupFile::modified).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the database's entries into the backup being made. */
    private interface DatabaseEntries {
        void write(ZipOutputStream out) throws IOException;
    }

    private void writeBackup(String database, DatabaseEntries databaseEntries, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
            out.putNextEntry(new ZipEntry(MANIFEST));
            out.write(("created=" + clock.instant() + "\nformat=1\ndatabase=" + database + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            databaseEntries.write(out);
            for (String key : fileKeys()) {
                out.putNextEntry(new ZipEntry(key));
                out.write(files.get(key));
                out.closeEntry();
            }
        }
        Files.move(partial, target);
    }

    private static void copyH2Entries(ZipOutputStream out, Path h2Zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(DB_FOLDER + entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    private static void copyEntry(ZipOutputStream out, String name, Path file) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
        }
        out.closeEntry();
    }

    private Optional<PostgresTools.Target> postgres(String url) {
        return PostgresTools.target(url, user, password);
    }

    /**
     * The file store's files (uploads and the like); the database, backups and the search index (rebuilt from the
     * database, and its segment files come and go while Lucene merges) are left out.
     */
    private List<String> fileKeys() throws IOException {
        return files.keys("").stream()
                .filter(key -> !key.startsWith(DB_FOLDER)
                        && !key.startsWith(BACKUPS + "/")
                        && !key.startsWith(SEARCH_INDEX + "/")
                        && !key.startsWith("index/"))
                .sorted()
                .toList();
    }

    private static Path uniqueName(Path folder, String base) {
        Path candidate = folder.resolve(base + ".zip");
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = folder.resolve(base + "-" + i + ".zip");
        }
        return candidate;
    }

    private static BackupFile describe(Path path) {
        try {
            return new BackupFile(
                    path.getFileName().toString(),
                    path,
                    Files.size(path),
                    Files.getLastModifiedTime(path).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String jdbcUrl() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
