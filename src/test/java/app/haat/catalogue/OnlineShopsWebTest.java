package app.haat.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.AllocationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.SlotLength;
import app.haat.listing.Listing;
import app.haat.listing.ListingForm;
import app.haat.listing.ListingService;
import app.haat.listing.MarketplaceService;
import app.haat.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** The public catalogue shows a group's confirmed online shops beside its products, and never an unconfirmed one. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnlineShopsWebTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    AllocationService allocation;

    @Autowired
    ListingService listings;

    @Autowired
    MarketplaceService marketplaces;

    private final HttpClient http = HttpClient.newHttpClient();

    private String page(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Test
    void confirmedShopsAreShownInThePagesLanguageAndUnconfirmedOnesNever() throws Exception {
        long konnagar = fx.municipality("Konnagar");
        String officer = fx.accounts.officer(Set.of(konnagar));
        long mall = fx.mall(officer, konnagar, 1);
        long id = fx.openExhibition(
                officer, mall, "Konnagar Online Fair", LocalDate.now().plusDays(20), 7, SlotLength.WHOLE, 1);
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(id))
                .getFirst()
                .id();
        VerifiedGroup group = fx.verifiedGroup(officer, konnagar, "HANDLOOM");
        fx.apply(group, id, slot);
        fx.close(officer, id);
        fx.accounts.as(officer, () -> allocation.run(id, null));
        fx.accounts.as(officer, () -> allocation.publish(id));
        var offered = fx.accounts.as(officer, () -> marketplaces.active());
        long saheli = offered.stream()
                .filter(m -> m.name().equals("Amazon Saheli"))
                .findFirst()
                .orElseThrow()
                .id();
        long samarth = offered.stream()
                .filter(m -> m.name().equals("Flipkart Samarth"))
                .findFirst()
                .orElseThrow()
                .id();
        Listing shown = fx.accounts.as(
                group.mobile(),
                () -> listings.add(
                        group.id(), new ListingForm(saheli, "SAHELI-K", "https://www.amazon.in/s?me=saheli-k", null)));
        fx.accounts.as(
                group.mobile(),
                () -> listings.add(
                        group.id(),
                        new ListingForm(samarth, "SAMARTH-K", "https://www.flipkart.com/sellers/samarth-k", null)));

        String before = page("/catalogue/exhibition/" + id + "?lang=bn");
        assertThat(before).contains("কারিগর গোষ্ঠী").doesNotContain("amazon.in").doesNotContain("flipkart.com");

        fx.accounts.as(officer, () -> listings.confirm(group.id(), shown.id(), true));
        String bengali = page("/catalogue/exhibition/" + id + "?lang=bn");
        assertThat(bengali)
                .contains("অনলাইনে কিনুন")
                .contains("<a href=\"https://www.amazon.in/s?me=saheli-k\" target=\"_blank\" rel=\"noopener nofollow\">"
                        + "অ্যামাজন সহেলি</a>")
                .doesNotContain("flipkart.com");
        assertThat(page("/catalogue/exhibition/" + id + "?lang=en"))
                .contains(">Amazon Saheli</a>")
                .doesNotContain("flipkart.com");
        // the link changed: no longer confirmed, so no longer shown
        fx.accounts.as(
                group.mobile(),
                () -> listings.update(
                        group.id(),
                        shown.id(),
                        new ListingForm(saheli, "SAHELI-K", "https://www.amazon.in/s?me=saheli-k2", null)));
        assertThat(page("/catalogue/municipality/" + konnagar)).doesNotContain("amazon.in");
    }
}
