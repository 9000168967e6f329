package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.APPLICATION_PREFERENCE;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.CHECK_IN;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.KIOSK;
import static app.haat.db.Tables.SALES_REPORT;
import static app.haat.db.Tables.SHG_GROUP;
import static app.haat.db.Tables.WAITLIST_OFFER;
import static app.haat.db.Tables.WAITLIST_PROMOTION;
import static org.jooq.Records.mapping;

import app.haat.core.i18n.LocalizedName;
import app.haat.exhibition.ApplicationStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Data access for hand changes on the allocation board and for undoing waitlist promotions. */
@Repository
class HandChangeRepository {

    private final DSLContext dsl;

    HandChangeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A placement as the checks need it. */
    record Seat(long id, long exhibitionId, long applicationId, long kioskId, long slotId, int seat, int version) {}

    /** An application as the checks need it: its group, needs, status and the slots it asked for. */
    record Candidate(
            long applicationId,
            long exhibitionId,
            long groupId,
            String groupName,
            boolean needsElectricity,
            boolean needsFood,
            ApplicationStatus status,
            List<Long> preferences) {}

    /** A kiosk as the checks need it. */
    record Spot(long id, long venueId, String code, int capacity, boolean electricity, boolean foodAllowed) {}

    /** A slot as the checks need it. */
    record Period(long id, long exhibitionId, int seq, LocalDate startsOn, LocalDate endsOn) {}

    /** Whether the stand has sales reported or a check-in marked on a day of this slot. */
    boolean reportedIn(long applicationId, long slotId) {
        var slot = dsl.selectFrom(EXHIBITION_SLOT)
                .where(EXHIBITION_SLOT.ID.eq(slotId))
                .fetchOne();
        if (slot == null) {
            return false;
        }
        return dsl.fetchExists(
                        SALES_REPORT,
                        SALES_REPORT
                                .APPLICATION_ID
                                .eq(applicationId)
                                .and(SALES_REPORT.SALES_DAY.between(slot.getStartsOn(), slot.getEndsOn())))
                || dsl.fetchExists(
                        CHECK_IN,
                        CHECK_IN.APPLICATION_ID
                                .eq(applicationId)
                                .and(CHECK_IN.CHECK_DAY.between(slot.getStartsOn(), slot.getEndsOn())));
    }

    Optional<Seat> seat(long assignmentId) {
        return dsl.selectFrom(ASSIGNMENT)
                .where(ASSIGNMENT.ID.eq(assignmentId))
                .fetchOptional(r -> new Seat(
                        r.getId(),
                        r.getExhibitionId(),
                        r.getApplicationId(),
                        r.getKioskId(),
                        r.getSlotId(),
                        r.getSeat(),
                        r.getVersion()));
    }

    Optional<Candidate> candidate(long applicationId) {
        List<Long> preferences = dsl.select(APPLICATION_PREFERENCE.SLOT_ID)
                .from(APPLICATION_PREFERENCE)
                .where(APPLICATION_PREFERENCE.APPLICATION_ID.eq(applicationId))
                .orderBy(APPLICATION_PREFERENCE.RANK_NO)
                .fetch(APPLICATION_PREFERENCE.SLOT_ID);
        return dsl.select(
                        APPLICATION.ID,
                        APPLICATION.EXHIBITION_ID,
                        APPLICATION.GROUP_ID,
                        SHG_GROUP.NAME,
                        APPLICATION.NEEDS_ELECTRICITY,
                        APPLICATION.NEEDS_FOOD,
                        APPLICATION.STATUS)
                .from(APPLICATION)
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .where(APPLICATION.ID.eq(applicationId))
                .fetchOptional(mapping((id, exhibition, group, name, electricity, food, status) ->
                        new Candidate(id, exhibition, group, name, electricity, food, status, preferences)));
    }

    Optional<Spot> spot(long kioskId) {
        return dsl.selectFrom(KIOSK)
                .where(KIOSK.ID.eq(kioskId))
                .fetchOptional(r -> new Spot(
                        r.getId(),
                        r.getVenueId(),
                        r.getCode(),
                        r.getCapacity(),
                        r.getElectricity(),
                        r.getFoodAllowed()));
    }

    Optional<Period> period(long slotId) {
        return dsl.selectFrom(EXHIBITION_SLOT)
                .where(EXHIBITION_SLOT.ID.eq(slotId))
                .fetchOptional(
                        r -> new Period(r.getId(), r.getExhibitionId(), r.getSeq(), r.getStartsOn(), r.getEndsOn()));
    }

    /**
     * How many groups stand in the kiosk during the slot, leaving out these applications; a seat offered to a
     * waitlisted group counts as taken until the offer is answered or expires.
     */
    int occupied(long kioskId, long slotId, Collection<Long> leavingOut) {
        return dsl.fetchCount(
                        ASSIGNMENT,
                        ASSIGNMENT
                                .KIOSK_ID
                                .eq(kioskId)
                                .and(ASSIGNMENT.SLOT_ID.eq(slotId))
                                .and(
                                        leavingOut.isEmpty()
                                                ? DSL.noCondition()
                                                : ASSIGNMENT.APPLICATION_ID.notIn(leavingOut)))
                + dsl.fetchCount(
                        WAITLIST_OFFER,
                        WAITLIST_OFFER
                                .KIOSK_ID
                                .eq(kioskId)
                                .and(WAITLIST_OFFER.SLOT_ID.eq(slotId))
                                .and(WAITLIST_OFFER.STATUS.eq(OfferStatus.OPEN))
                                .and(
                                        leavingOut.isEmpty()
                                                ? DSL.noCondition()
                                                : WAITLIST_OFFER.APPLICATION_ID.notIn(leavingOut)));
    }

    /** The title (for the screen's reader) of another exhibition where the group stands at some time of the period, if any. */
    Optional<String> elsewhere(long groupId, Period period, boolean bengali) {
        return dsl.select(EXHIBITION.TITLE, EXHIBITION.TITLE_BN)
                .from(ASSIGNMENT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID))
                .join(EXHIBITION_SLOT)
                .on(EXHIBITION_SLOT.ID.eq(ASSIGNMENT.SLOT_ID))
                .join(EXHIBITION)
                .on(EXHIBITION.ID.eq(ASSIGNMENT.EXHIBITION_ID))
                .where(APPLICATION
                        .GROUP_ID
                        .eq(groupId)
                        .and(ASSIGNMENT.EXHIBITION_ID.ne(period.exhibitionId()))
                        .and(EXHIBITION_SLOT.STARTS_ON.le(period.endsOn()))
                        .and(EXHIBITION_SLOT.ENDS_ON.ge(period.startsOn())))
                .limit(1)
                .fetchOptional(r -> LocalizedName.pick(r.value1(), r.value2(), bengali));
    }

    /** The lowest seat number free in the kiosk-slot (seats need not be dense; the unique key guards them). */
    int freeSeat(long kioskId, long slotId) {
        List<Integer> taken = dsl.select(ASSIGNMENT.SEAT)
                .from(ASSIGNMENT)
                .where(ASSIGNMENT.KIOSK_ID.eq(kioskId).and(ASSIGNMENT.SLOT_ID.eq(slotId)))
                .orderBy(ASSIGNMENT.SEAT)
                .fetch(ASSIGNMENT.SEAT);
        int seat = 1;
        for (int t : taken) {
            if (t == seat) {
                seat++;
            } else if (t > seat) {
                break;
            }
        }
        return seat;
    }

    /** Moves the placement if it still has the version the officer saw; answers whether it did. */
    boolean moveSeat(long assignmentId, int version, long kioskId, long slotId, int seat) {
        return dsl.update(ASSIGNMENT)
                        .set(ASSIGNMENT.KIOSK_ID, kioskId)
                        .set(ASSIGNMENT.SLOT_ID, slotId)
                        .set(ASSIGNMENT.SEAT, seat)
                        .set(ASSIGNMENT.VERSION, ASSIGNMENT.VERSION.plus(1))
                        .where(ASSIGNMENT.ID.eq(assignmentId).and(ASSIGNMENT.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    boolean lock(long assignmentId, boolean locked) {
        return dsl.update(ASSIGNMENT)
                        .set(ASSIGNMENT.LOCKED, locked)
                        .set(ASSIGNMENT.VERSION, ASSIGNMENT.VERSION.plus(1))
                        .where(ASSIGNMENT.ID.eq(assignmentId))
                        .execute()
                == 1;
    }

    long insertSeat(long exhibitionId, long applicationId, long kioskId, long slotId, int seat) {
        return Objects.requireNonNull(dsl.insertInto(ASSIGNMENT)
                .set(ASSIGNMENT.EXHIBITION_ID, exhibitionId)
                .set(ASSIGNMENT.APPLICATION_ID, applicationId)
                .set(ASSIGNMENT.KIOSK_ID, kioskId)
                .set(ASSIGNMENT.SLOT_ID, slotId)
                .set(ASSIGNMENT.SEAT, seat)
                .returning(ASSIGNMENT.ID)
                .fetchOne(ASSIGNMENT.ID));
    }

    void deleteSeatsOf(long applicationId) {
        dsl.deleteFrom(ASSIGNMENT)
                .where(ASSIGNMENT.APPLICATION_ID.eq(applicationId))
                .execute();
    }

    /** Sets the application's status, explanation and waitlist position. */
    void setOutcome(
            long applicationId,
            ApplicationStatus status,
            @Nullable String code,
            @Nullable String values,
            @Nullable Integer position,
            OffsetDateTime now) {
        dsl.update(APPLICATION)
                .set(APPLICATION.STATUS, status)
                .set(APPLICATION.EXPLANATION_CODE, code)
                .set(APPLICATION.EXPLANATION_VALUES, values)
                .set(APPLICATION.WAITLIST_POSITION, position)
                .set(APPLICATION.UPDATED_AT, now)
                .set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1))
                .where(APPLICATION.ID.eq(applicationId))
                .execute();
    }

    /** Where an application stands before a change: its waitlist position and explanation. */
    record Standing(
            @Nullable Integer position,
            @Nullable String code,
            @Nullable String values) {}

    Standing standing(long applicationId) {
        return Objects.requireNonNull(
                dsl.select(APPLICATION.WAITLIST_POSITION, APPLICATION.EXPLANATION_CODE, APPLICATION.EXPLANATION_VALUES)
                        .from(APPLICATION)
                        .where(APPLICATION.ID.eq(applicationId))
                        .fetchOne(mapping(Standing::new)));
    }

    /** Shifts the waitlist positions from {@code from} on by {@code delta} (+1 to make room, −1 to close a gap). */
    void shiftWaitlist(long exhibitionId, int from, int delta) {
        dsl.update(APPLICATION)
                .set(APPLICATION.WAITLIST_POSITION, APPLICATION.WAITLIST_POSITION.plus(delta))
                .where(APPLICATION
                        .EXHIBITION_ID
                        .eq(exhibitionId)
                        .and(APPLICATION.STATUS.eq(ApplicationStatus.WAITLISTED))
                        .and(APPLICATION.WAITLIST_POSITION.ge(from)))
                .execute();
    }

    void recordPromotion(
            long exhibitionId, long applicationId, @Nullable Long withdrawnId, Standing before, OffsetDateTime now) {
        dsl.insertInto(WAITLIST_PROMOTION)
                .set(WAITLIST_PROMOTION.EXHIBITION_ID, exhibitionId)
                .set(WAITLIST_PROMOTION.APPLICATION_ID, applicationId)
                .set(WAITLIST_PROMOTION.WITHDRAWN_APPLICATION_ID, withdrawnId)
                .set(WAITLIST_PROMOTION.PREVIOUS_POSITION, before.position())
                .set(WAITLIST_PROMOTION.PREVIOUS_CODE, before.code())
                .set(WAITLIST_PROMOTION.PREVIOUS_VALUES, before.values())
                .set(WAITLIST_PROMOTION.PROMOTED_AT, now)
                .execute();
    }

    /**
     * A promotion with what undoing it needs: an accepted offer of a withdrawn group's seat, or (no withdrawn group) a
     * hand placement or an accepted offer of a seat that was free.
     */
    record Promotion(
            long id,
            long exhibitionId,
            long applicationId,
            String groupName,
            @Nullable String withdrawnGroupName,
            @Nullable Integer previousPosition,
            @Nullable String previousCode,
            @Nullable String previousValues,
            OffsetDateTime promotedAt,
            @Nullable String undoneBy) {}

    List<Promotion> promotions(long exhibitionId) {
        var withdrawn = APPLICATION.as("withdrawn");
        var withdrawnGroup = SHG_GROUP.as("withdrawn_group");
        return dsl.select(
                        WAITLIST_PROMOTION.ID,
                        WAITLIST_PROMOTION.EXHIBITION_ID,
                        WAITLIST_PROMOTION.APPLICATION_ID,
                        SHG_GROUP.NAME,
                        withdrawnGroup.NAME,
                        WAITLIST_PROMOTION.PREVIOUS_POSITION,
                        WAITLIST_PROMOTION.PREVIOUS_CODE,
                        WAITLIST_PROMOTION.PREVIOUS_VALUES,
                        WAITLIST_PROMOTION.PROMOTED_AT,
                        WAITLIST_PROMOTION.UNDONE_BY)
                .from(WAITLIST_PROMOTION)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(WAITLIST_PROMOTION.APPLICATION_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .leftJoin(withdrawn)
                .on(withdrawn.ID.eq(WAITLIST_PROMOTION.WITHDRAWN_APPLICATION_ID))
                .leftJoin(withdrawnGroup)
                .on(withdrawnGroup.ID.eq(withdrawn.GROUP_ID))
                .where(WAITLIST_PROMOTION.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(WAITLIST_PROMOTION.ID.desc())
                .fetch(mapping(Promotion::new));
    }

    Optional<Promotion> promotion(long promotionId) {
        long exhibitionId = dsl.select(WAITLIST_PROMOTION.EXHIBITION_ID)
                .from(WAITLIST_PROMOTION)
                .where(WAITLIST_PROMOTION.ID.eq(promotionId))
                .fetchOptional(WAITLIST_PROMOTION.EXHIBITION_ID)
                .orElse(-1L);
        return promotions(exhibitionId).stream()
                .filter(p -> p.id() == promotionId)
                .findFirst();
    }

    void markUndone(long promotionId, String actor, OffsetDateTime now) {
        dsl.update(WAITLIST_PROMOTION)
                .set(WAITLIST_PROMOTION.UNDONE_BY, actor)
                .set(WAITLIST_PROMOTION.UNDONE_AT, now)
                .where(WAITLIST_PROMOTION.ID.eq(promotionId))
                .execute();
    }
}
