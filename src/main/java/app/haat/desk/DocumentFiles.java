package app.haat.desk;

import app.haat.core.data.DataDirectory;
import app.haat.core.files.TransactionalFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The documents' files under {@code documents/} in the file store, each encrypted by {@link DocumentCipher} before it
 * is written (plaintext never reaches the disk or the object store), kept in step with their rows: a file written in
 * a transaction that rolls back is removed again, and files of deleted rows go once a backup has been taken since
 * (a group's erased documents at once). The backup copies them with the store's other files, encrypted as they are.
 */
@Component
class DocumentFiles {

    static final String FOLDER = "documents";
    private final TransactionalFiles files;
    private final DataDirectory dataDirectory;
    private final DocumentCipher cipher;

    DocumentFiles(TransactionalFiles files, DataDirectory dataDirectory, DocumentCipher cipher) {
        this.files = files;
        this.dataDirectory = dataDirectory;
        this.cipher = cipher;
    }

    /** Encrypts and writes the document inside the current transaction. */
    void store(String key, byte[] plain) {
        files.putAll(Map.of(name(key), cipher.encrypt(key, plain)));
    }

    /** The document's plaintext, decrypted in memory. */
    byte[] read(String key) {
        try {
            return cipher.decrypt(key, files.read(name(key)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the document", e);
        }
    }

    /** Tombstones the files of rows deleted in the current transaction: they go once a backup has been taken since. */
    void deleteAfterCommit(List<String> keys) {
        files.deleteAfterCommit(keys.stream().map(DocumentFiles::name).toList());
    }

    /** Removes the files as soon as the current transaction commits, with no backup in between (a group's erasure). */
    void deleteNowAfterCommit(List<String> keys) {
        files.deleteNowAfterCommit(keys.stream().map(DocumentFiles::name).toList());
    }

    /** Where the encrypted file of this key lies in the default store, the data directory (for tests). */
    Path path(String key) {
        return dataDirectory.resolve(name(key));
    }

    private static String name(String key) {
        return FOLDER + "/" + key + ".bin";
    }
}
