package app.haat.listing;

import app.haat.core.i18n.LocalizedName;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A group's shop on a marketplace: the marketplace (both names, and whether it is still in use), the seller or store
 * id, the link, the group's products listed there, and who of its officers confirmed it when (null: not confirmed).
 */
public record Listing(
        long id,
        long groupId,
        long marketplaceId,
        String marketplace,
        String marketplaceBn,
        boolean marketplaceActive,
        String sellerId,
        String link,
        List<Long> productIds,
        @Nullable String confirmedBy,
        @Nullable OffsetDateTime confirmedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public boolean confirmed() {
        return confirmedAt != null;
    }

    /** The marketplace's name in the reader's language. */
    public String marketplaceName(boolean bengali) {
        return LocalizedName.pick(marketplace, marketplaceBn, bengali);
    }
}
