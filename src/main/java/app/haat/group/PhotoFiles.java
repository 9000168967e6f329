package app.haat.group;

import app.haat.core.data.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Photo files under {@code <data dir>/photos}, kept in step with the database rows: a file written in a transaction
 * that rolls back is removed again, and files of deleted rows are removed only after the deletion commits.
 */
@Component
class PhotoFiles {

    private static final Logger log = LoggerFactory.getLogger(PhotoFiles.class);
    private final DataDirectory dataDirectory;

    PhotoFiles(DataDirectory dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** Writes a photo and its thumbnail inside the current transaction. */
    void store(String key, byte[] original, byte[] thumbnail) {
        Path folder = folder();
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(original(key)), original);
            Files.write(folder.resolve(thumbnail(key)), thumbnail);
        } catch (IOException e) {
            deleteQuietly(List.of(key));
            throw new UncheckedIOException("could not store the photo", e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(List.of(key));
                }
            }
        });
    }

    byte[] read(String key, boolean thumbnailOnly) throws IOException {
        return Files.readAllBytes(folder().resolve(thumbnailOnly ? thumbnail(key) : original(key)));
    }

    /** Removes the files once the current transaction has committed the removal of their rows. */
    void deleteAfterCommit(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteQuietly(keys);
            }
        });
    }

    private void deleteQuietly(List<String> keys) {
        for (String key : keys) {
            for (String name : List.of(original(key), thumbnail(key))) {
                try {
                    Files.deleteIfExists(folder().resolve(name));
                } catch (IOException e) {
                    log.warn("Could not delete photo file {}: {}", name, e.getMessage());
                }
            }
        }
    }

    private Path folder() {
        return dataDirectory.resolve("photos");
    }

    private static String original(String key) {
        return key + ".jpg";
    }

    private static String thumbnail(String key) {
        return key + "-thumb.jpg";
    }
}
