package app.haat.core.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The file store in step with the database: files written in a transaction that rolls back are removed again, from
 * either store, and files of deleted rows are removed only once the deletion has committed.
 */
@Component
public class TransactionalFiles {

    private static final Logger log = LoggerFactory.getLogger(TransactionalFiles.class);
    private final FileStore store;

    TransactionalFiles(FileStore store) {
        this.store = store;
    }

    /** Writes the files inside the current transaction (all or none). */
    public void putAll(Map<String, byte[]> files) {
        List<String> written = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                store.put(file.getKey(), file.getValue());
                written.add(file.getKey());
            }
        } catch (IOException e) {
            deleteQuietly(written);
            throw new UncheckedIOException("could not store " + files.keySet(), e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(written);
                    }
                }
            });
        }
    }

    public byte[] read(String key) throws IOException {
        return store.get(key);
    }

    /** Removes the files once the current transaction has committed the removal of their rows. */
    public void deleteAfterCommit(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<String> copy = List.copyOf(keys);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            deleteQuietly(copy);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteQuietly(copy);
            }
        });
    }

    private void deleteQuietly(Collection<String> keys) {
        for (String key : keys) {
            try {
                store.delete(key);
            } catch (IOException | RuntimeException e) {
                log.warn("Could not delete file {}: {}", key, e.getMessage());
            }
        }
    }
}
