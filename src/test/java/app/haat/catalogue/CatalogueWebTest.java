package app.haat.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.AllocationService;
import app.haat.db.Tables;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.SlotLength;
import app.haat.group.ProductService;
import app.haat.support.IntegrationTest;
import app.haat.venue.KioskForm;
import app.haat.venue.VenueForm;
import app.haat.venue.VenueKind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** The public catalogue over real HTTP, without signing in: only published exhibitions, no personal data. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueWebTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    ProductService products;

    @Autowired
    DSLContext dsl;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] jpeg() throws Exception {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    @Test
    void shoppersSeeOnlyPublishedExhibitionsAndNoPersonalData() throws Exception {
        long chinsurah = fx.municipality("Hooghly-Chinsurah");
        String officer = fx.accounts.officer(Set.of(chinsurah));
        long mall = fx.mall(officer, chinsurah, 2);
        long id = fx.openExhibition(
                officer, mall, "Chinsurah Winter Fair", LocalDate.now().plusDays(20), 7, SlotLength.WHOLE, 3);
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(id))
                .getFirst()
                .id();
        List<String> mobiles = new ArrayList<>();
        long photo = 0;
        for (int i = 0; i < 4; i++) {
            VerifiedGroup group = fx.verifiedGroup(officer, chinsurah, "HANDLOOM");
            mobiles.add(group.mobile());
            if (i == 0) {
                byte[] picture = jpeg();
                photo = fx.accounts.as(
                        group.mobile(), () -> products.addPhoto(group.product(), new ByteArrayInputStream(picture)));
            }
            fx.apply(group, id, slot);
        }
        fx.close(officer, id);
        fx.accounts.as(officer, () -> allocation.run(id, null));

        // allocated but not published: not found, and nothing of it in the answer
        HttpResponse<String> early = get("/catalogue/exhibition/" + id);
        assertThat(early.statusCode()).isEqualTo(404);
        assertThat(early.body()).doesNotContain("Chinsurah Winter Fair").doesNotContain("কারিগর");
        assertThat(get("/catalogue/photo/" + photo + ".jpg").statusCode()).isEqualTo(404);
        assertThat(get("/catalogue/exhibition/99999999").statusCode()).isEqualTo(404);

        fx.accounts.as(officer, () -> allocation.publish(id));
        HttpResponse<String> page = get("/catalogue/exhibition/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body())
                .contains("Chinsurah Winter Fair")
                .contains("কারিগর গোষ্ঠী")
                .contains("কিয়স্ক K")
                .contains("loading=\"lazy\"");
        assertThat(page.body()).doesNotContain("Rina Das"); // the leader: personal data stays off the catalogue
        assertThat(page.body().length()).isLessThan(300_000);
        HttpResponse<String> english = get("/catalogue/exhibition/" + id + "?lang=en");
        assertThat(english.body()).contains("Kiosk K").contains("lang=\"en\"");
        // the municipality's page and the index list it
        // four groups: all on the municipality's page, so no link to "all the groups"
        assertThat(get("/catalogue/municipality/" + chinsurah).body())
                .contains("Chinsurah Winter Fair")
                .doesNotContain("id=\"more-");
        assertThat(get("/catalogue").body()).contains("/catalogue/municipality/" + chinsurah);
        // the photo of an exhibited group is public now
        HttpResponse<byte[]> thumbnail = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/catalogue/photo/" + photo + ".jpg"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(thumbnail.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/jpeg");
    }

    @Test
    void aBengaliPageShowsTheBengaliTitleVenueAndAddressAndAnEnglishPageTheEnglishOnes() throws Exception {
        long rishra = fx.municipality("Rishra");
        String officer = fx.accounts.officer(Set.of(rishra));
        long mall = fx.accounts.as(
                officer,
                () -> fx.venues.create(new VenueForm(
                                VenueKind.MALL,
                                "Rishra Riverside Mall",
                                rishra,
                                "GT Road, Rishra",
                                1,
                                6,
                                3,
                                null,
                                null,
                                List.of(new KioskForm("K1", 0, 0, 0, null, null, 4, false, false, false)))
                        .withBengali("রিষড়া নদীতীর মল", "জিটি রোড, রিষড়া")));
        long id = fx.openExhibition(
                officer, mall, "Rishra Spring Fair", LocalDate.now().plusDays(30), 7, SlotLength.WHOLE, 3);
        dsl.update(Tables.EXHIBITION)
                .set(Tables.EXHIBITION.TITLE_BN, "রিষড়া বসন্ত মেলা")
                .where(Tables.EXHIBITION.ID.eq(id))
                .execute();
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(id))
                .getFirst()
                .id();
        VerifiedGroup group = fx.verifiedGroup(officer, rishra, "HANDLOOM");
        fx.apply(group, id, slot);
        fx.close(officer, id);
        fx.accounts.as(officer, () -> allocation.run(id, null));
        fx.accounts.as(officer, () -> allocation.publish(id));

        String bengali = get("/catalogue/exhibition/" + id + "?lang=bn").body();
        assertThat(bengali)
                .contains("রিষড়া বসন্ত মেলা", "রিষড়া নদীতীর মল", "জিটি রোড, রিষড়া")
                .doesNotContain("Rishra Spring Fair")
                .doesNotContain("Rishra Riverside Mall");
        assertThat(get("/catalogue/municipality/" + rishra).body()).contains("রিষড়া বসন্ত মেলা");
        assertThat(get("/catalogue").body()).contains("রিষড়া বসন্ত মেলা"); // the list of draws
        String english = get("/catalogue/exhibition/" + id + "?lang=en").body();
        assertThat(english)
                .contains("Rishra Spring Fair", "Rishra Riverside Mall", "GT Road, Rishra")
                .doesNotContain("রিষড়া বসন্ত মেলা");
        assertThat(get("/catalogue?lang=en").body()).contains("Rishra Spring Fair");
    }

    @Test
    void theCatalogueFollowsTheGroupsOrderAndDeletionsAndLinksToTheVenuesLocation() throws Exception {
        long serampore = fx.municipality("Serampore");
        String officer = fx.accounts.officer(Set.of(serampore));
        long mall = fx.mall(officer, serampore, 1);
        fx.accounts.as(
                officer,
                () -> fx.venues.setLocation(
                        mall, new java.math.BigDecimal("22.75"), new java.math.BigDecimal("88.34")));
        long id = fx.openExhibition(
                officer, mall, "Serampore Fair", LocalDate.now().plusDays(20), 7, SlotLength.WHOLE, 1);
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(id))
                .getFirst()
                .id();
        VerifiedGroup group = fx.verifiedGroup(officer, serampore, "HANDLOOM");
        byte[] picture = jpeg();
        long lamp = fx.accounts.as(
                group.mobile(), () -> products.addProduct(group.id(), "Terracotta lamp", null, null, null, null));
        long bell = fx.accounts.as(
                group.mobile(), () -> products.addProduct(group.id(), "Dokra bell", null, null, null, null));
        long lampPhoto =
                fx.accounts.as(group.mobile(), () -> products.addPhoto(lamp, new ByteArrayInputStream(picture)));
        long bellPhoto =
                fx.accounts.as(group.mobile(), () -> products.addPhoto(bell, new ByteArrayInputStream(picture)));
        fx.apply(group, id, slot);
        fx.close(officer, id);
        fx.accounts.as(officer, () -> allocation.run(id, null));
        fx.accounts.as(officer, () -> allocation.publish(id));

        String before = get("/catalogue/exhibition/" + id + "?lang=en").body();
        assertThat(before.indexOf("Terracotta lamp")).isLessThan(before.indexOf("Dokra bell"));
        assertThat(before).contains("/catalogue/photo/" + lampPhoto + ".jpg");
        assertThat(before).contains("https://www.google.com/maps/search/?api=1&amp;query=22.750000,88.340000");

        // the bell moves first: the catalogue lists it first and shows its photo
        fx.accounts.as(group.mobile(), () -> products.moveProduct(bell, -1));
        String moved = get("/catalogue/exhibition/" + id + "?lang=en").body();
        assertThat(moved.indexOf("Dokra bell")).isLessThan(moved.indexOf("Terracotta lamp"));
        assertThat(moved).contains("/catalogue/photo/" + bellPhoto + ".jpg");

        // deleted: the bell and its photo are gone from the page and from the photo address
        fx.accounts.as(group.mobile(), () -> products.deleteProduct(bell));
        fx.accounts.as(group.mobile(), () -> products.deletePhoto(lampPhoto));
        String after = get("/catalogue/exhibition/" + id + "?lang=en").body();
        assertThat(after).doesNotContain("Dokra bell").contains("Terracotta lamp");
        assertThat(after).doesNotContain("/catalogue/photo/");
        assertThat(get("/catalogue/photo/" + bellPhoto + ".jpg").statusCode()).isEqualTo(404);
        assertThat(get("/catalogue/photo/" + lampPhoto + ".jpg").statusCode()).isEqualTo(404);
    }
}
