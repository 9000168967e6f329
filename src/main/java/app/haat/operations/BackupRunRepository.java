package app.haat.operations;

import static app.haat.db.Tables.BACKUP_RUN;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The backups taken ({@code backup_run}): a row when one starts, before its database snapshot, finished when its zip
 * is complete. The files of deleted rows go once a backup that claimed their tombstones has finished.
 */
@Repository
class BackupRunRepository {

    private final DSLContext dsl;

    BackupRunRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long start(OffsetDateTime startedAt, String fileName, String nodeId) {
        return dsl.insertInto(BACKUP_RUN)
                .set(BACKUP_RUN.STARTED_AT, startedAt)
                .set(BACKUP_RUN.FILE_NAME, fileName)
                .set(BACKUP_RUN.NODE_ID, nodeId)
                .returning(BACKUP_RUN.ID)
                .fetchSingle()
                .getId();
    }

    void finish(long id, OffsetDateTime finishedAt) {
        dsl.update(BACKUP_RUN)
                .set(BACKUP_RUN.FINISHED_AT, finishedAt)
                .where(BACKUP_RUN.ID.eq(id))
                .execute();
    }

    /**
     * A backup that failed is forgotten: it no longer holds the purge back, and the tombstones it claimed (their
     * reference set to null) go to the next backup. A backup cut off by a killed node cannot say so; the purge stops
     * waiting for it after {@code FilePurgeService.BACKUP_RUNS_AT_MOST}.
     */
    void forget(long id) {
        dsl.deleteFrom(BACKUP_RUN).where(BACKUP_RUN.ID.eq(id)).execute();
    }
}
