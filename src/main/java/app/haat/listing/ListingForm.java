package app.haat.listing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where a group sells online, as it types it: the marketplace, its seller or store id, the link, the products. */
public record ListingForm(
        @Schema(description = "a marketplace in use (GET /api/marketplaces)", example = "3") @Nullable
        Long marketplaceId,

        @Schema(description = "the seller or store id on it, at most 80 characters", example = "A2X9SAHELI301")
        @Nullable
        String sellerId,

        @Schema(
                description = "the shop's address: http or https only, no spaces, at most 500 characters",
                example = "https://www.amazon.in/s?me=A2X9SAHELI301")
        @Nullable
        String link,

        @Schema(description = "the group's own products listed there") @Nullable
        List<Long> productIds) {}
