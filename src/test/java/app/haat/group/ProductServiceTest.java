package app.haat.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ValidationException;
import app.haat.region.RegionService;
import app.haat.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ProductServiceTest extends IntegrationTest {

    @Autowired
    ProductService products;

    @Autowired
    GroupService groups;

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    RegionService regions;

    @Autowired
    app.haat.support.TestAccounts accounts;

    private String newGroup() {
        long bally = municipalityNamed("Bally");
        String mobile = GroupRegistryTest.newMobile();
        registrations.register(new SignUpForm(
                "Photo Gosthi " + mobile, bally, "1", 10, "Rina", mobile, "long-enough", null, true, Set.of(), "bn"));
        return mobile;
    }

    @Test
    void photosRaiseReadinessAndOnlyTheGroupAndItsOfficersSeeThem() throws Exception {
        String mobile = newGroup();
        long groupId = accounts.as(mobile, () -> groups.mine().id());
        long productId = accounts.as(
                mobile, () -> products.addProduct(groupId, "কাঁথা স্টিচ শাড়ি", "হাতে সেলাই", null, 1200, 3500));
        assertThat(accounts.as(mobile, () -> products.readiness(groupId)).items())
                .containsEntry("photos", false);
        for (int i = 0; i < 3; i++) {
            byte[] jpeg = PhotoProcessorTest.jpegWithExif();
            accounts.as(mobile, () -> products.addPhoto(productId, new ByteArrayInputStream(jpeg)));
        }
        Readiness readiness = accounts.as(mobile, () -> products.readiness(groupId));
        assertThat(readiness.items()).containsEntry("photos", true).containsEntry("pan", false);
        assertThat(readiness.done()).isEqualTo(2); // the photos, and FSSAI not needed (no food)
        long photoId = accounts.as(mobile, () -> products.products(groupId))
                .get(0)
                .photoIds()
                .get(0);
        assertThat(accounts.as(mobile, () -> products.photo(photoId, true))).isNotEmpty();

        String stranger = newGroup();
        assertThatThrownBy(() -> accounts.as(stranger, () -> products.photo(photoId, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> products.addProduct(groupId, "x", null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        byte[] notAPhoto = "MZ...".getBytes();
        assertThatThrownBy(() ->
                        accounts.as(mobile, () -> products.addPhoto(productId, new ByteArrayInputStream(notAPhoto))))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsExactly("photo.error.notImage"));
        assertThatThrownBy(() ->
                        accounts.as(mobile, () -> products.addProduct(groupId, "Bad price", null, null, 500, 100)))
                .isInstanceOf(ValidationException.class);
    }

    @Autowired
    org.jooq.DSLContext dsl;

    private int countedPhotos(long groupId) {
        return dsl.select(app.haat.db.Tables.SHG_GROUP.PHOTO_COUNT)
                .from(app.haat.db.Tables.SHG_GROUP)
                .where(app.haat.db.Tables.SHG_GROUP.ID.eq(groupId))
                .fetchSingle(app.haat.db.Tables.SHG_GROUP.PHOTO_COUNT);
    }

    @Test
    void aGroupChangesReordersAndDeletesItsProductsAndPhotosAndOnlyItsOwn() throws Exception {
        byte[] jpeg = PhotoProcessorTest.jpegWithExif();
        String mobile = newGroup();
        long groupId = accounts.as(mobile, () -> groups.mine().id());
        long saree = accounts.as(mobile, () -> products.addProduct(groupId, "Saree", null, null, 900, 1500));
        long bag = accounts.as(mobile, () -> products.addProduct(groupId, "Jute bag", null, null, null, null));
        long first = accounts.as(mobile, () -> products.addPhoto(saree, new ByteArrayInputStream(jpeg)));
        long second = accounts.as(mobile, () -> products.addPhoto(saree, new ByteArrayInputStream(jpeg)));
        accounts.as(mobile, () -> products.addPhoto(bag, new ByteArrayInputStream(jpeg)));
        assertThat(countedPhotos(groupId)).isEqualTo(3);

        // changed: name, description and prices; another product's name is refused
        accounts.as(mobile, () -> products.updateProduct(saree, "Kantha saree", "হাতে সেলাই", null, 1200, 3500));
        assertThat(accounts.as(mobile, () -> products.products(groupId)).getFirst())
                .extracting(Product::name, Product::description, Product::priceMin, Product::priceMax)
                .containsExactly("Kantha saree", "হাতে সেলাই", 1200, 3500);
        assertThatThrownBy(() ->
                        accounts.as(mobile, () -> products.updateProduct(saree, "Jute bag", null, null, null, null)))
                .isInstanceOf(app.haat.core.api.ConflictException.class);
        assertThatThrownBy(() ->
                        accounts.as(mobile, () -> products.updateProduct(saree, "Kantha saree", null, null, 500, 100)))
                .isInstanceOf(ValidationException.class);

        // reordered: the bag first, the saree's second photo first; a move past either end changes nothing
        accounts.as(mobile, () -> products.moveProduct(bag, -1));
        accounts.as(mobile, () -> products.moveProduct(bag, -1));
        accounts.as(mobile, () -> products.movePhoto(second, -1));
        assertThat(accounts.as(mobile, () -> products.products(groupId)))
                .extracting(Product::name)
                .containsExactly("Jute bag", "Kantha saree");
        assertThat(accounts.as(mobile, () -> products.photoIds(saree))).containsExactly(second, first);
        // a new product goes last
        long lamp = accounts.as(mobile, () -> products.addProduct(groupId, "Lamp", null, null, null, null));
        assertThat(accounts.as(mobile, () -> products.products(groupId)))
                .extracting(Product::id)
                .containsExactly(bag, saree, lamp);

        // another group may change none of it; the group's officer may
        String stranger = newGroup();
        for (Runnable attempt : List.<Runnable>of(
                () -> products.updateProduct(saree, "Mine", null, null, null, null),
                () -> products.deleteProduct(saree),
                () -> products.moveProduct(saree, 1),
                () -> products.deletePhoto(first),
                () -> products.movePhoto(first, 1))) {
            assertThatThrownBy(() -> accounts.as(stranger, attempt)).isInstanceOf(AccessDeniedException.class);
        }
        String officer = accounts.officer(Set.of(municipalityNamed("Bally")));
        accounts.as(officer, () -> products.updateProduct(lamp, "Terracotta lamp", null, null, null, null));
        assertThat(accounts.as(mobile, () -> products.products(groupId))
                        .getLast()
                        .name())
                .isEqualTo("Terracotta lamp");

        // deleted: a photo, then a product with its photo; rows and counts go, the files once a backup is taken since
        String secondKey = photoKey(second);
        String bagKey =
                photoKey(accounts.as(mobile, () -> products.photoIds(bag)).getFirst());
        accounts.as(mobile, () -> products.deletePhoto(second));
        assertThat(accounts.as(mobile, () -> products.photoIds(saree))).containsExactly(first);
        assertThat(countedPhotos(groupId)).isEqualTo(2);
        assertThatThrownBy(() -> accounts.as(mobile, () -> products.photo(second, true)))
                .isInstanceOf(app.haat.core.api.NotFoundException.class);
        accounts.as(mobile, () -> products.deleteProduct(bag));
        assertThat(accounts.as(mobile, () -> products.products(groupId)))
                .extracting(Product::name)
                .containsExactly("Kantha saree", "Terracotta lamp");
        assertThat(countedPhotos(groupId)).isEqualTo(1);
        assertThat(accounts.as(mobile, () -> products.readiness(groupId)).items())
                .containsEntry("photos", false);
        assertThat(photoFilesOf(secondKey)).containsExactly(true, true);
        assertThat(photoFilesOf(bagKey)).containsExactly(true, true);
        backups.purge();
        assertThat(photoFilesOf(secondKey)).as("no backup since").containsExactly(true, true);
        backups.takeAndPurge();
        assertThat(photoFilesOf(secondKey)).containsExactly(false, false);
        assertThat(photoFilesOf(bagKey)).containsExactly(false, false);
        assertThat(photoFilesOf(photoKey(first))).as("a photo kept").containsExactly(true, true);
    }

    @Autowired
    app.haat.support.TestBackups backups;

    private String photoKey(long photoId) {
        return dsl.select(app.haat.db.Tables.PRODUCT_PHOTO.FILE_KEY)
                .from(app.haat.db.Tables.PRODUCT_PHOTO)
                .where(app.haat.db.Tables.PRODUCT_PHOTO.ID.eq(photoId))
                .fetchSingle(app.haat.db.Tables.PRODUCT_PHOTO.FILE_KEY);
    }

    /** Whether the photo's original and thumbnail are in the data directory. */
    private static List<Boolean> photoFilesOf(String key) {
        return List.of(
                java.nio.file.Files.exists(DATA_DIR.resolve("photos/" + key + ".jpg")),
                java.nio.file.Files.exists(DATA_DIR.resolve("photos/" + key + "-thumb.jpg")));
    }
}
