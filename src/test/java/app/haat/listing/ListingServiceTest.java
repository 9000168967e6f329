package app.haat.listing;

import static app.haat.db.Tables.GROUP_LISTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.group.GroupDeletionService;
import app.haat.group.GroupRegistryTest;
import app.haat.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A group's online shops: the field rules, who may do what, and the confirmation an edit clears. */
class ListingServiceTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ListingService listings;

    @Autowired
    MarketplaceService marketplaces;

    @Autowired
    GroupDeletionService deletions;

    @Autowired
    DSLContext dsl;

    private String officer;
    private String otherOfficer;
    private VerifiedGroup group;
    private VerifiedGroup other;
    private long gem;

    @BeforeEach
    void groups() {
        long bally = fx.municipality("Bally");
        long medinipur = fx.municipality("Medinipur");
        officer = fx.accounts.officer(Set.of(bally));
        otherOfficer = fx.accounts.officer(Set.of(medinipur));
        group = fx.verifiedGroup(officer, bally, "HANDLOOM");
        other = fx.verifiedGroup(otherOfficer, medinipur, "CRAFT");
        gem = fx.accounts.as(group.mobile(), () -> marketplaces.active()).stream()
                .filter(m -> m.name().startsWith("GeM"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private ListingForm form(String sellerId, String link) {
        return new ListingForm(gem, sellerId, link, List.of(group.product()));
    }

    static Stream<Arguments> badForms() {
        return Stream.of(
                Arguments.of("javascript link", "S1", "javascript:alert(1)", "listing.error.link"),
                Arguments.of("ftp link", "S1", "ftp://files.example.in/shop", "listing.error.link"),
                Arguments.of("no scheme", "S1", "www.amazon.in/shop", "listing.error.link"),
                Arguments.of("spaces", "S1", "https://www.amazon.in/my shop", "listing.error.link"),
                Arguments.of("no host", "S1", "https:///shop", "listing.error.link"),
                Arguments.of("user info", "S1", "https://evil@www.amazon.in/", "listing.error.link"),
                Arguments.of("blank link", "S1", "  ", "listing.error.linkMissing"),
                Arguments.of("long link", "S1", "https://a.in/" + "x".repeat(500), "listing.error.linkLength"),
                Arguments.of("blank seller", " ", "https://a.in/", "listing.error.sellerId"),
                Arguments.of("long seller", "S".repeat(81), "https://a.in/", "listing.error.sellerIdLength"),
                Arguments.of("seller with NUL", "S\u00001", "https://a.in/", "input.error.singleLine"),
                Arguments.of("seller with CR LF", "S\r\n1", "https://a.in/", "input.error.singleLine"),
                Arguments.of("link with LF", "S1", "https://a.in/\nx", "listing.error.link"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badForms")
    void aBadFieldIsRefusedWithItsReasonAndNothingIsRecorded(
            String what, String sellerId, String link, String refusal) {
        assertThatThrownBy(() -> fx.accounts.as(group.mobile(), () -> listings.add(group.id(), form(sellerId, link))))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).contains(refusal));
        assertThat(fx.accounts.as(group.mobile(), () -> listings.listings(group.id())))
                .isEmpty();
    }

    @Test
    void theGroupRecordsAShopAndOnlyItsOwnProductsOnAMarketplaceInUseOnce() {
        Listing shop = fx.accounts.as(
                group.mobile(), () -> listings.add(group.id(), form("GEM-1", "HTTPS://mkp.gem.gov.in/seller/gem-1")));
        assertThat(shop.link()).isEqualTo("https://mkp.gem.gov.in/seller/gem-1");
        assertThat(shop.productIds()).containsExactly(group.product());
        assertThat(shop.confirmed()).isFalse();
        // another group's product, an unknown marketplace, the same shop twice, a missing marketplace: refused
        assertThatThrownBy(() -> fx.accounts.as(
                        group.mobile(),
                        () -> listings.add(
                                group.id(), new ListingForm(gem, "GEM-2", "https://a.in/", List.of(other.product())))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("listing.error.product"));
        assertThatThrownBy(() -> fx.accounts.as(
                        group.mobile(),
                        () -> listings.add(group.id(), new ListingForm(99_999_999L, "GEM-2", "https://a.in/", null))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> fx.accounts.as(
                        group.mobile(),
                        () -> listings.add(group.id(), new ListingForm(null, "GEM-2", "https://a.in/", null))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> fx.accounts.as(
                        group.mobile(), () -> listings.add(group.id(), form("gem-1", "https://a.in/other"))))
                .isInstanceOf(ConflictException.class);
        assertThat(fx.accounts.as(group.mobile(), () -> listings.listings(group.id())))
                .singleElement()
                .extracting(Listing::sellerId)
                .isEqualTo("GEM-1");
    }

    @Test
    void aRetiredMarketplaceTakesNoNewShopButKeepsItsOwn() {
        String admin = fx.accounts.admin();
        Marketplace fresh = fx.accounts.as(
                admin,
                () -> marketplaces.add(
                        new MarketplaceForm("Haat Test Bazaar " + GroupRegistryTest.newMobile(), "হাট বাজার")));
        Listing shop = fx.accounts.as(
                group.mobile(),
                () -> listings.add(
                        group.id(), new ListingForm(fresh.id(), "HB-1", "https://bazaar.example.in/hb-1", null)));
        fx.accounts.as(admin, () -> marketplaces.setActive(fresh.id(), false));
        assertThatThrownBy(() -> fx.accounts.as(
                        group.mobile(),
                        () -> listings.add(
                                group.id(),
                                new ListingForm(fresh.id(), "HB-2", "https://bazaar.example.in/hb-2", null))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("listing.error.marketplace"));
        // its own listing stays and may still be changed on it
        Listing changed = fx.accounts.as(
                group.mobile(),
                () -> listings.update(
                        group.id(),
                        shop.id(),
                        new ListingForm(
                                fresh.id(), "HB-1", "https://bazaar.example.in/hb-1", List.of(group.product()))));
        assertThat(changed.marketplaceActive()).isFalse();
        assertThat(fx.accounts.as(admin, () -> marketplaces.all()))
                .anySatisfy(m -> assertThat(m.id() == fresh.id() && !m.active()).isTrue());
        // only admins keep the list
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> marketplaces.setActive(fresh.id(), true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheGroupItsOfficersAndAdminsSeeAndChangeItsShopsAndOnlyOfficersConfirm() {
        Listing shop = fx.accounts.as(
                group.mobile(), () -> listings.add(group.id(), form("GEM-9", "https://mkp.gem.gov.in/seller/gem-9")));
        // another group and an officer of another zone: refused, nothing changes
        for (String outsider : List.of(other.mobile(), otherOfficer)) {
            assertThatThrownBy(() -> fx.accounts.as(outsider, () -> listings.listings(group.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fx.accounts.as(
                            outsider, () -> listings.add(group.id(), form("X-1", "https://x.example.in/"))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fx.accounts.as(
                            outsider, () -> listings.update(group.id(), shop.id(), form("X-1", "https://x.in/"))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fx.accounts.as(outsider, () -> listings.confirm(group.id(), shop.id(), true)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fx.accounts.as(outsider, () -> listings.delete(group.id(), shop.id())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // a listing named under another group's id is not found there
        assertThatThrownBy(() -> fx.accounts.as(otherOfficer, () -> listings.delete(other.id(), shop.id())))
                .isInstanceOf(NotFoundException.class);
        // a group never confirms its own shop; its officer does
        assertThatThrownBy(() -> fx.accounts.as(group.mobile(), () -> listings.confirm(group.id(), shop.id(), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fx.accounts.as(group.mobile(), () -> listings.listings(group.id())))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.confirmed()).isFalse();
                    assertThat(l.sellerId()).isEqualTo("GEM-9");
                });
        Listing confirmed = fx.accounts.as(officer, () -> listings.confirm(group.id(), shop.id(), true));
        assertThat(confirmed.confirmedBy()).isEqualTo(officer);
        assertThat(fx.accounts
                        .as(officer, () -> listings.confirm(group.id(), shop.id(), false))
                        .confirmed())
                .isFalse();
        fx.accounts.as(fx.accounts.admin(), () -> listings.confirm(group.id(), shop.id(), true));
        fx.accounts.as(group.mobile(), () -> listings.delete(group.id(), shop.id()));
        assertThat(fx.accounts.as(officer, () -> listings.listings(group.id()))).isEmpty();
    }

    @Test
    void aNewLinkOrSellerIdClearsTheConfirmationAndNewProductsDoNot() {
        Listing shop = fx.accounts.as(
                group.mobile(), () -> listings.add(group.id(), new ListingForm(gem, "GEM-5", "https://a.in/5", null)));
        fx.accounts.as(officer, () -> listings.confirm(group.id(), shop.id(), true));
        Listing products = fx.accounts.as(
                group.mobile(), () -> listings.update(group.id(), shop.id(), form("GEM-5", "https://a.in/5")));
        assertThat(products.confirmed()).as("only the products changed").isTrue();
        Listing moved = fx.accounts.as(
                group.mobile(), () -> listings.update(group.id(), shop.id(), form("GEM-5", "https://a.in/new")));
        assertThat(moved.confirmed()).as("a new link").isFalse();
        assertThat(moved.confirmedBy()).isNull();
        fx.accounts.as(officer, () -> listings.confirm(group.id(), shop.id(), true));
        Listing renamed = fx.accounts.as(
                group.mobile(), () -> listings.update(group.id(), shop.id(), form("GEM-6", "https://a.in/new")));
        assertThat(renamed.confirmed()).as("a new seller id").isFalse();
    }

    @Test
    void anErasedGroupLeavesNoShopBehind() {
        fx.accounts.as(group.mobile(), () -> listings.add(group.id(), form("GEM-E", "https://a.in/e")));
        fx.accounts.as(group.mobile(), () -> deletions.requestDeletion());
        fx.accounts.as(
                officer,
                () -> deletions.confirmDeletion(
                        group.id(), fx.groups.get(group.id()).version()));
        assertThat(dsl.fetchCount(GROUP_LISTING, GROUP_LISTING.GROUP_ID.eq(group.id())))
                .isZero();
    }
}
