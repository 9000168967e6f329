package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.APPLICATION_PREFERENCE;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.KIOSK;
import static app.haat.db.Tables.WAITLIST_OFFER;
import static org.jooq.Records.mapping;

import app.haat.allocation.AllocationRepository.Seat;
import app.haat.exhibition.ApplicationStatus;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The seat a withdrawal frees and its promotion from the waitlist; split from AllocationRepository. */
@Repository
class AllocationWaitlistRepository {

    private final DSLContext dsl;

    AllocationWaitlistRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The seat a withdrawn application held; removed. */
    Optional<Seat> releaseSeat(long applicationId) {
        var seat = dsl.select(ASSIGNMENT.KIOSK_ID, ASSIGNMENT.SLOT_ID, ASSIGNMENT.SEAT)
                .from(ASSIGNMENT)
                .where(ASSIGNMENT.APPLICATION_ID.eq(applicationId))
                .limit(1)
                .fetchOptional(mapping(Seat::new));
        dsl.deleteFrom(ASSIGNMENT)
                .where(ASSIGNMENT.APPLICATION_ID.eq(applicationId))
                .execute();
        return seat;
    }

    /**
     * The first waitlisted application that may take this seat: it asked for the slot, the kiosk meets its needs,
     * its group holds no place elsewhere at that time, it holds no open offer, and it has not declined (or let expire)
     * an offer for this slot already.
     */
    Optional<Long> firstEligibleWaiting(long exhibitionId, long kioskId, long slotId) {
        var kiosk = Objects.requireNonNull(
                dsl.selectFrom(KIOSK).where(KIOSK.ID.eq(kioskId)).fetchOne());
        var slot = Objects.requireNonNull(dsl.selectFrom(EXHIBITION_SLOT)
                .where(EXHIBITION_SLOT.ID.eq(slotId))
                .fetchOne());
        var other = EXHIBITION_SLOT.as("other");
        var elsewhere = ASSIGNMENT.as("elsewhere");
        var theirs = APPLICATION.as("theirs");
        return dsl.select(APPLICATION.ID)
                .from(APPLICATION)
                .where(APPLICATION
                        .EXHIBITION_ID
                        .eq(exhibitionId)
                        .and(APPLICATION.STATUS.eq(ApplicationStatus.WAITLISTED))
                        .and(DSL.exists(DSL.selectOne()
                                .from(APPLICATION_PREFERENCE)
                                .where(APPLICATION_PREFERENCE
                                        .APPLICATION_ID
                                        .eq(APPLICATION.ID)
                                        .and(APPLICATION_PREFERENCE.SLOT_ID.eq(slotId)))))
                        .and(DSL.notExists(DSL.selectOne()
                                .from(WAITLIST_OFFER)
                                .where(WAITLIST_OFFER
                                        .APPLICATION_ID
                                        .eq(APPLICATION.ID)
                                        .and(WAITLIST_OFFER
                                                .STATUS
                                                .eq(OfferStatus.OPEN)
                                                .or(WAITLIST_OFFER
                                                        .SLOT_ID
                                                        .eq(slotId)
                                                        .and(WAITLIST_OFFER.STATUS.in(
                                                                OfferStatus.DECLINED, OfferStatus.EXPIRED)))))))
                        .and(kiosk.getElectricity() ? DSL.noCondition() : APPLICATION.NEEDS_ELECTRICITY.isFalse())
                        .and(kiosk.getFoodAllowed() ? DSL.noCondition() : APPLICATION.NEEDS_FOOD.isFalse())
                        .and(DSL.notExists(DSL.selectOne()
                                .from(elsewhere)
                                .join(theirs)
                                .on(theirs.ID.eq(elsewhere.APPLICATION_ID))
                                .join(other)
                                .on(other.ID.eq(elsewhere.SLOT_ID))
                                .where(theirs.GROUP_ID
                                        .eq(APPLICATION.GROUP_ID)
                                        .and(other.STARTS_ON.le(slot.getEndsOn()))
                                        .and(other.ENDS_ON.ge(slot.getStartsOn()))))))
                .orderBy(APPLICATION.WAITLIST_POSITION.asc().nullsLast(), APPLICATION.ID)
                .limit(1)
                .fetchOptional(APPLICATION.ID);
    }

    /**
     * Gives the seat to the application and marks it assigned, with the promotion as its explanation (the service
     * closes the gap it leaves on the waitlist).
     */
    void promote(long exhibitionId, long applicationId, long kioskId, long slotId, int seat, OffsetDateTime now) {
        dsl.insertInto(ASSIGNMENT)
                .set(ASSIGNMENT.EXHIBITION_ID, exhibitionId)
                .set(ASSIGNMENT.APPLICATION_ID, applicationId)
                .set(ASSIGNMENT.KIOSK_ID, kioskId)
                .set(ASSIGNMENT.SLOT_ID, slotId)
                .set(ASSIGNMENT.SEAT, seat)
                .execute();
        String kiosk =
                dsl.select(KIOSK.CODE).from(KIOSK).where(KIOSK.ID.eq(kioskId)).fetchOne(KIOSK.CODE);
        int seq = Objects.requireNonNull(dsl.select(EXHIBITION_SLOT.SEQ)
                .from(EXHIBITION_SLOT)
                .where(EXHIBITION_SLOT.ID.eq(slotId))
                .fetchOne(EXHIBITION_SLOT.SEQ));
        dsl.update(APPLICATION)
                .set(APPLICATION.STATUS, ApplicationStatus.ASSIGNED)
                .set(APPLICATION.EXPLANATION_CODE, "promoted")
                .set(APPLICATION.EXPLANATION_VALUES, kiosk + "|" + seq)
                .setNull(APPLICATION.WAITLIST_POSITION)
                .set(APPLICATION.UPDATED_AT, now)
                .set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1))
                .where(APPLICATION.ID.eq(applicationId))
                .execute();
    }
}
