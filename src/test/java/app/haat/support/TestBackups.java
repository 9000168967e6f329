package app.haat.support;

import static app.haat.db.Tables.BACKUP_RUN;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.haat.core.files.FilePurgeService;
import app.haat.core.security.SystemAuthority;
import app.haat.operations.BackupService;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Backups for the tests of deleted rows' files. {@link #takeReal} takes a whole backup as the nightly job would (a
 * copy of the whole test database and its files: seconds each late in a run); {@link #take} does only what a backup
 * does for those files, in the same order (recorded, claiming the tombstones committed so far, finished), so the many
 * tests of the rule do not each copy the database.
 */
@Component
public class TestBackups {

    private final BackupService backups;
    private final FilePurgeService purge;
    private final DSLContext dsl;

    public TestBackups(BackupService backups, FilePurgeService purge, DSLContext dsl) {
        this.backups = backups;
        this.purge = purge;
        this.dsl = dsl;
    }

    /** A whole backup (the test stops here, skipped, where this database cannot be backed up). */
    public BackupService.BackupFile takeReal() {
        assumeTrue(backups.supported(), "backups are supported on this database");
        return SystemAuthority.runAsAdmin(backups::backup);
    }

    /** A backup's bookkeeping for the files of deleted rows: started, tombstones claimed, finished. */
    public void take() {
        long run = dsl.insertInto(BACKUP_RUN)
                .set(BACKUP_RUN.STARTED_AT, OffsetDateTime.now())
                .set(BACKUP_RUN.FILE_NAME, "test-backup.zip")
                .set(BACKUP_RUN.NODE_ID, "test")
                .returning(BACKUP_RUN.ID)
                .fetchSingle()
                .getId();
        purge.claimForBackup(run);
        dsl.update(BACKUP_RUN)
                .set(BACKUP_RUN.FINISHED_AT, OffsetDateTime.now())
                .where(BACKUP_RUN.ID.eq(run))
                .execute();
    }

    /** Answers how many files the purge deleted. */
    public int purge() {
        return purge.purge();
    }

    public void takeAndPurge() {
        take();
        purge();
    }
}
