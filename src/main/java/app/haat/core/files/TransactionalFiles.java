package app.haat.core.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
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
 * either store; files of deleted rows get a tombstone in the deleting transaction and are removed by
 * {@link FilePurgeService} only once a backup has been taken since, so any backup's database and files agree.
 */
@Component
public class TransactionalFiles {

    private static final Logger log = LoggerFactory.getLogger(TransactionalFiles.class);
    private final FileStore store;
    private final FileTombstoneRepository tombstones;
    private final Clock clock;

    TransactionalFiles(FileStore store, FileTombstoneRepository tombstones, Clock clock) {
        this.store = store;
        this.tombstones = tombstones;
        this.clock = clock;
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

    /**
     * Marks the files of rows deleted in the current transaction for deletion: a tombstone each, written in this
     * transaction (a rollback leaves none), and the file itself is deleted once a backup taken since has finished.
     */
    public void deleteAfterCommit(Collection<String> keys) {
        if (!keys.isEmpty()) {
            tombstones.add(keys, OffsetDateTime.now(clock));
        }
    }

    /**
     * Removes the files at once when the current transaction commits, with no backup in between: only where the law
     * on personal data requires that they go with their rows (a group's desk documents when its deletion is
     * confirmed). A backup running meanwhile may then hold a row without its file; that is the price of erasure.
     */
    public void deleteNowAfterCommit(Collection<String> keys) {
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
