package app.haat.desk;

import app.haat.core.data.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The documents' files under {@code <data dir>/documents}, each encrypted by {@link DocumentCipher} before it is
 * written (plaintext never reaches the disk), kept in step with their rows: a file written in a transaction that rolls
 * back is removed again, and files of deleted rows go once the deletion commits. The backup copies this folder with
 * the rest of the data directory, encrypted as it is.
 */
@Component
class DocumentFiles {

    static final String FOLDER = "documents";
    private static final Logger log = LoggerFactory.getLogger(DocumentFiles.class);
    private final DataDirectory dataDirectory;
    private final DocumentCipher cipher;

    DocumentFiles(DataDirectory dataDirectory, DocumentCipher cipher) {
        this.dataDirectory = dataDirectory;
        this.cipher = cipher;
    }

    /** Encrypts and writes the document inside the current transaction. */
    void store(String key, byte[] plain) {
        byte[] sealed = cipher.encrypt(key, plain);
        Path folder = folder();
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name(key)), sealed, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            deleteQuietly(List.of(key));
            throw new UncheckedIOException("could not store the document", e);
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

    /** The document's plaintext, decrypted in memory. */
    byte[] read(String key) {
        try {
            return cipher.decrypt(key, Files.readAllBytes(folder().resolve(name(key))));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the document", e);
        }
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

    /** Where the encrypted file of this key lies (for tests and the backup's check). */
    Path path(String key) {
        return folder().resolve(name(key));
    }

    private void deleteQuietly(List<String> keys) {
        for (String key : keys) {
            try {
                Files.deleteIfExists(folder().resolve(name(key)));
            } catch (IOException e) {
                log.warn("Could not delete document file {}: {}", name(key), e.getMessage());
            }
        }
    }

    private Path folder() {
        return dataDirectory.resolve(FOLDER);
    }

    private static String name(String key) {
        return key + ".bin";
    }
}
