package app.haat.demo;

import app.haat.group.Group;
import app.haat.group.GroupFilter;
import app.haat.group.GroupService;
import app.haat.group.GroupStatus;
import app.haat.group.Product;
import app.haat.group.ProductService;
import app.haat.listing.ListingForm;
import app.haat.listing.ListingService;
import app.haat.listing.Marketplace;
import app.haat.listing.MarketplaceService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Demo online shops: a few dozen verified groups on one or two marketplaces each, most confirmed by their officer,
 * some waiting, their first listings spread over the past ten months so the dashboard's figure over time has a shape.
 */
final class DemoListings {

    private static final List<String> SHOP_LINKS = List.of(
            "https://mkp.gem.gov.in/seller/",
            "https://www.mystore.in/en/seller/",
            "https://www.amazon.in/s?me=",
            "https://www.flipkart.com/sellers/",
            "https://www.meesho.com/shop/");

    private DemoListings() {}

    /** Answers how many listings it recorded (none when some exist already). */
    static int load(
            GroupService groups,
            ProductService products,
            ListingService listings,
            MarketplaceService marketplaces,
            DemoHistoryService history,
            Clock clock) {
        List<Marketplace> offered = marketplaces.active();
        List<Group> verified = groups.page(new GroupFilter(GroupStatus.VERIFIED, null, null, null), 0, 300);
        if (offered.isEmpty()
                || verified.isEmpty()
                || !listings.listings(verified.getFirst().id()).isEmpty()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int made = 0;
        for (int i = 0; i < verified.size(); i++) {
            if (i % 6 != 0 && i >= 10) {
                continue;
            }
            Group group = verified.get(i);
            List<Long> own = products.products(group.id()).stream()
                    .map(Product::id)
                    .limit(2)
                    .toList();
            int shops = i % 4 == 0 ? 2 : 1;
            for (int s = 0; s < shops; s++) {
                int which = (i + s * 2) % offered.size();
                String seller = String.format(Locale.ROOT, "SHG%05d%c", group.id(), (char) ('A' + which));
                var listing = listings.add(
                        group.id(),
                        new ListingForm(
                                offered.get(which).id(),
                                seller,
                                SHOP_LINKS.get(which % SHOP_LINKS.size()) + seller.toLowerCase(Locale.ROOT),
                                own));
                if (i % 5 != 3) {
                    listings.confirm(group.id(), listing.id(), true); // most confirmed, some still waiting
                }
                // first listings from ten months ago to last week, a group's second shop a month after its first
                long daysAgo = 7 + (i * 37L) % 300;
                history.backdateListing(
                        group.id(), listing.id(), now.minusDays(s == 0 ? daysAgo : Math.max(1, daysAgo - 30)));
                made++;
            }
        }
        return made;
    }
}
