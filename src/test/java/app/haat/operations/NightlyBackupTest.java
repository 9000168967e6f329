package app.haat.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.haat.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/** The nightly backup: taken as the system, then only the newest {@code haat.backup.keep} (14) backups stay. */
class NightlyBackupTest extends IntegrationTest {

    @Autowired
    NightlyBackup nightly;

    @Autowired
    BackupService backups;

    @TempDir
    Path folder;

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> found = Files.list(folder)) {
            return found.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theNightlyBackupKeepsTheNewestFourteenAndLeavesOtherFilesAlone() throws Exception {
        assumeTrue(backups.supported(), "backups are supported on this database");
        Path backupsFolder = DATA_DIR.resolve(BackupService.BACKUPS);
        Files.createDirectories(backupsFolder);
        List<String> old = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            String name = "haat-backup-200101%02d-023000.zip".formatted(day);
            Files.writeString(backupsFolder.resolve(name), "an old backup");
            old.add(name);
        }
        Files.writeString(backupsFolder.resolve("notes.zip"), "not a backup");
        Files.writeString(backupsFolder.resolve("haat-backup-copy.zip"), "not named as a backup");
        List<String> before = backupsIn(backupsFolder);

        // the job itself, not through its lock (which a run of the tests a minute earlier may still hold)
        NightlyBackup job = AopTestUtils.getUltimateTargetObject(nightly);
        job.nightly();

        List<String> after = backupsIn(backupsFolder);
        List<String> added = after.stream().filter(n -> !before.contains(n)).toList();
        assertThat(added).hasSize(1);
        assertThat(after).hasSize(14).contains(added.getFirst()).doesNotContain(old.getFirst());
        List<String> removed = before.stream().filter(n -> !after.contains(n)).toList();
        assertThat(removed).hasSize(before.size() + 1 - 14);
        String oldestKept = after.stream()
                .map(n -> n.substring(12, 27))
                .min(String::compareTo)
                .orElseThrow();
        assertThat(removed).allSatisfy(n -> assertThat(n.substring(12, 27)).isLessThanOrEqualTo(oldestKept));
        assertThat(names(backupsFolder)).contains("notes.zip", "haat-backup-copy.zip");
    }

    private static List<String> backupsIn(Path folder) throws Exception {
        return names(folder).stream()
                .filter(n -> n.matches("haat-backup-\\d{8}-\\d{6}(-\\d+)?\\.zip"))
                .toList();
    }

    @Test
    void olderBackupsGoByTheTimeInTheirNamesTheSecondOfOneSecondBeingTheNewer() throws Exception {
        for (String name : List.of(
                "haat-backup-20250101-023000.zip",
                "haat-backup-20250102-023000.zip",
                "haat-backup-20250102-023000-2.zip",
                "haat-backup-20241231-235959.zip",
                "haat-backup-20250102-023000.zip.part",
                "other.zip")) {
            Files.writeString(folder.resolve(name), name);
        }
        assertThat(NightlyBackup.removeOld(folder, 2))
                .map(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("haat-backup-20250101-023000.zip", "haat-backup-20241231-235959.zip");
        assertThat(names(folder))
                .containsExactly(
                        "haat-backup-20250102-023000-2.zip",
                        "haat-backup-20250102-023000.zip",
                        "haat-backup-20250102-023000.zip.part",
                        "other.zip");
        assertThat(NightlyBackup.removeOld(folder, 1))
                .map(p -> p.getFileName().toString())
                .containsExactly("haat-backup-20250102-023000.zip");
    }
}
