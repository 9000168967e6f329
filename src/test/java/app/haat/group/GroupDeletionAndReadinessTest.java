package app.haat.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.region.RegionService;
import app.haat.support.IntegrationTest;
import app.haat.support.TestAccounts;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

class GroupDeletionAndReadinessTest extends IntegrationTest {

    @Autowired
    GroupService groups;

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    GroupProfileService profiles;

    @Autowired
    GroupDeletionService deletions;

    @Autowired
    ProductService products;

    @Autowired
    RegionService regions;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    org.jooq.DSLContext dsl;

    private long municipality(String nameEn) {
        return municipalityNamed(nameEn);
    }

    private String newGroup(long municipalityId) {
        String mobile = GroupRegistryTest.newMobile();
        registrations.register(new SignUpForm(
                "মা দুর্গা গোষ্ঠী " + mobile,
                municipalityId,
                "4",
                10,
                "Rina Das",
                mobile,
                "long-enough",
                "rina" + mobile + "@example.org",
                true,
                Set.of("HANDLOOM"),
                "bn"));
        return mobile;
    }

    private static long photoFiles() throws Exception {
        Path folder = DATA_DIR.resolve("photos");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void aGroupAsksToBeDeletedAndItsOfficerErasesThePersonalDataButKeepsTheFigure() throws Exception {
        long bally = municipality("Bally");
        String mobile = newGroup(bally);
        long id = accounts.as(mobile, () -> groups.mine().id());
        accounts.as(mobile, () -> profiles.addMember(id, "Sima Pal", Member.MemberRole.SECRETARY, "9830011111"));
        long product = accounts.as(mobile, () -> products.addProduct(id, "কাঁথা", null, null, 100, 200));
        byte[] jpeg = PhotoProcessorTest.jpegWithExif();
        long filesBefore = photoFiles();
        long photo = accounts.as(mobile, () -> products.addPhoto(product, new ByteArrayInputStream(jpeg)));
        assertThat(photoFiles()).isEqualTo(filesBefore + 2);
        Path original = DATA_DIR.resolve("photos/" + photoKey(photo) + ".jpg");

        String officer = accounts.officer(Set.of(bally));
        // without a request from the group, an officer cannot delete it
        int version = accounts.as(officer, () -> groups.get(id).version());
        assertThatThrownBy(() -> accounts.as(officer, () -> deletions.confirmDeletion(id, version)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("group.error.noDeletionRequest"));

        accounts.as(mobile, deletions::requestDeletion);
        accounts.as(mobile, deletions::withdrawDeletionRequest);
        assertThat(accounts.as(mobile, () -> groups.mine().deletionRequestedAt()))
                .isNull();
        accounts.as(mobile, deletions::requestDeletion);
        assertThat(accounts.as(officer, () -> groups.count(new GroupFilter(null, null, null, mobile, null, true))))
                .isEqualTo(1);

        Group requested = accounts.as(officer, () -> groups.get(id));
        String otherOfficer = accounts.officer(Set.of(municipality("Kolkata")));
        assertThatThrownBy(() -> accounts.as(otherOfficer, () -> deletions.confirmDeletion(id, requested.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(mobile, () -> deletions.confirmDeletion(id, requested.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(officer, () -> deletions.confirmDeletion(id, requested.version() - 1)))
                .isInstanceOf(ConflictException.class);

        accounts.as(officer, () -> deletions.confirmDeletion(id, requested.version()));

        Group erased = accounts.as(officer, () -> groups.get(id));
        assertThat(erased.status()).isEqualTo(GroupStatus.DELETED);
        assertThat(erased.name()).isEmpty();
        assertThat(erased.leaderName()).isEmpty();
        assertThat(erased.phone()).isNull();
        assertThat(erased.email()).isNull();
        assertThat(erased.municipalityId()).isEqualTo(bally);
        assertThat(erased.categories()).containsExactly("HANDLOOM");
        assertThat(accounts.as(officer, () -> groups.members(id))).isEmpty();
        assertThat(accounts.as(officer, () -> products.products(id))).isEmpty();
        assertThat(original).as("until a backup is taken since").exists();
        // the account no longer carries the mobile number and cannot sign in
        assertThat(dsl.fetchExists(app.haat.db.Tables.APP_USER, app.haat.db.Tables.APP_USER.USERNAME.eq(mobile)))
                .isFalse();
        assertThat(dsl.fetchOne(app.haat.db.Tables.APP_USER, app.haat.db.Tables.APP_USER.GROUP_ID.eq(id))
                        .getEnabled())
                .isFalse();
        // deleted groups leave the default list, can be listed on purpose, and cannot be changed
        assertThat(accounts.as(officer, () -> groups.count(new GroupFilter(null, null, null, mobile))))
                .isZero();
        assertThat(accounts
                        .as(officer, () -> groups.page(new GroupFilter(GroupStatus.DELETED, null, null, null), 0, 1000))
                        .stream()
                        .map(Group::id))
                .contains(id);
        assertThatThrownBy(() -> accounts.as(officer, () -> profiles.addMember(id, "X", null, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("group.error.deleted");
        assertThatThrownBy(() -> accounts.as(officer, () -> registrations.verify(id, erased.version())))
                .isInstanceOf(ConflictException.class);
        // the mobile number is free again for a new registration
        registrations.register(
                new SignUpForm("New group", bally, "4", 10, "Rina", mobile, "long-enough", null, true, Set.of(), "bn"));
        assertThat(dsl.fetchCount(
                        app.haat.db.Tables.AUDIT_LOG,
                        app.haat.db.Tables.AUDIT_LOG
                                .ENTITY_ID
                                .eq(String.valueOf(id))
                                .and(app.haat.db.Tables.AUDIT_LOG.ACTION.eq("DELETE"))))
                .isEqualTo(1);
        backups.takeAndPurge();
        assertThat(original).doesNotExist();
        assertThat(Path.of(original.toString().replace(".jpg", "-thumb.jpg"))).doesNotExist();
    }

    @Autowired
    app.haat.support.TestBackups backups;

    private String photoKey(long photoId) {
        return dsl.select(app.haat.db.Tables.PRODUCT_PHOTO.FILE_KEY)
                .from(app.haat.db.Tables.PRODUCT_PHOTO)
                .where(app.haat.db.Tables.PRODUCT_PHOTO.ID.eq(photoId))
                .fetchSingle(app.haat.db.Tables.PRODUCT_PHOTO.FILE_KEY);
    }

    @Test
    void aPhotoStoredInATransactionThatRollsBackLeavesNoFile() throws Exception {
        String mobile = newGroup(municipality("Bally"));
        long id = accounts.as(mobile, () -> groups.mine().id());
        long product = accounts.as(mobile, () -> products.addProduct(id, "Dokra horse", null, null, null, null));
        byte[] jpeg = PhotoProcessorTest.jpegWithExif();
        long before = photoFiles();
        accounts.as(
                mobile,
                () -> transaction.execute(status -> {
                    products.addPhoto(product, new ByteArrayInputStream(jpeg));
                    status.setRollbackOnly();
                    return null;
                }));
        assertThat(photoFiles()).isEqualTo(before);
        assertThat(accounts.as(mobile, () -> products.products(id)).get(0).photoIds())
                .isEmpty();
    }

    @Test
    void readinessIsFilteredSortedAndAddedUpPerMunicipalityWithinTheOfficersScope() throws Exception {
        long chandannagar = municipality("Chandannagar");
        String officer = accounts.officer(Set.of(chandannagar));
        String admin = accounts.admin();
        List<ReadinessFigures> before = accounts.as(officer, groups::readinessByMunicipality);
        int groupsBefore = before.stream().mapToInt(ReadinessFigures::groups).sum();
        int panBefore = before.stream().mapToInt(ReadinessFigures::pan).sum();
        int photosBefore = before.stream().mapToInt(ReadinessFigures::photos).sum();

        String ready = newGroup(chandannagar);
        String idle = newGroup(chandannagar);
        long readyId = accounts.as(ready, () -> groups.mine().id());
        long idleId = accounts.as(idle, () -> groups.mine().id());
        for (long id : List.of(readyId, idleId)) {
            int version = accounts.as(officer, () -> groups.get(id).version());
            accounts.as(officer, () -> registrations.verify(id, version));
        }
        int version = accounts.as(ready, () -> groups.mine().version());
        accounts.as(
                ready,
                () -> profiles.updateProfile(
                        readyId, version, new ProfileForm(null, "ABCDE1234F", null, "123456789012", "SBIN0001234")));
        long product = accounts.as(ready, () -> products.addProduct(readyId, "Jamdani", null, null, null, null));
        for (int i = 0; i < 3; i++) {
            byte[] jpeg = PhotoProcessorTest.jpegWithExif();
            accounts.as(ready, () -> products.addPhoto(product, new ByteArrayInputStream(jpeg)));
        }

        Group readyGroup = accounts.as(officer, () -> groups.get(readyId));
        assertThat(readyGroup.readinessDone()).isEqualTo(4); // PAN, bank, photos; FSSAI not needed (no food)
        assertThat(accounts.as(officer, () -> groups.get(idleId)).readinessDone())
                .isEqualTo(1); // only the FSSAI registration it does not need

        GroupFilter partly = new GroupFilter(null, null, null, null, GroupFilter.ReadinessLevel.PARTLY, false);
        GroupFilter none = new GroupFilter(null, null, null, null, GroupFilter.ReadinessLevel.NONE, false);
        List<Long> partlyIds = accounts.as(officer, () -> groups.page(partly, 0, 1000)).stream()
                .map(Group::id)
                .toList();
        List<Long> noneIds = accounts.as(officer, () -> groups.page(none, 0, 1000)).stream()
                .map(Group::id)
                .toList();
        assertThat(partlyIds).contains(readyId).doesNotContain(idleId);
        assertThat(noneIds).contains(idleId).doesNotContain(readyId);

        List<Group> byReadiness = accounts.as(
                officer,
                () -> groups.page(GroupFilter.ALL, 0, 1000, List.of(new GroupSort(GroupSort.Column.READINESS, false))));
        assertThat(byReadiness).isSortedAccordingTo((a, b) -> Integer.compare(b.readinessDone(), a.readinessDone()));
        List<Group> byName = accounts.as(
                officer,
                () -> groups.page(GroupFilter.ALL, 0, 1000, List.of(new GroupSort(GroupSort.Column.NAME, true))));
        assertThat(byName.stream().map(Group::name).toList()).isSorted();

        List<ReadinessFigures> after = accounts.as(officer, groups::readinessByMunicipality);
        assertThat(after).extracting(ReadinessFigures::municipalityId).containsExactly(chandannagar);
        ReadinessFigures figures = after.get(0);
        assertThat(figures.groups()).isEqualTo(groupsBefore + 2);
        assertThat(figures.pan()).isEqualTo(panBefore + 1);
        assertThat(figures.photos()).isEqualTo(photosBefore + 1);
        assertThat(figures.ready()).isZero(); // nobody has the e-retail training yet
        // an admin sees every municipality with verified groups, including this one with the same figures
        assertThat(accounts.as(admin, groups::readinessByMunicipality))
                .filteredOn(r -> r.municipalityId() == chandannagar)
                .containsExactly(figures);
        assertThatThrownBy(() -> accounts.as(ready, groups::readinessByMunicipality))
                .isInstanceOf(AccessDeniedException.class);
    }
}
