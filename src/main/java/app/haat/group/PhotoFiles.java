package app.haat.group;

import app.haat.core.files.TransactionalFiles;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Photo files under {@code photos/} in the file store, kept in step with the database rows: a file written in a
 * transaction that rolls back is removed again, and files of deleted rows are removed once a backup has been taken
 * since their deletion committed (a tombstone each, see {@link TransactionalFiles#deleteAfterCommit}).
 */
@Component
class PhotoFiles {

    private static final String FOLDER = "photos/";
    private final TransactionalFiles files;

    PhotoFiles(TransactionalFiles files) {
        this.files = files;
    }

    /** Writes a photo and its thumbnail inside the current transaction. */
    void store(String key, byte[] original, byte[] thumbnail) {
        files.putAll(Map.of(original(key), original, thumbnail(key), thumbnail));
    }

    byte[] read(String key, boolean thumbnailOnly) throws IOException {
        return files.read(thumbnailOnly ? thumbnail(key) : original(key));
    }

    /** Tombstones the files of rows deleted in the current transaction: they go once a backup has been taken since. */
    void deleteAfterCommit(List<String> keys) {
        files.deleteAfterCommit(keys.stream()
                .flatMap(k -> java.util.stream.Stream.of(original(k), thumbnail(k)))
                .toList());
    }

    private static String original(String key) {
        return FOLDER + key + ".jpg";
    }

    private static String thumbnail(String key) {
        return FOLDER + key + "-thumb.jpg";
    }
}
