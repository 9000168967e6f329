package app.haat.listing;

import app.haat.group.GroupSections;
import app.haat.group.ProductService;
import com.vaadin.flow.component.Component;

/** Where a group sells online, on its own page and in its officer's view (the registry asks; it knows no listing). */
@org.springframework.stereotype.Component
class ListingSections implements GroupSections {

    private final ListingService listings;
    private final MarketplaceService marketplaces;
    private final ProductService products;

    ListingSections(ListingService listings, MarketplaceService marketplaces, ProductService products) {
        this.listings = listings;
        this.marketplaces = marketplaces;
        this.products = products;
    }

    @Override
    public Component ownPage(long groupId) {
        return new ListingSection(listings, marketplaces, products, groupId, false);
    }

    @Override
    public Component officerView(long groupId) {
        return new ListingSection(listings, marketplaces, products, groupId, true);
    }
}
