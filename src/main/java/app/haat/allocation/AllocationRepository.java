package app.haat.allocation;

import static app.haat.db.Tables.ALLOCATION_WEIGHTS;
import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.KIOSK;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.SHG_GROUP;
import static app.haat.db.Tables.VENUE;
import static org.jooq.Records.mapping;

import app.haat.allocation.engine.AllocationInput.Applicant;
import app.haat.allocation.engine.Explanation;
import app.haat.allocation.engine.Placement;
import app.haat.allocation.engine.Weights;
import app.haat.core.data.NaturalOrder;
import app.haat.exhibition.ApplicationStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class AllocationRepository {

    private final DSLContext dsl;
    // the applicants' and the waitlist's queries live apart; this class keeps the one face the services use
    private final AllocationApplicantRepository applicants;
    private final AllocationWaitlistRepository waitlist;

    AllocationRepository(
            DSLContext dsl, AllocationApplicantRepository applicants, AllocationWaitlistRepository waitlist) {
        this.dsl = dsl;
        this.applicants = applicants;
        this.waitlist = waitlist;
    }

    /** Serialises allocation runs and hand changes on one exhibition. */
    void lockExhibition(long exhibitionId) {
        dsl.select(EXHIBITION.ID)
                .from(EXHIBITION)
                .where(EXHIBITION.ID.eq(exhibitionId))
                .forUpdate()
                .fetch();
    }

    /**
     * The applicants with what the formula needs: origin, first category, needs, ranked slots, placements in other
     * exhibitions that started in the 12 months before this one, and the slots in which they are placed elsewhere.
     */
    List<Applicant> applicants(long exhibitionId, LocalDate startsOn) {
        return applicants.applicants(exhibitionId, startsOn);
    }

    List<Placement> locked(long exhibitionId) {
        return dsl.selectFrom(ASSIGNMENT)
                .where(ASSIGNMENT.EXHIBITION_ID.eq(exhibitionId).and(ASSIGNMENT.LOCKED))
                .fetch(r -> new Placement(r.getApplicationId(), r.getKioskId(), r.getSlotId(), true));
    }

    /** Replaces the unlocked assignments of the exhibition with these placements (seats numbered per kiosk-slot). */
    void replaceAssignments(long exhibitionId, List<Placement> placements) {
        dsl.deleteFrom(ASSIGNMENT)
                .where(ASSIGNMENT.EXHIBITION_ID.eq(exhibitionId).and(ASSIGNMENT.LOCKED.isFalse()))
                .execute();
        Map<String, Integer> seats = new HashMap<>();
        for (Seat taken : dsl.select(ASSIGNMENT.KIOSK_ID, ASSIGNMENT.SLOT_ID, ASSIGNMENT.SEAT)
                .from(ASSIGNMENT)
                .where(ASSIGNMENT.EXHIBITION_ID.eq(exhibitionId))
                .fetch(mapping(Seat::new))) {
            seats.merge(taken.kioskId() + "/" + taken.slotId(), taken.seat(), Math::max);
        }
        var insert = dsl.insertInto(
                ASSIGNMENT,
                ASSIGNMENT.EXHIBITION_ID,
                ASSIGNMENT.APPLICATION_ID,
                ASSIGNMENT.KIOSK_ID,
                ASSIGNMENT.SLOT_ID,
                ASSIGNMENT.SEAT,
                ASSIGNMENT.LOCKED);
        boolean any = false;
        for (Placement p : placements) {
            if (p.locked()) {
                continue;
            }
            int seat = seats.merge(p.kioskId() + "/" + p.slotId(), 1, Integer::sum);
            insert = insert.values(exhibitionId, p.applicationId(), p.kioskId(), p.slotId(), seat, false);
            any = true;
        }
        if (any) {
            insert.execute();
        }
    }

    /** Stores each applicant's outcome: status, waitlist position and the explanation's code and values. */
    void recordOutcomes(Map<Long, Explanation> explanations, List<Long> waitlist, OffsetDateTime now) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < waitlist.size(); i++) {
            position.put(waitlist.get(i), i + 1);
        }
        for (Explanation e : explanations.values()) {
            ApplicationStatus status = switch (e.outcome()) {
                case ASSIGNED -> ApplicationStatus.ASSIGNED;
                case WAITLISTED -> ApplicationStatus.WAITLISTED;
                case INELIGIBLE -> ApplicationStatus.INELIGIBLE;
            };
            dsl.update(APPLICATION)
                    .set(APPLICATION.STATUS, status)
                    .set(APPLICATION.EXPLANATION_CODE, e.code())
                    .set(APPLICATION.EXPLANATION_VALUES, String.join("|", e.values()))
                    .set(APPLICATION.WAITLIST_POSITION, position.get(e.applicationId()))
                    .set(APPLICATION.UPDATED_AT, now)
                    .set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1))
                    .where(APPLICATION.ID.eq(e.applicationId()))
                    .execute();
        }
    }

    /** A seat in a kiosk for a slot. */
    record Seat(long kioskId, long slotId, int seat) {}

    /** The applications placed in any of these slots. */
    List<Long> assignedIn(java.util.Collection<Long> slotIds) {
        return dsl.selectDistinct(ASSIGNMENT.APPLICATION_ID)
                .from(ASSIGNMENT)
                .where(ASSIGNMENT.SLOT_ID.in(slotIds))
                .fetch(ASSIGNMENT.APPLICATION_ID);
    }

    /**
     * Puts a placed application back at the end of the waitlist with the reason (its slot disappeared when the
     * exhibition moved, or on the new dates its group stands elsewhere), for the officer to re-place by hand.
     */
    void backToWaitlist(long exhibitionId, long applicationId, String explanation, OffsetDateTime now) {
        dsl.deleteFrom(ASSIGNMENT)
                .where(ASSIGNMENT.APPLICATION_ID.eq(applicationId))
                .execute();
        Integer last = dsl.select(org.jooq.impl.DSL.max(APPLICATION.WAITLIST_POSITION))
                .from(APPLICATION)
                .where(APPLICATION
                        .EXHIBITION_ID
                        .eq(exhibitionId)
                        .and(APPLICATION.STATUS.eq(ApplicationStatus.WAITLISTED)))
                .fetchOne(0, Integer.class);
        dsl.update(APPLICATION)
                .set(APPLICATION.STATUS, ApplicationStatus.WAITLISTED)
                .set(APPLICATION.WAITLIST_POSITION, (last == null ? 0 : last) + 1)
                .set(APPLICATION.EXPLANATION_CODE, explanation)
                .setNull(APPLICATION.EXPLANATION_VALUES)
                .set(APPLICATION.UPDATED_AT, now)
                .set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1))
                .where(APPLICATION.ID.eq(applicationId))
                .execute();
    }

    /** Removes every placement of the exhibition (it was cancelled). */
    void releaseAll(long exhibitionId) {
        dsl.deleteFrom(ASSIGNMENT)
                .where(ASSIGNMENT.EXHIBITION_ID.eq(exhibitionId))
                .execute();
    }

    /** The seat a withdrawn application held; removed. */
    Optional<Seat> releaseSeat(long applicationId) {
        return waitlist.releaseSeat(applicationId);
    }

    /** The first waitlisted application that may take this seat (see AllocationWaitlistRepository). */
    Optional<Long> firstEligibleWaiting(long exhibitionId, long kioskId, long slotId) {
        return waitlist.firstEligibleWaiting(exhibitionId, kioskId, slotId);
    }

    /** Gives the seat to the application and marks it assigned (see AllocationWaitlistRepository). */
    void promote(long exhibitionId, long applicationId, long kioskId, long slotId, int seat, OffsetDateTime now) {
        waitlist.promote(exhibitionId, applicationId, kioskId, slotId, seat, now);
    }

    /** What the promotion message says: the group, its leader and e-mail, exhibition, venue, dates, kiosk. */
    record PromotionFacts(
            long groupId,
            String groupName,
            String leader,
            @Nullable String email,
            String exhibition,
            String venue,
            LocalDate from,
            LocalDate to,
            String kioskCode) {}

    PromotionFacts promotionFacts(long applicationId) {
        return Objects.requireNonNull(dsl.select(
                        APPLICATION.GROUP_ID,
                        SHG_GROUP.NAME,
                        SHG_GROUP.LEADER_NAME,
                        SHG_GROUP.EMAIL,
                        EXHIBITION.TITLE,
                        VENUE.NAME,
                        EXHIBITION_SLOT.STARTS_ON,
                        EXHIBITION_SLOT.ENDS_ON,
                        KIOSK.CODE)
                .from(ASSIGNMENT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .join(EXHIBITION)
                .on(EXHIBITION.ID.eq(ASSIGNMENT.EXHIBITION_ID))
                .join(VENUE)
                .on(VENUE.ID.eq(EXHIBITION.VENUE_ID))
                .join(EXHIBITION_SLOT)
                .on(EXHIBITION_SLOT.ID.eq(ASSIGNMENT.SLOT_ID))
                .join(KIOSK)
                .on(KIOSK.ID.eq(ASSIGNMENT.KIOSK_ID))
                .where(ASSIGNMENT.APPLICATION_ID.eq(applicationId))
                .fetchOne(mapping(PromotionFacts::new)));
    }

    long exhibitionOf(long applicationId) {
        return dsl.select(APPLICATION.EXHIBITION_ID)
                .from(APPLICATION)
                .where(APPLICATION.ID.eq(applicationId))
                .fetchOptional(APPLICATION.EXHIBITION_ID)
                .orElse(-1L);
    }

    /** One applicant's outcome, with what its message needs. */
    record Outcome(
            long applicationId,
            long groupId,
            ApplicationStatus status,
            String reason,
            Integer position,
            String email,
            String leader,
            String groupName,
            String kioskCode,
            Integer floor,
            Integer x,
            Integer y,
            Long assignmentId,
            LocalDate from,
            LocalDate to,
            String explanationCode) {}

    List<Outcome> outcomes(long exhibitionId) {
        return outcomes(APPLICATION
                .EXHIBITION_ID
                .eq(exhibitionId)
                .and(APPLICATION.STATUS.in(
                        ApplicationStatus.ASSIGNED,
                        ApplicationStatus.WAITLISTED,
                        ApplicationStatus.REJECTED,
                        ApplicationStatus.INELIGIBLE)));
    }

    Optional<Outcome> outcome(long applicationId) {
        return outcomes(APPLICATION.ID.eq(applicationId)).stream().findFirst();
    }

    private List<Outcome> outcomes(Condition which) {
        return dsl.select(
                        APPLICATION.ID,
                        APPLICATION.GROUP_ID,
                        APPLICATION.STATUS,
                        APPLICATION.REASON,
                        APPLICATION.WAITLIST_POSITION,
                        SHG_GROUP.EMAIL,
                        SHG_GROUP.LEADER_NAME,
                        SHG_GROUP.NAME,
                        KIOSK.CODE,
                        KIOSK.FLOOR,
                        KIOSK.POS_X,
                        KIOSK.POS_Y,
                        ASSIGNMENT.ID,
                        EXHIBITION_SLOT.STARTS_ON,
                        EXHIBITION_SLOT.ENDS_ON,
                        APPLICATION.EXPLANATION_CODE)
                .from(APPLICATION)
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .leftJoin(ASSIGNMENT)
                .on(ASSIGNMENT.APPLICATION_ID.eq(APPLICATION.ID))
                .leftJoin(KIOSK)
                .on(KIOSK.ID.eq(ASSIGNMENT.KIOSK_ID))
                .leftJoin(EXHIBITION_SLOT)
                .on(EXHIBITION_SLOT.ID.eq(ASSIGNMENT.SLOT_ID))
                .where(which)
                .orderBy(APPLICATION.ID)
                .fetch(mapping(Outcome::new));
    }

    /** The fairness weights in force, with who changed them last. */
    record StoredWeights(Weights weights, int version, String updatedBy, OffsetDateTime updatedAt) {}

    StoredWeights weights() {
        return Objects.requireNonNull(dsl.selectFrom(ALLOCATION_WEIGHTS)
                .where(ALLOCATION_WEIGHTS.ID.eq(1))
                .fetchOne(r -> new StoredWeights(
                        new Weights(r.getSpread(), r.getRotation(), r.getPenalty(), r.getPreference()),
                        r.getVersion(),
                        r.getUpdatedBy(),
                        r.getUpdatedAt())));
    }

    boolean updateWeights(Weights weights, int version, String actor, OffsetDateTime now) {
        return dsl.update(ALLOCATION_WEIGHTS)
                        .set(ALLOCATION_WEIGHTS.SPREAD, weights.spread())
                        .set(ALLOCATION_WEIGHTS.ROTATION, weights.rotation())
                        .set(ALLOCATION_WEIGHTS.PENALTY, weights.penalty())
                        .set(ALLOCATION_WEIGHTS.PREFERENCE, weights.preference())
                        .set(ALLOCATION_WEIGHTS.UPDATED_BY, actor)
                        .set(ALLOCATION_WEIGHTS.UPDATED_AT, now)
                        .set(ALLOCATION_WEIGHTS.VERSION, version + 1)
                        .where(ALLOCATION_WEIGHTS.ID.eq(1).and(ALLOCATION_WEIGHTS.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    /** The assignments of an exhibition, in slot, kiosk and seat order. */
    List<AssignmentRow> assignments(long exhibitionId) {
        return dsl.select(
                        ASSIGNMENT.ID,
                        ASSIGNMENT.APPLICATION_ID,
                        SHG_GROUP.NAME,
                        KIOSK.ID,
                        KIOSK.CODE,
                        EXHIBITION_SLOT.ID,
                        EXHIBITION_SLOT.SEQ,
                        ASSIGNMENT.LOCKED,
                        ASSIGNMENT.VERSION)
                .from(ASSIGNMENT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .join(KIOSK)
                .on(KIOSK.ID.eq(ASSIGNMENT.KIOSK_ID))
                .join(EXHIBITION_SLOT)
                .on(EXHIBITION_SLOT.ID.eq(ASSIGNMENT.SLOT_ID))
                .where(ASSIGNMENT.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(boardOrder())
                .fetch(mapping(AssignmentRow::new));
    }

    /** The board's order of seats: by slot, kiosk code as a person reads it (K2 before K10), then seat. */
    private static List<SortField<?>> boardOrder() {
        return Stream.of(
                        List.<SortField<?>>of(EXHIBITION_SLOT.SEQ.asc()),
                        NaturalOrder.of(KIOSK.CODE),
                        List.<SortField<?>>of(ASSIGNMENT.SEAT.asc()))
                .flatMap(List::stream)
                .toList();
    }

    /** One placement as an export line: kiosk, slot and its dates, the group and its municipality. */
    record AssignmentLine(
            String kioskCode,
            int slot,
            LocalDate from,
            LocalDate to,
            String groupName,
            String municipalityEn,
            String municipalityBn,
            boolean locked) {}

    /** The exhibition's placements in board order, through a cursor; the caller closes the stream. */
    Stream<AssignmentLine> assignmentLines(long exhibitionId) {
        return dsl.select(
                        KIOSK.CODE,
                        EXHIBITION_SLOT.SEQ,
                        EXHIBITION_SLOT.STARTS_ON,
                        EXHIBITION_SLOT.ENDS_ON,
                        SHG_GROUP.NAME,
                        MUNICIPALITY.NAME_EN,
                        MUNICIPALITY.NAME_BN,
                        ASSIGNMENT.LOCKED)
                .from(AssignmentJoin.seats())
                .where(ASSIGNMENT.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(boardOrder())
                .fetchSize(500)
                .fetchStream()
                .map(mapping(AssignmentLine::new));
    }
}
