package app.haat.core.files;

import java.io.IOException;
import java.util.List;

/**
 * Files by key ({@code photos/ab12.jpg}): immutable once written (a new version is a new key), so a backup's database
 * and files always agree. The data directory on one node ({@link LocalFileStore}) or an S3-compatible object store for
 * several ({@link S3FileStore}); {@link FileStoreConfig} picks one from the configuration.
 */
public interface FileStore {

    void put(String key, byte[] content) throws IOException;

    /** The file's bytes; {@link java.nio.file.NoSuchFileException} when there is none. */
    byte[] get(String key) throws IOException;

    /** Removes the file; nothing happens when there is none. */
    void delete(String key) throws IOException;

    /** The keys that start with the prefix (the folders a backup takes), in no particular order. */
    List<String> keys(String prefix) throws IOException;

    /** Where the files are, for the log and the operations screen ("data directory", "s3://bucket at host"). */
    String describe();

    /** A key as stored: relative, forward slashes, no way out of the store. */
    static String checked(String key) {
        if (key.isBlank()
                || key.startsWith("/")
                || key.contains("\\")
                || key.contains("//")
                || java.util.Arrays.asList(key.split("/")).contains("..")) {
            throw new IllegalArgumentException("not a file key: " + key);
        }
        return key;
    }
}
