package app.haat.core.files;

import static app.haat.db.Tables.BACKUP_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.support.IntegrationTest;
import app.haat.support.TestBackups;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deleted row's file stays until a backup taken since its deletion committed has finished (so every backup's
 * database and files agree), then the purge deletes it; a rolled-back deletion leaves nothing to purge.
 */
class FileTombstonesTest extends IntegrationTest {

    @Autowired
    TransactionalFiles files;

    @Autowired
    FileStore store;

    @Autowired
    FileTombstoneRepository tombstones;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestBackups backups;

    @Autowired
    org.jooq.DSLContext dsl;

    private String written() {
        String key = "notes/" + UUID.randomUUID() + ".txt";
        transactions.executeWithoutResult(status -> files.putAll(Map.of(key, new byte[] {1, 2})));
        return key;
    }

    private boolean stored(String key) throws Exception {
        return store.keys("notes/").contains(key);
    }

    @Test
    void aDeletedFileStaysUntilABackupTakenSinceThenThePurgeDeletesIt() throws Exception {
        String before = written();
        transactions.executeWithoutResult(status -> files.deleteAfterCommit(List.of(before)));
        assertThat(tombstones.exists(before)).isTrue();
        backups.purge();
        assertThat(stored(before)).as("no backup since its deletion").isTrue();

        backups.takeReal(); // a whole backup once: the rest of the rule with its bookkeeping only
        String after = written();
        transactions.executeWithoutResult(status -> files.deleteAfterCommit(List.of(after)));
        assertThat(backups.purge()).isPositive();
        assertThat(stored(before)).isFalse();
        assertThat(tombstones.exists(before)).isFalse();
        assertThat(stored(after)).as("deleted after the latest backup started").isTrue();
        assertThat(tombstones.exists(after)).isTrue();

        backups.takeAndPurge();
        assertThat(stored(after)).isFalse();
        assertThat(tombstones.exists(after)).isFalse();
    }

    /**
     * Backups may overlap (the nightly one on one node, the admin's button on another): while one that started
     * earlier is still copying files, a later one that finished first must not let the purge delete a file the
     * earlier one's snapshot still has a row for.
     */
    @Test
    void noFileGoesWhileAnotherBackupIsStillRunning() throws Exception {
        String key = written();
        transactions.executeWithoutResult(status -> files.deleteAfterCommit(List.of(key)));
        long running = dsl.insertInto(BACKUP_RUN)
                .set(BACKUP_RUN.STARTED_AT, OffsetDateTime.now().minusMinutes(1))
                .set(BACKUP_RUN.FILE_NAME, "haat-backup-on-another-node.zip")
                .set(BACKUP_RUN.NODE_ID, "node-b")
                .returning(BACKUP_RUN.ID)
                .fetchSingle()
                .getId();
        try {
            backups.takeAndPurge();
            assertThat(stored(key)).as("another backup is still copying files").isTrue();
        } finally {
            dsl.update(BACKUP_RUN)
                    .set(BACKUP_RUN.FINISHED_AT, OffsetDateTime.now())
                    .where(BACKUP_RUN.ID.eq(running))
                    .execute();
        }
        backups.purge();
        assertThat(stored(key)).isFalse();
    }

    @Test
    void aRolledBackDeletionLeavesNoTombstoneAndTheFileStays() throws Exception {
        String key = written();
        transactions.executeWithoutResult(status -> {
            files.deleteAfterCommit(List.of(key));
            status.setRollbackOnly();
        });
        assertThat(tombstones.exists(key)).isFalse();
        backups.takeAndPurge();
        assertThat(stored(key)).isTrue();
    }

    @Test
    void aDeletionStillUncommittedWhenABackupStartsWaitsForTheNextBackup() throws Exception {
        String key = written();
        CountDownLatch tombstoned = new CountDownLatch(1);
        CountDownLatch backedUp = new CountDownLatch(1);
        CompletableFuture<Void> deletion = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(s -> {
            files.deleteAfterCommit(List.of(key));
            tombstoned.countDown();
            try {
                assertThat(backedUp.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(tombstoned.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            // the backup's snapshot still holds the row: its file must stay in the store for that backup's sake
            backups.take();
        } finally {
            backedUp.countDown();
        }
        deletion.get(30, TimeUnit.SECONDS);
        assertThat(tombstones.exists(key)).isTrue();
        backups.purge();
        assertThat(stored(key)).isTrue();

        backups.takeAndPurge();
        assertThat(stored(key)).isFalse();
    }

    @Test
    void aFileErasedWithItsRowGoesAtOnceWhenTheTransactionCommits() throws Exception {
        String key = written();
        transactions.executeWithoutResult(status -> {
            files.deleteNowAfterCommit(List.of(key));
            try {
                assertThat(stored(key)).as("until the commit").isTrue();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(stored(key)).isFalse();
        assertThat(tombstones.exists(key)).isFalse();
    }
}
