package app.haat.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.security.SystemAuthority;
import app.haat.group.GroupRegistrationService;
import app.haat.group.GroupRegistryTest;
import app.haat.group.GroupService;
import app.haat.group.PhotoProcessorTest;
import app.haat.group.ProductService;
import app.haat.group.SignUpForm;
import app.haat.operations.BackupService;
import app.haat.operations.RestoreCommand;
import app.haat.support.IntegrationTest;
import app.haat.support.S3ProxyServer;
import app.haat.support.TestAccounts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The file store on a real S3 API (s3proxy on loopback): the portal configured with HAAT_S3_ENDPOINT keeps product
 * photos in the bucket, a file written in a transaction that rolls back is removed from it, and a backup takes the
 * bucket's files, which a restore puts into another bucket.
 */
@DirtiesContext
class S3FileStoreTest extends IntegrationTest {

    private static final S3ProxyServer S3 = start();

    private static S3ProxyServer start() {
        try {
            return S3ProxyServer.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        registry.add("haat.s3.endpoint", S3::endpoint);
        registry.add("haat.s3.bucket", () -> "haat-photos");
        registry.add("haat.s3.access-key", () -> S3ProxyServer.ACCESS_KEY);
        registry.add("haat.s3.secret-key", () -> S3ProxyServer.SECRET_KEY);
    }

    @AfterAll
    static void stop() {
        S3.close();
    }

    @Autowired
    FileStore store;

    @Autowired
    TransactionalFiles files;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    GroupService groups;

    @Autowired
    ProductService products;

    @Autowired
    TestAccounts accounts;

    @Autowired
    BackupService backups;

    @Test
    void filesGoToTheBucketAndOnlyCommittedOnesStay() throws Exception {
        assertThat(store).isInstanceOf(S3FileStore.class);
        assertThat(store.describe()).isEqualTo("s3://haat-photos at " + S3.endpoint());
        store.put("notes/a.txt", "এক".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(store.get("notes/a.txt"), StandardCharsets.UTF_8)).isEqualTo("এক");
        assertThat(store.keys("notes/")).containsExactly("notes/a.txt");
        store.delete("notes/a.txt");
        assertThatThrownBy(() -> store.get("notes/a.txt")).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.put("../escape", new byte[1])).isInstanceOf(IllegalArgumentException.class);

        // written in a transaction that rolls back: gone from the bucket; in one that commits: kept
        transactions.executeWithoutResult(status -> {
            files.putAll(Map.of("notes/rolled-back.txt", new byte[] {1, 2, 3}));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> files.putAll(Map.of("notes/kept.txt", new byte[] {4})));
        assertThat(store.keys("notes/")).containsExactly("notes/kept.txt");
        // a deleted row's file stays in the bucket until a backup has been taken since, then the purge deletes it
        transactions.executeWithoutResult(status -> files.deleteAfterCommit(java.util.List.of("notes/kept.txt")));
        assertThat(store.keys("notes/")).containsExactly("notes/kept.txt");
        // erased with its row: removed only once the removal commits, but then at once
        transactions.executeWithoutResult(status -> files.putAll(Map.of("notes/erased.txt", new byte[] {5})));
        transactions.executeWithoutResult(status -> {
            files.deleteNowAfterCommit(java.util.List.of("notes/erased.txt"));
            assertThat(keys("notes/")).contains("notes/erased.txt");
        });
        assertThat(store.keys("notes/")).containsExactly("notes/kept.txt");
        testBackups.takeAndPurge();
        assertThat(store.keys("notes/")).isEmpty();
    }

    @Autowired
    app.haat.support.TestBackups testBackups;

    @Test
    void aProductPhotoIsKeptInTheBucketAndABackupTakesItToAnotherBucket() throws Exception {
        String mobile = GroupRegistryTest.newMobile();
        registrations.register(new SignUpForm(
                "S3 Gosthi " + mobile,
                municipalityNamed("Bally"),
                "1",
                10,
                "Rina",
                mobile,
                "long-enough",
                null,
                true,
                Set.of(),
                "bn"));
        long groupId = accounts.as(mobile, () -> groups.mine().id());
        long productId = accounts.as(mobile, () -> products.addProduct(groupId, "কাঁথা", null, null, 1200, 3500));
        byte[] jpeg = PhotoProcessorTest.jpegWithExif();
        accounts.as(mobile, () -> products.addPhoto(productId, new ByteArrayInputStream(jpeg)));
        long photoId = accounts.as(mobile, () -> products.products(groupId))
                .getFirst()
                .photoIds()
                .getFirst();
        byte[] served = accounts.as(mobile, () -> products.photo(photoId, false));
        assertThat(store.keys("photos/"))
                .anyMatch(k -> k.endsWith(".jpg") && !k.endsWith("-thumb.jpg"))
                .anyMatch(k -> k.endsWith("-thumb.jpg"));
        assertThat(store.keys("photos/").stream().map(this::bytes)).anyMatch(b -> java.util.Arrays.equals(b, served));

        java.nio.file.Path zip = SystemAuthority.runAsAdmin(backups::backup).path();
        try (var backup = new java.util.zip.ZipFile(zip.toFile())) {
            assertThat(store.keys("photos/")).isNotEmpty().allMatch(k -> backup.getEntry(k) != null);
        }
        if (onPostgres()) {
            return; // restoring a PostgreSQL backup needs a database of its own: PostgresBackupRestoreTest
        }
        // restored as an operator would: the database into a new data directory, the files into another bucket
        String[] command = {
            "restore",
            zip.toString(),
            "--haat.data-dir=" + java.nio.file.Files.createTempDirectory("haat-s3-restore-"),
            "--haat.s3.endpoint=" + S3.endpoint(),
            "--haat.s3.bucket=haat-restored",
            "--haat.s3.access-key=" + S3ProxyServer.ACCESS_KEY,
            "--haat.s3.secret-key=" + S3ProxyServer.SECRET_KEY
        };
        assertThat(RestoreCommand.run(command)).isZero();
        try (S3FileStore restored = new S3FileStore(new S3FileStore.Settings(
                S3.endpoint(), "haat-restored", S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY, "us-east-1"))) {
            assertThat(restored.keys("photos/")).containsExactlyInAnyOrderElementsOf(store.keys("photos/"));
            for (String key : store.keys("photos/")) {
                assertThat(restored.get(key)).isEqualTo(store.get(key));
            }
        }
    }

    private java.util.List<String> keys(String prefix) {
        try {
            return store.keys(prefix);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private byte[] bytes(String key) {
        try {
            return store.get(key);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
