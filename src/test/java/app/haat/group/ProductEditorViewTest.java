package app.haat.group;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On My group, the group changes, reorders and deletes its products and photos, and reads what is missing. */
class ProductEditorViewTest extends ViewTest {

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    GroupService groups;

    @Autowired
    ProductService products;

    private String newGroup() {
        String mobile = GroupRegistryTest.newMobile();
        registrations.register(new SignUpForm(
                "সম্পাদনা গোষ্ঠী " + mobile,
                municipalityNamed("Bally"),
                "3",
                10,
                "Rina",
                mobile,
                "long-enough",
                null,
                true,
                Set.of(),
                "bn"));
        return mobile;
    }

    private String text(String id) {
        return _get(ListItem.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void theGroupChangesMovesAndDeletesProductsAndPhotosAfterAQuestionNamingThem() throws Exception {
        byte[] jpeg = PhotoProcessorTest.jpegWithExif();
        String mobile = newGroup();
        long groupId = accounts.as(mobile, () -> groups.mine().id());
        long saree = accounts.as(mobile, () -> products.addProduct(groupId, "শাড়ি", null, null, null, null));
        long bag = accounts.as(mobile, () -> products.addProduct(groupId, "পাটের ব্যাগ", null, null, null, null));
        long photo = accounts.as(mobile, () -> products.addPhoto(saree, new ByteArrayInputStream(jpeg)));
        signInAs(mobile);
        navigate("my-group");
        useLanguage(Translator.BENGALI);

        _click(_get(Button.class, s -> s.withId("product-edit-" + saree)));
        _get(TextField.class, s -> s.withId("product-edit-name")).setValue("কাঁথা শাড়ি");
        _get(TextField.class, s -> s.withId("product-edit-price-min")).setValue("১২০০");
        _click(_get(Button.class, s -> s.withId("product-edit-save")));
        assertThat(accounts.as(mobile, () -> products.products(groupId)).getFirst())
                .extracting(Product::name, Product::priceMin)
                .containsExactly("কাঁথা শাড়ি", 1200);

        _click(_get(Button.class, s -> s.withId("product-up-" + bag)));
        assertThat(accounts.as(mobile, () -> products.products(groupId)))
                .extracting(Product::id)
                .containsExactly(bag, saree);
        assertThat(_get(Button.class, s -> s.withId("product-up-" + bag)).isEnabled())
                .as("the first product cannot move up")
                .isFalse();

        // a photo: asked first, naming the product; nothing deleted before the answer
        _click(_get(Button.class, s -> s.withId("photo-delete-" + photo)));
        ConfirmDialog askPhoto = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(askPhoto)).contains("কাঁথা শাড়ি");
        assertThat(accounts.as(mobile, () -> products.photoIds(saree))).containsExactly(photo);
        ConfirmDialogKt._fireConfirm(askPhoto);
        assertThat(accounts.as(mobile, () -> products.photoIds(saree))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.Component.class, s -> s.withId("photo-" + photo)))
                .isEmpty();

        // a product: the question names it and says the catalogue loses it too
        _click(_get(Button.class, s -> s.withId("product-delete-" + bag)));
        ConfirmDialog askProduct = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(askProduct)).contains("পাটের ব্যাগ").contains("ক্যাটালগ");
        ConfirmDialogKt._fireConfirm(askProduct);
        assertThat(accounts.as(mobile, () -> products.products(groupId)))
                .extracting(Product::name)
                .containsExactly("কাঁথা শাড়ি");
        assertThat(_find(com.vaadin.flow.component.Component.class, s -> s.withId("product-" + bag)))
                .isEmpty();
    }

    @Test
    void eachMissingReadinessItemSaysWhatIsMissingAndLinksToWhereItIsPutRight() {
        String mobile = newGroup();
        signInAs(mobile);
        navigate("my-group");
        useLanguage(Translator.BENGALI);
        assertThat(text("readiness-pan")).contains("প্যান এখনও লেখা হয়নি").doesNotContain("লেখা হয়েছে");
        assertThat(text("readiness-photos")).contains("৩টির কম").contains("দিনের আলোয়");
        assertThat(text("readiness-pan")).contains("আয়কর দপ্তর").contains("প্যানের জন্য কেন্দ্রে অনুরোধ করুন");
        assertThat(_get(Anchor.class, s -> s.withId("readiness-ask-PAN")).getHref())
                .isEqualTo("my-requests?ask=PAN");
        assertThat(_get(Anchor.class, s -> s.withId("readiness-fix-pan")).getHref())
                .isEqualTo("my-group#profile-pan");
        assertThat(_get(Anchor.class, s -> s.withId("readiness-fix-bank")).getHref())
                .isEqualTo("my-group#profile-bank");
        assertThat(_get(Anchor.class, s -> s.withId("readiness-fix-photos")).getHref())
                .isEqualTo("my-group#products");

        // once the PAN is saved, the item reads as done, without a link
        _get(TextField.class, s -> s.withId("profile-pan")).setValue("ABCDE1234F");
        _click(_get(Button.class, s -> s.withId("profile-save")));
        navigate("my-group");
        useLanguage(Locale.ENGLISH);
        assertThat(text("readiness-pan")).contains("PAN entered").doesNotContain("not");
        assertThat(_find(Anchor.class, s -> s.withId("readiness-fix-pan"))).isEmpty();
        assertThat(text("readiness-gstin"))
                .contains("No GSTIN or GST enrolment number yet")
                .contains("within West Bengal")
                .contains("GST portal")
                .contains("Enter the GSTIN")
                .contains("Ask your centre for GST enrolment")
                .contains("Ask your centre for a GSTIN");
        // each item the centre helps with links to a new request of the matching type
        assertThat(_get(Anchor.class, s -> s.withId("readiness-ask-GST_ENROLMENT"))
                        .getHref())
                .isEqualTo("my-requests?ask=GST_ENROLMENT");
        assertThat(_get(Anchor.class, s -> s.withId("readiness-ask-GST_REGISTRATION"))
                        .getHref())
                .isEqualTo("my-requests?ask=GST_REGISTRATION");
        assertThat(_get(Anchor.class, s -> s.withId("readiness-ask-BANK_ACCOUNT"))
                        .getHref())
                .isEqualTo("my-requests?ask=BANK_ACCOUNT");
        assertThat(_get(Anchor.class, s -> s.withId("readiness-ask-UPI_ID")).getHref())
                .isEqualTo("my-requests?ask=UPI_ID");
        assertThat(text("readiness-bank")).contains("Open a savings account").contains("or a UPI ID");
        assertThat(_find(Anchor.class, s -> s.withId("readiness-ask-PAN"))).isEmpty();
        assertThat(text("readiness-udyam")).contains("Udyam registration is not needed");
        assertThat(_get(Anchor.class, s -> s.withId("readiness-ask-UDYAM")).getHref())
                .isEqualTo("my-requests?ask=UDYAM");
        assertThat(text("readiness-fssai")).contains("not needed");
    }
}
