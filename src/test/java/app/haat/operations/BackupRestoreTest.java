package app.haat.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.security.Role;
import app.haat.core.security.SystemAuthority;
import app.haat.support.PortalProcess;
import app.haat.user.UserAccount;
import app.haat.user.UserForm;
import app.haat.user.UserService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Restarts keep data; an online backup can be restored into a stopped portal. Embedded H2 only. */
@Tag("h2")
class BackupRestoreTest {

    @TempDir
    Path dataDir;

    static void createUser(ConfigurableApplicationContext portal, String username) {
        UserService users = portal.getBean(UserService.class);
        SystemAuthority.runAsAdmin(() ->
                users.create(new UserForm(username, "long-enough", null, null, Role.CENTRE_STAFF, Set.of(), "en")));
    }

    static Set<String> usernames(ConfigurableApplicationContext portal) {
        UserService users = portal.getBean(UserService.class);
        return SystemAuthority.runAsAdmin(
                () -> users.list().stream().map(UserAccount::username).collect(Collectors.toSet()));
    }

    @Test
    void aRestartKeepsUsersAndABackupRestoresTheStateItWasTakenIn() throws Exception {
        Path backup;
        try (ConfigurableApplicationContext portal = PortalProcess.start(dataDir)) {
            createUser(portal, "before-backup");
            Files.createDirectories(dataDir.resolve("photos"));
            Files.writeString(dataDir.resolve("photos/kantha.txt"), "a photo");
            // the desk's documents are backed up as they lie: encrypted (the key is configuration, not data)
            Files.createDirectories(dataDir.resolve("documents"));
            Files.write(dataDir.resolve("documents/4f1c.bin"), new byte[] {1, 2, 3});
            backup = SystemAuthority.runAsAdmin(
                            () -> portal.getBean(BackupService.class).backup())
                    .path();
            createUser(portal, "after-backup");
        }
        try (ConfigurableApplicationContext portal = PortalProcess.start(dataDir)) {
            assertThat(usernames(portal)).contains("admin", "before-backup", "after-backup");
            // a running portal refuses to be restored over
            assertThatThrownBy(() -> RestoreCommand.restore(backup, dataDir)).hasMessageContaining("in use");
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.getEntry("db/haat.mv.db")).isNotNull();
            assertThat(zip.getEntry("photos/kantha.txt")).isNotNull();
            assertThat(zip.getEntry("documents/4f1c.bin")).isNotNull();
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName))
                    .as("the search index is rebuilt from the database, never backed up")
                    .noneMatch(name -> name.startsWith("search/"));
        }
        Files.writeString(dataDir.resolve("photos/kantha.txt"), "changed later");

        assertThat(RestoreCommand.run(new String[] {"restore", backup.toString(), "--haat.data-dir=" + dataDir}))
                .isZero();
        assertThat(Files.readString(dataDir.resolve("photos/kantha.txt"))).isEqualTo("a photo");
        try (ConfigurableApplicationContext portal = PortalProcess.start(dataDir)) {
            assertThat(usernames(portal)).contains("admin", "before-backup").doesNotContain("after-backup");
        }
    }

    @Test
    void restoreRefusesFilesThatAreNotBackups() throws Exception {
        Path notABackup = dataDir.resolve("random.zip");
        Files.writeString(notABackup, "not a zip");
        assertThat(RestoreCommand.run(
                        new String[] {"restore", notABackup.toString(), "--haat.data-dir=" + dataDir.resolve("target")
                        }))
                .isEqualTo(1);
        assertThat(RestoreCommand.run(new String[] {"restore"})).isEqualTo(2);
    }
}
