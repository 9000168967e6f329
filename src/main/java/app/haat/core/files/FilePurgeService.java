package app.haat.core.files;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the files of deleted rows once a backup has been taken since (#24): {@link TransactionalFiles} leaves a
 * tombstone in the deleting transaction, the backup claims the tombstones committed before its snapshot
 * ({@link #claimForBackup}), and once it has finished this job deletes their files from the store. So every backup's
 * database and files agree: a row in a backup has its file there too. Until a backup has been taken, the files stay.
 */
@Service
public class FilePurgeService {

    private static final Logger log = LoggerFactory.getLogger(FilePurgeService.class);
    private static final int BATCH = 500;
    /** A backup unfinished for longer than this has died (its node was killed): it no longer holds the purge back. */
    static final Duration BACKUP_RUNS_AT_MOST = Duration.ofHours(6);

    private final FileTombstoneRepository tombstones;
    private final FileStore store;

    FilePurgeService(FileTombstoneRepository tombstones, FileStore store) {
        this.tombstones = tombstones;
        this.store = store;
    }

    /**
     * Called by a backup before its database snapshot starts, in a transaction of its own that commits at once: the
     * tombstones committed by now are those whose rows the snapshot no longer holds. Answers how many it claimed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int claimForBackup(long backupRunId) {
        return tombstones.claimFor(backupRunId);
    }

    /** Every {@code haat.files.purge-interval} (an hour by default), on one node. */
    @Scheduled(
            initialDelayString = "${haat.files.purge-interval:PT1H}",
            fixedDelayString = "${haat.files.purge-interval:PT1H}")
    @SchedulerLock(name = "file-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void purgeJob() {
        int purged = purge();
        if (purged > 0) {
            log.info("Deleted {} files of deleted rows, a backup having been taken since", purged);
        }
    }

    /**
     * Deletes the files whose tombstones a finished backup claimed, then the tombstones; a file the store refuses to
     * delete keeps its tombstone and is tried again next time. Answers how many went.
     */
    public int purge() {
        int purged = 0;
        while (true) {
            List<String> keys = tombstones.purgeable(BATCH, OffsetDateTime.now().minus(BACKUP_RUNS_AT_MOST));
            List<String> gone = new ArrayList<>();
            for (String key : keys) {
                try {
                    store.delete(key);
                    gone.add(key);
                } catch (IOException | RuntimeException e) {
                    log.warn("Could not delete file {}: {}", key, e.getMessage());
                }
            }
            if (!gone.isEmpty()) {
                tombstones.remove(gone);
            }
            purged += gone.size();
            if (keys.size() < BATCH || gone.isEmpty()) {
                return purged;
            }
        }
    }
}
