package app.haat.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ValidationException;
import app.haat.region.RegionService;
import app.haat.support.IntegrationTest;
import java.io.ByteArrayInputStream;
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
        assertThat(readiness.done()).isEqualTo(1);
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
}
