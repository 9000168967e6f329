package app.haat.operations;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ValidationException;
import app.haat.core.data.DataDirectory;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * Consistent online backup: H2's BACKUP TO copies the database while it serves, and the data directory's other
 * files are added beside it. The result is one zip under {@code <data dir>/backups}, restored with
 * {@code java -jar haat.jar restore <zip>} (see {@link RestoreCommand}).
 */
@Service
public class BackupService {

    static final String DB_FOLDER = "db/";
    static final String MANIFEST = "haat-backup.properties";
    static final String BACKUPS = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DSLContext dsl;
    private final DataSource dataSource;
    private final DataDirectory dataDirectory;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    BackupService(
            DSLContext dsl,
            DataSource dataSource,
            DataDirectory dataDirectory,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.dataDirectory = dataDirectory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    public record BackupFile(String name, Path path, long bytes, Instant modified) {}

    public boolean supported() {
        return H2Files.databaseFile(jdbcUrl()).isPresent();
    }

    public BackupFile backup() {
        currentUser.requireRole(Role.STATE_ADMIN);
        if (!supported()) {
            throw new ValidationException("operations.backup.notH2");
        }
        Path backups = dataDirectory.resolve(BACKUPS);
        String stamp = STAMP.format(LocalDateTime.now(clock.withZone(ZoneId.of("Asia/Kolkata"))));
        Path target = uniqueName(backups, "haat-backup-" + stamp);
        try {
            Files.createDirectories(backups);
            Path dbZip = Files.createTempFile(backups, ".db-", ".zip");
            Files.delete(dbZip);
            try {
                dsl.execute("BACKUP TO " + H2Files.quote(dbZip));
                writeBackup(dbZip, target);
            } finally {
                Files.deleteIfExists(dbZip);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Backup failed: " + e.getMessage(), e);
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
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".zip")
                            && !p.getFileName().toString().startsWith("."))
                    .map(BackupService::describe)
                    .sorted(Comparator.comparing(BackupFile::modified).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeBackup(Path dbZip, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
            out.putNextEntry(new ZipEntry(MANIFEST));
            out.write(("created=" + clock.instant() + "\nformat=1\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(dbZip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(DB_FOLDER + entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            for (Path file : dataFiles()) {
                out.putNextEntry(new ZipEntry(
                        dataDirectory.root().relativize(file).toString().replace('\\', '/')));
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(partial, target);
    }

    /** Files of the data directory besides the database (uploads and the like); backups and indexes are left out. */
    private List<Path> dataFiles() throws IOException {
        Path root = dataDirectory.root();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String relative = root.relativize(p).toString().replace('\\', '/');
                        return !relative.startsWith(DB_FOLDER)
                                && !relative.startsWith(BACKUPS + "/")
                                && !relative.startsWith("index/");
                    })
                    .forEach(files::add);
        }
        return files;
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
