package app.haat.core.files;

import static app.haat.db.Tables.BACKUP_RUN;
import static app.haat.db.Tables.FILE_TOMBSTONE;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The tombstones of deleted rows' files ({@code file_tombstone}): written in the deleting transaction, claimed by the
 * next backup before its snapshot, removed once their files are gone after that backup finished.
 */
@Repository
class FileTombstoneRepository {

    private final DSLContext dsl;

    FileTombstoneRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Tombstones for the keys, in the current transaction; a key that has one already keeps it. */
    void add(Collection<String> keys, OffsetDateTime deletedAt) {
        for (String key : keys) {
            dsl.insertInto(FILE_TOMBSTONE)
                    .set(FILE_TOMBSTONE.FILE_KEY, FileStore.checked(key))
                    .set(FILE_TOMBSTONE.DELETED_AT, deletedAt)
                    .onDuplicateKeyIgnore()
                    .execute();
        }
    }

    /**
     * The backup about to take its snapshot claims the tombstones committed so far (a statement sees no uncommitted
     * row, so a deletion still in progress is claimed by a later backup), taking over those of backups that have not
     * finished (failed, cut off or still running). Answers how many it claimed.
     */
    int claimFor(long backupRunId) {
        return dsl.update(FILE_TOMBSTONE)
                .set(FILE_TOMBSTONE.BACKUP_RUN_ID, backupRunId)
                .where(FILE_TOMBSTONE.BACKUP_RUN_ID.isNull())
                .or(FILE_TOMBSTONE.BACKUP_RUN_ID.in(DSL.select(BACKUP_RUN.ID)
                        .from(BACKUP_RUN)
                        .where(BACKUP_RUN.FINISHED_AT.isNull())
                        .and(BACKUP_RUN.ID.ne(backupRunId))))
                .execute();
    }

    /**
     * Keys whose tombstone was claimed by a backup that has finished: no backup's database still has their rows. None
     * while another backup started after {@code runningSince} has not finished: backups may overlap (the nightly one
     * and the admin's button on another node), and one still copying files may hold a row whose tombstone a later,
     * quicker backup claimed.
     */
    List<String> purgeable(int limit, OffsetDateTime runningSince) {
        return dsl.select(FILE_TOMBSTONE.FILE_KEY)
                .from(FILE_TOMBSTONE)
                .join(BACKUP_RUN)
                .on(BACKUP_RUN.ID.eq(FILE_TOMBSTONE.BACKUP_RUN_ID))
                .where(BACKUP_RUN.FINISHED_AT.isNotNull())
                .andNotExists(DSL.selectOne()
                        .from(BACKUP_RUN.as("running"))
                        .where(BACKUP_RUN.as("running").FINISHED_AT.isNull())
                        .and(BACKUP_RUN.as("running").STARTED_AT.gt(runningSince)))
                .orderBy(FILE_TOMBSTONE.DELETED_AT, FILE_TOMBSTONE.FILE_KEY)
                .limit(limit)
                .fetch(FILE_TOMBSTONE.FILE_KEY);
    }

    void remove(Collection<String> keys) {
        dsl.deleteFrom(FILE_TOMBSTONE).where(FILE_TOMBSTONE.FILE_KEY.in(keys)).execute();
    }

    boolean exists(String key) {
        return dsl.fetchExists(FILE_TOMBSTONE, FILE_TOMBSTONE.FILE_KEY.eq(key));
    }
}
