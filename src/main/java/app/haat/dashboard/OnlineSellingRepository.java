package app.haat.dashboard;

import static app.haat.db.Tables.DISTRICT;
import static app.haat.db.Tables.GROUP_LISTING;
import static app.haat.db.Tables.MARKETPLACE;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.SHG_GROUP;
import static org.jooq.Records.mapping;

import app.haat.group.GroupStatus;
import app.haat.search.ReadinessItems;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Groups selling online, for a set of municipalities (null: the whole state). A group sells online when it has a
 * listing on a marketplace still in use; deleted groups never count.
 */
@Repository
class OnlineSellingRepository {

    private final DSLContext dsl;

    OnlineSellingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The headline counts: confirmed, any listing, ready but no listing, first listing since {@code since}. */
    record Counts(long confirmed, long any, long readyNotSelling, long startedSince) {}

    private static Condition groups(@Nullable Set<Long> municipalities) {
        Condition live = SHG_GROUP.STATUS.ne(GroupStatus.DELETED);
        return municipalities == null ? live : live.and(SHG_GROUP.MUNICIPALITY_ID.in(municipalities));
    }

    /** Listings on marketplaces in use, of live groups in scope; only confirmed ones when asked. */
    private static Condition selling(@Nullable Set<Long> municipalities, boolean confirmedOnly) {
        Condition live = groups(municipalities).and(MARKETPLACE.ACTIVE.isTrue());
        return confirmedOnly ? live.and(GROUP_LISTING.CONFIRMED_AT.isNotNull()) : live;
    }

    private long sellingGroups(@Nullable Set<Long> municipalities, boolean confirmedOnly) {
        return dsl.fetchValue(DSL.select(DSL.countDistinct(GROUP_LISTING.GROUP_ID))
                .from(GROUP_LISTING)
                .join(MARKETPLACE)
                .on(MARKETPLACE.ID.eq(GROUP_LISTING.MARKETPLACE_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(GROUP_LISTING.GROUP_ID))
                .where(selling(municipalities, confirmedOnly)));
    }

    Counts counts(@Nullable Set<Long> municipalities, @Nullable OffsetDateTime since) {
        long ready = dsl.fetchCount(
                SHG_GROUP,
                groups(municipalities)
                        .and(SHG_GROUP.STATUS.eq(GroupStatus.VERIFIED))
                        .and(ReadinessItems.DONE.eq(ReadinessItems.ITEMS))
                        .andNotExists(DSL.selectOne()
                                .from(GROUP_LISTING)
                                .join(MARKETPLACE)
                                .on(MARKETPLACE.ID.eq(GROUP_LISTING.MARKETPLACE_ID))
                                .where(GROUP_LISTING.GROUP_ID.eq(SHG_GROUP.ID).and(MARKETPLACE.ACTIVE.isTrue()))));
        long started = since == null
                ? 0
                : firstListings(municipalities).stream()
                        .filter(first -> !first.isBefore(since))
                        .count();
        return new Counts(sellingGroups(municipalities, true), sellingGroups(municipalities, false), ready, started);
    }

    /** Groups with a confirmed listing by some name (marketplace, district, municipality): most first. */
    List<DashboardRepository.Figure> confirmedBy(
            @Nullable Set<Long> municipalities, Field<String> nameEn, Field<String> nameBn) {
        var groupsCount = DSL.countDistinct(GROUP_LISTING.GROUP_ID);
        return dsl.select(nameEn, nameBn, groupsCount)
                .from(GROUP_LISTING)
                .join(MARKETPLACE)
                .on(MARKETPLACE.ID.eq(GROUP_LISTING.MARKETPLACE_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(GROUP_LISTING.GROUP_ID))
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .join(DISTRICT)
                .on(DISTRICT.ID.eq(MUNICIPALITY.DISTRICT_ID))
                .where(selling(municipalities, true))
                .groupBy(nameEn, nameBn)
                .orderBy(groupsCount.desc(), nameEn)
                .fetch(mapping((en, bn, count) -> new DashboardRepository.Figure(en, bn, count)));
    }

    /** When each group in scope recorded its first listing (any marketplace, retired ones too: that is history). */
    List<OffsetDateTime> firstListings(@Nullable Set<Long> municipalities) {
        return dsl.select(DSL.min(GROUP_LISTING.CREATED_AT))
                .from(GROUP_LISTING)
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(GROUP_LISTING.GROUP_ID))
                .where(groups(municipalities))
                .groupBy(GROUP_LISTING.GROUP_ID)
                .fetch(0, OffsetDateTime.class);
    }
}
