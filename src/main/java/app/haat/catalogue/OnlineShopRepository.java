package app.haat.catalogue;

import static app.haat.db.Tables.GROUP_LISTING;
import static app.haat.db.Tables.MARKETPLACE;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Repository;

/** The groups' online shops the catalogue shows: confirmed by an officer, on a marketplace still in use. */
@Repository
class OnlineShopRepository {

    private final org.jooq.DSLContext dsl;

    OnlineShopRepository(org.jooq.DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A confirmed shop: its group, the marketplace's names, the link. */
    record Shop(long groupId, String marketplaceEn, String marketplaceBn, String link) {}

    /** Each group's confirmed shops, in the marketplaces' order. */
    Map<Long, List<Shop>> confirmedShops(Collection<Long> groupIds) {
        return dsl
                .select(GROUP_LISTING.GROUP_ID, MARKETPLACE.NAME, MARKETPLACE.NAME_BN, GROUP_LISTING.LINK)
                .from(GROUP_LISTING)
                .join(MARKETPLACE)
                .on(MARKETPLACE.ID.eq(GROUP_LISTING.MARKETPLACE_ID))
                .where(GROUP_LISTING
                        .GROUP_ID
                        .in(groupIds)
                        .and(GROUP_LISTING.CONFIRMED_AT.isNotNull())
                        .and(MARKETPLACE.ACTIVE.isTrue()))
                .orderBy(MARKETPLACE.SORT_ORDER, MARKETPLACE.ID, GROUP_LISTING.ID)
                .fetch(org.jooq.Records.mapping(Shop::new))
                .stream()
                .collect(Collectors.groupingBy(Shop::groupId));
    }
}
