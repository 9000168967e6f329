package app.haat.catalogue;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.CATEGORY;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.GROUP_CATEGORY;
import static app.haat.db.Tables.KIOSK;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.PRODUCT;
import static app.haat.db.Tables.PRODUCT_PHOTO;
import static app.haat.db.Tables.SHG_GROUP;
import static app.haat.db.Tables.VENUE;
import static org.jooq.Records.mapping;

import app.haat.core.data.NaturalOrder;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.group.GroupStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Reads what the public may see: published exhibitions that have not ended, and their verified groups. */
@Repository
class CatalogueRepository {

    /** Published (or running) and not over: the only exhibitions the catalogue shows. */
    static Condition shown(LocalDate today) {
        return EXHIBITION
                .STATUS
                .in(ExhibitionStatus.PUBLISHED, ExhibitionStatus.RUNNING)
                .and(EXHIBITION.ENDS_ON.ge(today));
    }

    private final DSLContext dsl;

    CatalogueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Place(long id, String nameEn, String nameBn, int exhibitions) {}

    List<Place> municipalities(LocalDate today) {
        return dsl.select(MUNICIPALITY.ID, MUNICIPALITY.NAME_EN, MUNICIPALITY.NAME_BN, DSL.countDistinct(EXHIBITION.ID))
                .from(EXHIBITION)
                .join(VENUE)
                .on(VENUE.ID.eq(EXHIBITION.VENUE_ID))
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(VENUE.MUNICIPALITY_ID))
                .where(shown(today))
                .groupBy(MUNICIPALITY.ID, MUNICIPALITY.NAME_EN, MUNICIPALITY.NAME_BN)
                .orderBy(MUNICIPALITY.NAME_EN)
                .fetch(mapping(Place::new));
    }

    record Show(
            long id,
            String title,
            String venue,
            String address,
            long municipalityId,
            String municipalityEn,
            String municipalityBn,
            LocalDate startsOn,
            LocalDate endsOn,
            ExhibitionStatus status,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude,
            @Nullable String titleBn,
            @Nullable String venueBn,
            @Nullable String addressBn) {}

    List<Show> shows(Condition which, LocalDate today) {
        return dsl.select(
                        EXHIBITION.ID,
                        EXHIBITION.TITLE,
                        VENUE.NAME,
                        VENUE.ADDRESS,
                        MUNICIPALITY.ID,
                        MUNICIPALITY.NAME_EN,
                        MUNICIPALITY.NAME_BN,
                        EXHIBITION.STARTS_ON,
                        EXHIBITION.ENDS_ON,
                        EXHIBITION.STATUS,
                        VENUE.LATITUDE,
                        VENUE.LONGITUDE,
                        EXHIBITION.TITLE_BN,
                        VENUE.NAME_BN,
                        VENUE.ADDRESS_BN)
                .from(EXHIBITION)
                .join(VENUE)
                .on(VENUE.ID.eq(EXHIBITION.VENUE_ID))
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(VENUE.MUNICIPALITY_ID))
                .where(shown(today).and(which))
                .orderBy(EXHIBITION.STARTS_ON, EXHIBITION.ID)
                .fetch(mapping(Show::new));
    }

    List<Show> showsIn(long municipalityId, LocalDate today) {
        return shows(VENUE.MUNICIPALITY_ID.eq(municipalityId), today);
    }

    List<Show> show(long exhibitionId, LocalDate today) {
        return shows(EXHIBITION.ID.eq(exhibitionId), today);
    }

    /** A verified group at its kiosk in one slot: what a shopper sees. */
    record Stand(
            long exhibitionId,
            String kiosk,
            int slot,
            LocalDate from,
            LocalDate to,
            long groupId,
            String groupName,
            String municipalityEn,
            String municipalityBn) {}

    List<Stand> stands(Collection<Long> exhibitionIds) {
        var groupMunicipality = MUNICIPALITY.as("group_municipality");
        return dsl.select(
                        ASSIGNMENT.EXHIBITION_ID,
                        KIOSK.CODE,
                        EXHIBITION_SLOT.SEQ,
                        EXHIBITION_SLOT.STARTS_ON,
                        EXHIBITION_SLOT.ENDS_ON,
                        SHG_GROUP.ID,
                        SHG_GROUP.NAME,
                        groupMunicipality.NAME_EN,
                        groupMunicipality.NAME_BN)
                .from(ASSIGNMENT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .join(groupMunicipality)
                .on(groupMunicipality.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .join(KIOSK)
                .on(KIOSK.ID.eq(ASSIGNMENT.KIOSK_ID))
                .join(EXHIBITION_SLOT)
                .on(EXHIBITION_SLOT.ID.eq(ASSIGNMENT.SLOT_ID))
                .where(ASSIGNMENT
                        .EXHIBITION_ID
                        .in(exhibitionIds)
                        .and(SHG_GROUP.STATUS.eq(GroupStatus.VERIFIED))
                        .and(APPLICATION.STATUS.eq(ApplicationStatus.ASSIGNED)))
                .orderBy(Stream.of(
                                List.of(ASSIGNMENT.EXHIBITION_ID.asc(), EXHIBITION_SLOT.SEQ.asc()),
                                NaturalOrder.of(KIOSK.CODE),
                                List.of(SHG_GROUP.NAME.asc()))
                        .flatMap(List::stream)
                        .toList())
                .fetch(mapping(Stand::new));
    }

    /** Each group's product names, in the group's order. */
    Map<Long, List<String>> products(Collection<Long> groupIds) {
        return dsl.select(PRODUCT.GROUP_ID, PRODUCT.NAME)
                .from(PRODUCT)
                .where(PRODUCT.GROUP_ID.in(groupIds))
                .orderBy(PRODUCT.SORT_ORDER, PRODUCT.ID)
                .fetchGroups(PRODUCT.GROUP_ID, PRODUCT.NAME);
    }

    /** A category's name in English and Bengali. */
    record CategoryName(String en, String bn) {

        String in(boolean bengali) {
            return bengali ? bn : en;
        }
    }

    /** Each group's category names, in the categories' order. */
    Map<Long, List<CategoryName>> categories(Collection<Long> groupIds) {
        return dsl.select(GROUP_CATEGORY.GROUP_ID, CATEGORY.NAME_EN, CATEGORY.NAME_BN)
                .from(GROUP_CATEGORY)
                .join(CATEGORY)
                .on(CATEGORY.ID.eq(GROUP_CATEGORY.CATEGORY_ID))
                .where(GROUP_CATEGORY.GROUP_ID.in(groupIds))
                .orderBy(CATEGORY.SORT_ORDER)
                .fetchGroups(GROUP_CATEGORY.GROUP_ID, mapping((group, en, bn) -> new CategoryName(en, bn)));
    }

    /** Each group's first product photo: the first photo of its first product that has one, in the group's order. */
    Map<Long, Long> firstPhotos(Collection<Long> groupIds) {
        Field<Integer> rank = DSL.rowNumber()
                .over(DSL.partitionBy(PRODUCT.GROUP_ID)
                        .orderBy(PRODUCT.SORT_ORDER, PRODUCT.ID, PRODUCT_PHOTO.SORT_ORDER, PRODUCT_PHOTO.ID))
                .as("photo_rank");
        var ranked = dsl.select(PRODUCT.GROUP_ID, PRODUCT_PHOTO.ID, rank)
                .from(PRODUCT_PHOTO)
                .join(PRODUCT)
                .on(PRODUCT.ID.eq(PRODUCT_PHOTO.PRODUCT_ID))
                .where(PRODUCT.GROUP_ID.in(groupIds))
                .asTable("ranked");
        Field<Long> group = Objects.requireNonNull(ranked.field(PRODUCT.GROUP_ID));
        Field<Long> photo = Objects.requireNonNull(ranked.field(PRODUCT_PHOTO.ID));
        return dsl.select(group, photo)
                .from(ranked)
                .where(Objects.requireNonNull(ranked.field(rank)).eq(1))
                .fetchMap(group, photo);
    }

    /** Whether the photo belongs to a verified group standing at a shown exhibition. */
    boolean photoShown(long photoId, LocalDate today) {
        return dsl.fetchExists(DSL.selectOne()
                .from(PRODUCT_PHOTO)
                .join(PRODUCT)
                .on(PRODUCT.ID.eq(PRODUCT_PHOTO.PRODUCT_ID))
                .join(APPLICATION)
                .on(APPLICATION.GROUP_ID.eq(PRODUCT.GROUP_ID))
                .join(ASSIGNMENT)
                .on(ASSIGNMENT.APPLICATION_ID.eq(APPLICATION.ID))
                .join(EXHIBITION)
                .on(EXHIBITION.ID.eq(ASSIGNMENT.EXHIBITION_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(PRODUCT.GROUP_ID))
                .where(PRODUCT_PHOTO
                        .ID
                        .eq(photoId)
                        .and(SHG_GROUP.STATUS.eq(GroupStatus.VERIFIED))
                        .and(shown(today))));
    }
}
