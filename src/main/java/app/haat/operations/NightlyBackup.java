package app.haat.operations;

import app.haat.core.data.DataDirectory;
import app.haat.core.security.SystemAuthority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A backup every night ({@code haat.backup.cron}, 02:30 by default; "-" for none) on one node, where backups are
 * supported; then only the newest {@code haat.backup.keep} backups stay in the backups folder. Files not named as
 * {@link BackupService} names its backups are left alone.
 */
@Component
public class NightlyBackup {

    private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);
    private static final Pattern BACKUP_NAME = Pattern.compile("haat-backup-(\\d{8}-\\d{6})(?:-(\\d{1,6}))?\\.zip");

    private final BackupService backups;
    private final DataDirectory dataDirectory;
    private final int keep;

    NightlyBackup(BackupService backups, DataDirectory dataDirectory, @Value("${haat.backup.keep:14}") int keep) {
        this.backups = backups;
        this.dataDirectory = dataDirectory;
        this.keep = Math.max(1, keep);
    }

    @Scheduled(cron = "${haat.backup.cron:0 30 2 * * *}", zone = "Asia/Kolkata")
    @SchedulerLock(name = "nightly-backup", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    public void nightly() {
        if (!backups.supported()) {
            log.info("No nightly backup: this database cannot be backed up by the portal (see README)");
            return;
        }
        BackupService.BackupFile file = SystemAuthority.runAsAdmin(backups::backup);
        try {
            List<Path> removed = removeOld(dataDirectory.resolve(BackupService.BACKUPS), keep);
            log.info("Nightly backup {} ({} bytes); {} older ones removed", file.name(), file.bytes(), removed.size());
        } catch (IOException e) {
            log.warn("Nightly backup {} taken, but older ones could not be removed: {}", file.name(), e.getMessage());
        }
    }

    /** Deletes all but the newest {@code keep} backups in the folder (by the time in their names); answers which. */
    static List<Path> removeOld(Path folder, int keep) throws IOException {
        List<Path> old;
        try (Stream<Path> found = Files.list(folder)) {
            old = found.filter(
                            p -> BACKUP_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(NightlyBackup::stamp)
                            .thenComparingInt(NightlyBackup::number)
                            .reversed())
                    .skip(keep)
                    .toList();
        }
        for (Path path : old) {
            Files.deleteIfExists(path);
        }
        return old;
    }

    private static String stamp(Path backup) {
        return matcher(backup).group(1);
    }

    /** The second backup of one second is {@code …-2.zip}, the first has no number. */
    private static int number(Path backup) {
        String number = matcher(backup).group(2);
        return number == null ? 1 : Integer.parseInt(number);
    }

    private static Matcher matcher(Path backup) {
        Matcher matcher = BACKUP_NAME.matcher(backup.getFileName().toString());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(backup.toString());
        }
        return matcher;
    }
}
