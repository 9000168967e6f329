package app.haat.operations;

import app.haat.core.files.FileStore;
import app.haat.core.files.LocalFileStore;
import app.haat.core.files.S3FileStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code java -jar haat.jar restore <backup.zip> [--haat.data-dir=DIR]}: puts a backup made by {@link BackupService}
 * back while the portal is stopped. An embedded database's backup goes into the data directory, and the files it
 * replaces are kept in {@code backups/replaced-<time>/}, so a restore can itself be undone. A PostgreSQL backup goes
 * into the database named by {@code SPRING_DATASOURCE_URL}, {@code _USERNAME} and {@code _PASSWORD} (or the same
 * {@code --spring.datasource.*} arguments) with pg_restore, in one transaction, and its files into the data directory.
 */
public final class RestoreCommand {

    private RestoreCommand() {}

    public static int run(String[] args) {
        if (args.length < 2) {
            System.err.println("Usage: java -jar haat.jar restore <backup.zip> [--haat.data-dir=DIR]");
            return 2;
        }
        Path zip = Path.of(args[1]).toAbsolutePath();
        String dataDir = setting(args, "haat.data-dir", "HAAT_DATA_DIR", "./data");
        Optional<PostgresTools.Target> postgres = PostgresTools.target(
                setting(args, "spring.datasource.url", "SPRING_DATASOURCE_URL", ""),
                setting(args, "spring.datasource.username", "SPRING_DATASOURCE_USERNAME", ""),
                setting(args, "spring.datasource.password", "SPRING_DATASOURCE_PASSWORD", ""));
        Optional<S3FileStore.Settings> s3 = Optional.of(setting(args, "haat.s3.endpoint", "HAAT_S3_ENDPOINT", ""))
                .filter(endpoint -> !endpoint.isBlank())
                .map(endpoint -> new S3FileStore.Settings(
                        endpoint,
                        setting(args, "haat.s3.bucket", "HAAT_S3_BUCKET", "haat"),
                        setting(args, "haat.s3.access-key", "HAAT_S3_ACCESS_KEY", ""),
                        setting(args, "haat.s3.secret-key", "HAAT_S3_SECRET_KEY", ""),
                        setting(args, "haat.s3.region", "HAAT_S3_REGION", "us-east-1")));
        try {
            Path restored = restore(zip, Path.of(dataDir), postgres, s3);
            System.out.println("Restored " + zip + " into " + restored
                    + postgres.map(t -> " and database " + t.database() + " on " + t.host())
                            .orElse("")
                    + ". Start Haat as usual.");
            return 0;
        } catch (RestoreException | IOException e) {
            System.err.println("Restore failed: " + e.getMessage());
            return 1;
        }
    }

    /** A {@code --name=value} argument, else the environment variable, else the default. */
    private static String setting(String[] args, String name, String environment, String fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return System.getenv().getOrDefault(environment, fallback);
    }

    /** An embedded database's backup into the data directory. */
    public static Path restore(Path zip, Path dataDir) throws IOException {
        return restore(zip, dataDir, Optional.empty(), Optional.empty());
    }

    /**
     * The backup into the data directory, or (a PostgreSQL backup) into the database given; its files into the data
     * directory or the object store given.
     */
    static Path restore(
            Path zip, Path dataDir, Optional<PostgresTools.Target> postgres, Optional<S3FileStore.Settings> s3)
            throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new RestoreException("no backup file at " + zip);
        }
        try (ZipFile backup = new ZipFile(zip.toFile())) {
            if (backup.getEntry(BackupService.PG_DUMP) == null) {
                if (postgres.isPresent()) {
                    throw new RestoreException(
                            zip + " holds an embedded database; it cannot be restored into PostgreSQL");
                }
                return restoreEmbedded(zip, dataDir, s3);
            }
            if (backup.getEntry(BackupService.MANIFEST) == null) {
                throw new RestoreException(zip + " is not a Haat backup (no manifest inside)");
            }
            PostgresTools.Target target = postgres.orElseThrow(() -> new RestoreException(zip
                    + " holds a PostgreSQL database: set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and"
                    + " SPRING_DATASOURCE_PASSWORD to the database to restore it into"));
            Path dump = Files.createTempFile("haat-restore-", ".pgdump");
            try {
                try (InputStream in = backup.getInputStream(backup.getEntry(BackupService.PG_DUMP))) {
                    Files.copy(in, dump, StandardCopyOption.REPLACE_EXISTING);
                }
                PostgresTools.restore(target, dump);
                PostgresTools.restartSearchLog(target, System.currentTimeMillis() * 1000);
            } finally {
                Files.deleteIfExists(dump);
            }
            Path root = dataDir.toAbsolutePath().normalize();
            copyFiles(backup, root, s3);
            return root;
        }
    }

    private static Path restoreEmbedded(Path zip, Path dataDir, Optional<S3FileStore.Settings> s3) throws IOException {
        Path root = dataDir.toAbsolutePath().normalize();
        try (ZipFile backup = new ZipFile(zip.toFile())) {
            if (backup.getEntry(BackupService.MANIFEST) == null
                    || backup.getEntry(BackupService.DB_FOLDER + "haat.mv.db") == null) {
                throw new RestoreException(zip + " is not a Haat backup (no manifest or database inside)");
            }
            Path db = root.resolve("db");
            ensureNotInUse(db.resolve("haat"));
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now());
            Path replaced = root.resolve(BackupService.BACKUPS).resolve("replaced-" + stamp);
            if (Files.isDirectory(db)) {
                Files.createDirectories(replaced);
                Files.move(db, replaced.resolve("db"));
            }
            // the search index belongs to the database it replaces: the portal rebuilds it from the restored one
            Path index = root.resolve(BackupService.SEARCH_INDEX);
            if (Files.isDirectory(index)) {
                Files.createDirectories(replaced);
                Files.move(index, replaced.resolve(BackupService.SEARCH_INDEX));
            }
            copyEntries(backup, new LocalFileStore(root), true);
            copyFiles(backup, root, s3);
        }
        return root;
    }

    /** Every file of the backup but its manifest and database, into the data directory or the object store. */
    private static void copyFiles(ZipFile backup, Path root, Optional<S3FileStore.Settings> s3) throws IOException {
        if (s3.isPresent()) {
            try (S3FileStore store = new S3FileStore(s3.get()).ensureBucket()) {
                copyEntries(backup, store, false);
            }
        } else {
            copyEntries(backup, new LocalFileStore(root), false);
        }
    }

    /** The embedded database's entries ({@code database}), or every other file but the manifest, into the store. */
    private static void copyEntries(ZipFile backup, FileStore store, boolean database) throws IOException {
        var entries = backup.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory()
                    || entry.getName().equals(BackupService.MANIFEST)
                    || entry.getName().equals(BackupService.PG_DUMP)
                    || entry.getName().startsWith(BackupService.DB_FOLDER) != database) {
                continue;
            }
            String key;
            try {
                key = FileStore.checked(entry.getName());
            } catch (IllegalArgumentException e) {
                throw new RestoreException("unsafe path in backup: " + entry.getName());
            }
            try (InputStream in = backup.getInputStream(entry)) {
                store.put(key, in.readAllBytes());
            }
        }
    }

    /** A running portal holds a lock on the H2 file; while it does, the restore must not go on. */
    private static void ensureNotInUse(Path databaseBase) {
        if (H2FileLock.isLocked(databaseBase.resolveSibling("haat.mv.db"))) {
            throw new RestoreException("the database in " + databaseBase.getParent() + " is in use; stop Haat first");
        }
    }

    static final class RestoreException extends RuntimeException {
        RestoreException(String message) {
            super(message);
        }
    }
}
