package app.haat.exhibition;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.APPLICATION_PREFERENCE;
import static app.haat.db.Tables.APPLICATION_PRODUCT;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.CATEGORY;
import static app.haat.db.Tables.DISTRICT;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_CATCHMENT;
import static app.haat.db.Tables.EXHIBITION_CATEGORY;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.GROUP_CATEGORY;
import static app.haat.db.Tables.KIOSK;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.PRODUCT;
import static app.haat.db.Tables.SHG_GROUP;
import static org.jooq.Records.mapping;

import app.haat.group.GroupStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ApplicationRepository {

    private final DSLContext dsl;
    private final ApplicationRowsRepository rows;

    ApplicationRepository(DSLContext dsl, ApplicationRowsRepository rows) {
        this.dsl = dsl;
        this.rows = rows;
    }

    long insert(
            long exhibitionId, long groupId, ApplicationForm form, String actor, boolean onBehalf, OffsetDateTime now) {
        long id = Objects.requireNonNull(dsl.insertInto(APPLICATION)
                .set(APPLICATION.EXHIBITION_ID, exhibitionId)
                .set(APPLICATION.GROUP_ID, groupId)
                .set(APPLICATION.STATUS, ApplicationStatus.SUBMITTED)
                .set(APPLICATION.ACTIVE, true)
                .set(APPLICATION.NEEDS_ELECTRICITY, form.needsElectricity())
                .set(APPLICATION.NEEDS_FOOD, form.needsFood())
                .set(APPLICATION.DECLARED_AT, now)
                .set(APPLICATION.ENTERED_BY, actor)
                .set(APPLICATION.ON_BEHALF, onBehalf)
                .set(APPLICATION.CREATED_AT, now)
                .set(APPLICATION.UPDATED_AT, now)
                .returning(APPLICATION.ID)
                .fetchOne(APPLICATION.ID));
        var preferences = dsl.insertInto(
                APPLICATION_PREFERENCE,
                APPLICATION_PREFERENCE.APPLICATION_ID,
                APPLICATION_PREFERENCE.SLOT_ID,
                APPLICATION_PREFERENCE.RANK_NO);
        for (int i = 0; i < form.slotPreferences().size(); i++) {
            preferences = preferences.values(id, form.slotPreferences().get(i), i + 1);
        }
        preferences.execute();
        var products =
                dsl.insertInto(APPLICATION_PRODUCT, APPLICATION_PRODUCT.APPLICATION_ID, APPLICATION_PRODUCT.PRODUCT_ID);
        for (long product : form.productIds()) {
            products = products.values(id, product);
        }
        products.execute();
        return id;
    }

    /** Everything applying checks, in one query: the exhibition's state and window, and the group's standing. */
    record Facts(
            String title,
            @Nullable String titleBn,
            ExhibitionStatus exhibitionStatus,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            GroupStatus groupStatus,
            boolean inCatchment,
            boolean categoryAllowed,
            int knownSlots,
            int ownProducts,
            boolean active) {}

    /** The group's municipality is in the exhibition's catchment. */
    static Condition inCatchment(Field<Long> exhibitionId) {
        return DSL.exists(DSL.selectOne()
                .from(EXHIBITION_CATCHMENT)
                .where(EXHIBITION_CATCHMENT
                        .EXHIBITION_ID
                        .eq(exhibitionId)
                        .and(EXHIBITION_CATCHMENT.MUNICIPALITY_ID.eq(SHG_GROUP.MUNICIPALITY_ID))));
    }

    /** The group has one of the exhibition's categories, or the exhibition names none (every category may apply). */
    static Condition categoryAllowed(Field<Long> exhibitionId) {
        return DSL.notExists(DSL.selectOne()
                        .from(EXHIBITION_CATEGORY)
                        .where(EXHIBITION_CATEGORY.EXHIBITION_ID.eq(exhibitionId)))
                .or(DSL.exists(DSL.selectOne()
                        .from(EXHIBITION_CATEGORY)
                        .join(GROUP_CATEGORY)
                        .on(GROUP_CATEGORY.CATEGORY_ID.eq(EXHIBITION_CATEGORY.CATEGORY_ID))
                        .where(EXHIBITION_CATEGORY
                                .EXHIBITION_ID
                                .eq(exhibitionId)
                                .and(GROUP_CATEGORY.GROUP_ID.eq(SHG_GROUP.ID)))));
    }

    Optional<Facts> facts(long exhibitionId, long groupId, Collection<Long> slotIds, Collection<Long> productIds) {
        var slots = DSL.field(DSL.selectCount()
                .from(EXHIBITION_SLOT)
                .where(EXHIBITION_SLOT.EXHIBITION_ID.eq(EXHIBITION.ID).and(EXHIBITION_SLOT.ID.in(slotIds))));
        var products = DSL.field(DSL.selectCount()
                .from(PRODUCT)
                .where(PRODUCT.GROUP_ID.eq(SHG_GROUP.ID).and(PRODUCT.ID.in(productIds))));
        var active = DSL.exists(DSL.selectOne()
                .from(APPLICATION)
                .where(APPLICATION
                        .EXHIBITION_ID
                        .eq(EXHIBITION.ID)
                        .and(APPLICATION.GROUP_ID.eq(SHG_GROUP.ID))
                        .and(APPLICATION.ACTIVE.isTrue())));
        return dsl.select(
                        EXHIBITION.TITLE,
                        EXHIBITION.TITLE_BN,
                        EXHIBITION.STATUS,
                        EXHIBITION.APPLICATIONS_OPEN_AT,
                        EXHIBITION.APPLICATIONS_CLOSE_AT,
                        SHG_GROUP.STATUS,
                        DSL.field(inCatchment(EXHIBITION.ID)),
                        DSL.field(categoryAllowed(EXHIBITION.ID)),
                        slots,
                        products,
                        DSL.field(active))
                .from(EXHIBITION)
                .crossJoin(SHG_GROUP)
                .where(EXHIBITION.ID.eq(exhibitionId).and(SHG_GROUP.ID.eq(groupId)))
                .fetchOptional(mapping(Facts::new));
    }

    /**
     * The groups an exhibition is announced to, in id order: verified, of a municipality in its catchment, with one
     * of its categories (any, when it names none) — the rule applying checks. Optionally only those that have not
     * applied (no application at all: a group that withdrew has decided).
     */
    List<Long> announcedTo(long exhibitionId, boolean notApplied) {
        Field<Long> exhibition = DSL.val(exhibitionId);
        Condition condition = SHG_GROUP.STATUS.eq(GroupStatus.VERIFIED).and(categoryAllowed(exhibition));
        if (notApplied) {
            condition = condition.and(DSL.notExists(DSL.selectOne()
                    .from(APPLICATION)
                    .where(APPLICATION.EXHIBITION_ID.eq(exhibition).and(APPLICATION.GROUP_ID.eq(SHG_GROUP.ID)))));
        }
        // the catchment as a join (the same rule as inCatchment): the groups come from the municipalities' index
        return dsl.select(SHG_GROUP.ID)
                .from(EXHIBITION_CATCHMENT)
                .join(SHG_GROUP)
                .on(SHG_GROUP.MUNICIPALITY_ID.eq(EXHIBITION_CATCHMENT.MUNICIPALITY_ID))
                .where(EXHIBITION_CATCHMENT.EXHIBITION_ID.eq(exhibition).and(condition))
                .orderBy(SHG_GROUP.ID)
                .fetch(SHG_GROUP.ID);
    }

    /** The first day of the slot the application is assigned to, if it is (the allocation's assignment table). */
    Optional<LocalDate> assignedSlotStart(long applicationId) {
        return dsl.select(DSL.min(EXHIBITION_SLOT.STARTS_ON))
                .from(ASSIGNMENT)
                .join(EXHIBITION_SLOT)
                .on(EXHIBITION_SLOT.ID.eq(ASSIGNMENT.SLOT_ID))
                .where(ASSIGNMENT.APPLICATION_ID.eq(applicationId))
                .fetchOptional(0, LocalDate.class);
    }

    /** The kiosks and slots an application holds, earliest first. */
    List<Seat> seats(long applicationId) {
        return dsl.select(KIOSK.CODE, EXHIBITION_SLOT.SEQ, EXHIBITION_SLOT.STARTS_ON, EXHIBITION_SLOT.ENDS_ON)
                .from(ASSIGNMENT)
                .join(KIOSK)
                .on(KIOSK.ID.eq(ASSIGNMENT.KIOSK_ID))
                .join(EXHIBITION_SLOT)
                .on(EXHIBITION_SLOT.ID.eq(ASSIGNMENT.SLOT_ID))
                .where(ASSIGNMENT.APPLICATION_ID.eq(applicationId))
                .orderBy(EXHIBITION_SLOT.STARTS_ON, KIOSK.CODE)
                .fetch(mapping(Seat::new));
    }

    boolean hasActive(long exhibitionId, long groupId) {
        return dsl.fetchExists(
                APPLICATION,
                APPLICATION
                        .EXHIBITION_ID
                        .eq(exhibitionId)
                        .and(APPLICATION.GROUP_ID.eq(groupId))
                        .and(APPLICATION.ACTIVE.isTrue()));
    }

    int countProductsOfGroup(long groupId, Collection<Long> productIds) {
        return dsl.fetchCount(PRODUCT, PRODUCT.GROUP_ID.eq(groupId).and(PRODUCT.ID.in(productIds)));
    }

    int countSlotsOfExhibition(long exhibitionId, Collection<Long> slotIds) {
        return dsl.fetchCount(
                EXHIBITION_SLOT, EXHIBITION_SLOT.EXHIBITION_ID.eq(exhibitionId).and(EXHIBITION_SLOT.ID.in(slotIds)));
    }

    Optional<Application> find(long id) {
        return rows.select(APPLICATION.ID.eq(id), 0, 1).stream().findFirst();
    }

    List<Application> ofGroup(long groupId) {
        return rows.select(APPLICATION.GROUP_ID.eq(groupId), 0, 500);
    }

    List<Application> page(long exhibitionId, ApplicationFilter filter, int offset, int limit) {
        return rows.select(ApplicationRowsRepository.condition(exhibitionId, filter), offset, limit);
    }

    int count(long exhibitionId, ApplicationFilter filter) {
        return rows.count(exhibitionId, filter);
    }

    /** Every application of the exhibition matching the filter, newest first; the caller closes the stream. */
    Stream<Application> stream(long exhibitionId, ApplicationFilter filter) {
        return rows.stream(exhibitionId, filter);
    }

    /** Changes the status of the applications among these ids that are in one of the given states; answers the count. */
    int changeStatus(
            long exhibitionId,
            Collection<Long> ids,
            Collection<ApplicationStatus> from,
            ApplicationStatus to,
            @Nullable String reason,
            OffsetDateTime now) {
        return dsl.update(APPLICATION)
                .set(APPLICATION.STATUS, to)
                .set(APPLICATION.REASON, reason)
                .set(APPLICATION.ACTIVE, to == ApplicationStatus.WITHDRAWN ? null : Boolean.TRUE)
                .set(APPLICATION.UPDATED_AT, now)
                .set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1))
                .where(APPLICATION
                        .EXHIBITION_ID
                        .eq(exhibitionId)
                        .and(APPLICATION.ID.in(ids))
                        .and(APPLICATION.STATUS.in(from)))
                .execute();
    }

    /**
     * As {@link #changeStatus}, answering the ids that really changed: a review tells and records only those (an
     * application already withdrawn, or already rejected, is not rejected again).
     */
    List<Long> changeStatusOf(
            long exhibitionId,
            Collection<Long> ids,
            Collection<ApplicationStatus> from,
            ApplicationStatus to,
            @Nullable String reason,
            OffsetDateTime now) {
        List<Long> changing = dsl.select(APPLICATION.ID)
                .from(APPLICATION)
                .where(APPLICATION
                        .EXHIBITION_ID
                        .eq(exhibitionId)
                        .and(APPLICATION.ID.in(ids))
                        .and(APPLICATION.STATUS.in(from)))
                .orderBy(APPLICATION.ID)
                .forUpdate()
                .fetch(APPLICATION.ID);
        if (!changing.isEmpty()) {
            changeStatus(exhibitionId, changing, from, to, reason, now);
        }
        return changing;
    }

    /** Active applications per municipality, district or category of the applying groups. */
    List<ApplicationCount> countsBy(long exhibitionId, String dimension) {
        Condition active = APPLICATION.EXHIBITION_ID.eq(exhibitionId).and(APPLICATION.ACTIVE.isTrue());
        Field<String> en;
        Field<String> bn;
        var base = switch (dimension) {
            case "district" -> {
                en = DISTRICT.NAME_EN;
                bn = DISTRICT.NAME_BN;
                yield dsl.select(en, bn, DSL.count())
                        .from(APPLICATION)
                        .join(SHG_GROUP)
                        .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                        .join(MUNICIPALITY)
                        .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                        .join(DISTRICT)
                        .on(DISTRICT.ID.eq(MUNICIPALITY.DISTRICT_ID))
                        .where(active)
                        .groupBy(en, bn);
            }
            case "category" -> {
                en = CATEGORY.NAME_EN;
                bn = CATEGORY.NAME_BN;
                yield dsl.select(en, bn, DSL.count())
                        .from(APPLICATION)
                        .join(GROUP_CATEGORY)
                        .on(GROUP_CATEGORY.GROUP_ID.eq(APPLICATION.GROUP_ID))
                        .join(CATEGORY)
                        .on(CATEGORY.ID.eq(GROUP_CATEGORY.CATEGORY_ID))
                        .where(active)
                        .groupBy(en, bn);
            }
            default -> {
                en = MUNICIPALITY.NAME_EN;
                bn = MUNICIPALITY.NAME_BN;
                yield dsl.select(en, bn, DSL.count())
                        .from(APPLICATION)
                        .join(SHG_GROUP)
                        .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                        .join(MUNICIPALITY)
                        .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                        .where(active)
                        .groupBy(en, bn);
            }
        };
        return base.orderBy(DSL.count().desc(), en).fetch(mapping(ApplicationCount::new));
    }

    /** Whom to tell of a step in the exhibition: each active applicant's group with an e-mail address. */
    record Contact(long groupId, @Nullable String email, String leader, String groupName) {}

    List<Contact> contacts(long exhibitionId) {
        return dsl.select(SHG_GROUP.ID, SHG_GROUP.EMAIL, SHG_GROUP.LEADER_NAME, SHG_GROUP.NAME)
                .from(APPLICATION)
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .where(APPLICATION.EXHIBITION_ID.eq(exhibitionId).and(APPLICATION.ACTIVE.isTrue()))
                .orderBy(APPLICATION.ID)
                .fetch(mapping(Contact::new));
    }

    /** Applications of this exhibition waiting for an officer's review, by the municipality of their group. */
    java.util.Map<Long, Integer> awaitingReviewByMunicipality(long exhibitionId) {
        return dsl.select(SHG_GROUP.MUNICIPALITY_ID, DSL.count())
                .from(APPLICATION)
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .where(APPLICATION
                        .EXHIBITION_ID
                        .eq(exhibitionId)
                        .and(APPLICATION.ACTIVE.isTrue())
                        .and(APPLICATION.STATUS.eq(ApplicationStatus.SUBMITTED)))
                .groupBy(SHG_GROUP.MUNICIPALITY_ID)
                .fetchMap(SHG_GROUP.MUNICIPALITY_ID, DSL.count());
    }

    /** The groups whose applications are still in play (not withdrawn, not rejected). */
    List<Long> groupsInPlay(long exhibitionId) {
        return dsl.selectDistinct(APPLICATION.GROUP_ID)
                .from(APPLICATION)
                .where(APPLICATION
                        .EXHIBITION_ID
                        .eq(exhibitionId)
                        .and(APPLICATION.STATUS.notIn(ApplicationStatus.WITHDRAWN, ApplicationStatus.REJECTED)))
                .fetch(APPLICATION.GROUP_ID);
    }
}
