package app.haat.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code java -jar haat.jar restore <backup.zip> [--haat.data-dir=DIR]}: puts a backup made by {@link BackupService}
 * back into the data directory while the portal is stopped. The files it replaces are kept in
 * {@code backups/replaced-<time>/}, so a restore can itself be undone.
 */
public final class RestoreCommand {

    private RestoreCommand() {}

    public static int run(String[] args) {
        if (args.length < 2) {
            System.err.println("Usage: java -jar haat.jar restore <backup.zip> [--haat.data-dir=DIR]");
            return 2;
        }
        Path zip = Path.of(args[1]).toAbsolutePath();
        String dataDir = System.getenv().getOrDefault("HAAT_DATA_DIR", "./data");
        for (String arg : args) {
            if (arg.startsWith("--haat.data-dir=")) {
                dataDir = arg.substring("--haat.data-dir=".length());
            }
        }
        try {
            Path restored = restore(zip, Path.of(dataDir));
            System.out.println("Restored " + zip + " into " + restored + ". Start Haat as usual.");
            return 0;
        } catch (RestoreException | IOException e) {
            System.err.println("Restore failed: " + e.getMessage());
            return 1;
        }
    }

    public static Path restore(Path zip, Path dataDir) throws IOException {
        Path root = dataDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(zip)) {
            throw new RestoreException("no backup file at " + zip);
        }
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
            var entries = backup.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || entry.getName().equals(BackupService.MANIFEST)) {
                    continue;
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new RestoreException("unsafe path in backup: " + entry.getName());
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = backup.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return root;
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
