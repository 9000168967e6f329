package app.haat.core.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The folder holding the embedded database, backups and uploaded files ({@code haat.data-dir}). */
@Component
public class DataDirectory {

    private final Path root;

    public DataDirectory(@Value("${haat.data-dir}") String dataDir) {
        this.root = Path.of(dataDir).toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path resolve(String child) {
        return root.resolve(child);
    }

    /**
     * Creates the folder if needed and proves it writable by writing a file there: the database would otherwise
     * fail later with a message that does not name the folder.
     */
    public static void ensureWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new DataDirectoryNotWritableException(dir, e);
        }
    }
}
