package app.haat.listing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where a group sells online, as it types it: the marketplace, its seller or store id, the link, the products. */
public record ListingForm(
        @Nullable Long marketplaceId,
        @Nullable String sellerId,
        @Nullable String link,
        @Nullable List<Long> productIds) {}
