package app.haat.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.haat.core.files.FilePurgeService;
import app.haat.core.security.SystemAuthority;
import app.haat.operations.BackupService;
import org.springframework.stereotype.Component;

/** Takes a backup as the nightly job would, then runs the purge of deleted rows' files. */
@Component
public class TestBackups {

    private final BackupService backups;
    private final FilePurgeService purge;

    public TestBackups(BackupService backups, FilePurgeService purge) {
        this.backups = backups;
        this.purge = purge;
    }

    /** A backup (the test stops here, skipped, where this database cannot be backed up: PostgreSQL without pg_dump). */
    public BackupService.BackupFile take() {
        assumeTrue(backups.supported(), "backups are supported on this database");
        return SystemAuthority.runAsAdmin(backups::backup);
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
