package app.haat.listing;

import static app.haat.db.Tables.GROUP_LISTING;
import static app.haat.db.Tables.GROUP_LISTING_PRODUCT;
import static app.haat.db.Tables.MARKETPLACE;
import static app.haat.db.Tables.PRODUCT;
import static app.haat.db.Tables.SHG_GROUP;
import static org.jooq.Records.mapping;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Groups' listings on marketplaces, with the products listed. */
@Repository
class ListingRepository {

    private final DSLContext dsl;

    ListingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A group's listings, in the marketplaces' order. */
    List<Listing> ofGroup(long groupId) {
        return listings(GROUP_LISTING.GROUP_ID.eq(groupId));
    }

    Optional<Listing> find(long id) {
        return listings(GROUP_LISTING.ID.eq(id)).stream().findFirst();
    }

    private List<Listing> listings(Condition where) {
        record Row(
                long id,
                long groupId,
                long marketplaceId,
                String marketplace,
                String marketplaceBn,
                boolean active,
                String sellerId,
                String link,
                @Nullable String confirmedBy,
                @Nullable OffsetDateTime confirmedAt,
                OffsetDateTime createdAt,
                OffsetDateTime updatedAt) {}
        List<Row> rows = dsl.select(
                        GROUP_LISTING.ID,
                        GROUP_LISTING.GROUP_ID,
                        GROUP_LISTING.MARKETPLACE_ID,
                        MARKETPLACE.NAME,
                        MARKETPLACE.NAME_BN,
                        MARKETPLACE.ACTIVE,
                        GROUP_LISTING.SELLER_ID,
                        GROUP_LISTING.LINK,
                        GROUP_LISTING.CONFIRMED_BY,
                        GROUP_LISTING.CONFIRMED_AT,
                        GROUP_LISTING.CREATED_AT,
                        GROUP_LISTING.UPDATED_AT)
                .from(GROUP_LISTING)
                .join(MARKETPLACE)
                .on(MARKETPLACE.ID.eq(GROUP_LISTING.MARKETPLACE_ID))
                .where(where)
                .orderBy(MARKETPLACE.SORT_ORDER, MARKETPLACE.ID, GROUP_LISTING.ID)
                .fetch(mapping(Row::new));
        Map<Long, List<Long>> products = products(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(r -> new Listing(
                        r.id(),
                        r.groupId(),
                        r.marketplaceId(),
                        r.marketplace(),
                        r.marketplaceBn(),
                        r.active(),
                        r.sellerId(),
                        r.link(),
                        products.getOrDefault(r.id(), List.of()),
                        r.confirmedBy(),
                        r.confirmedAt(),
                        r.createdAt(),
                        r.updatedAt()))
                .toList();
    }

    /** The products of each listing, in the group's order of its products. */
    private Map<Long, List<Long>> products(Collection<Long> listingIds) {
        Map<Long, List<Long>> products = new HashMap<>();
        if (listingIds.isEmpty()) {
            return products;
        }
        dsl.select(GROUP_LISTING_PRODUCT.LISTING_ID, GROUP_LISTING_PRODUCT.PRODUCT_ID)
                .from(GROUP_LISTING_PRODUCT)
                .join(PRODUCT)
                .on(PRODUCT.ID.eq(GROUP_LISTING_PRODUCT.PRODUCT_ID))
                .where(GROUP_LISTING_PRODUCT.LISTING_ID.in(listingIds))
                .orderBy(PRODUCT.SORT_ORDER, PRODUCT.ID)
                .forEach(r -> products.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(r.value2()));
        return products;
    }

    /** Whether the group exists (deleted or not). */
    boolean groupExists(long groupId) {
        return dsl.fetchExists(SHG_GROUP, SHG_GROUP.ID.eq(groupId));
    }

    /** Of these product ids, those that are the group's. */
    Set<Long> productsOf(long groupId, Collection<Long> productIds) {
        return Set.copyOf(dsl.select(PRODUCT.ID)
                .from(PRODUCT)
                .where(PRODUCT.GROUP_ID.eq(groupId).and(PRODUCT.ID.in(productIds)))
                .fetch(PRODUCT.ID));
    }

    /** Whether another listing (not {@code except}) of the group has this marketplace and seller id. */
    boolean duplicate(long groupId, long marketplaceId, String sellerId, long except) {
        return dsl.fetchExists(
                GROUP_LISTING,
                GROUP_LISTING
                        .GROUP_ID
                        .eq(groupId)
                        .and(GROUP_LISTING.MARKETPLACE_ID.eq(marketplaceId))
                        .and(DSL.lower(GROUP_LISTING.SELLER_ID).eq(sellerId.toLowerCase()))
                        .and(GROUP_LISTING.ID.ne(except)));
    }

    long insert(long groupId, long marketplaceId, String sellerId, String link, OffsetDateTime now) {
        return Objects.requireNonNull(dsl.insertInto(GROUP_LISTING)
                .set(GROUP_LISTING.GROUP_ID, groupId)
                .set(GROUP_LISTING.MARKETPLACE_ID, marketplaceId)
                .set(GROUP_LISTING.SELLER_ID, sellerId)
                .set(GROUP_LISTING.LINK, link)
                .set(GROUP_LISTING.CREATED_AT, now)
                .set(GROUP_LISTING.UPDATED_AT, now)
                .returning(GROUP_LISTING.ID)
                .fetchOne(GROUP_LISTING.ID));
    }

    /** Changes a listing; {@code keepConfirmation} false clears its confirmation. */
    void update(
            long id, long marketplaceId, String sellerId, String link, boolean keepConfirmation, OffsetDateTime now) {
        var update = dsl.update(GROUP_LISTING)
                .set(GROUP_LISTING.MARKETPLACE_ID, marketplaceId)
                .set(GROUP_LISTING.SELLER_ID, sellerId)
                .set(GROUP_LISTING.LINK, link)
                .set(GROUP_LISTING.UPDATED_AT, now);
        if (!keepConfirmation) {
            update = update.setNull(GROUP_LISTING.CONFIRMED_BY).setNull(GROUP_LISTING.CONFIRMED_AT);
        }
        update.where(GROUP_LISTING.ID.eq(id)).execute();
    }

    /** Replaces the products listed. */
    void setProducts(long listingId, Collection<Long> productIds) {
        dsl.deleteFrom(GROUP_LISTING_PRODUCT)
                .where(GROUP_LISTING_PRODUCT.LISTING_ID.eq(listingId))
                .execute();
        for (long product : productIds) {
            dsl.insertInto(GROUP_LISTING_PRODUCT)
                    .set(GROUP_LISTING_PRODUCT.LISTING_ID, listingId)
                    .set(GROUP_LISTING_PRODUCT.PRODUCT_ID, product)
                    .execute();
        }
    }

    /** Confirms (by someone, at a time) or clears the confirmation (both null). */
    void confirm(long id, @Nullable String by, @Nullable OffsetDateTime at) {
        dsl.update(GROUP_LISTING)
                .set(GROUP_LISTING.CONFIRMED_BY, by)
                .set(GROUP_LISTING.CONFIRMED_AT, at)
                .where(GROUP_LISTING.ID.eq(id))
                .execute();
    }

    void delete(long id) {
        dsl.deleteFrom(GROUP_LISTING).where(GROUP_LISTING.ID.eq(id)).execute();
    }
}
