package app.haat.demo;

import static app.haat.db.Tables.DESK_APPOINTMENT;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.GROUP_LISTING;
import static app.haat.db.Tables.TRAINING_SESSION;
import static app.haat.db.Tables.VENUE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The demo's moves in time, on the exhibition's and the centre's tables (nothing in production moves dates). */
@Repository
class DemoHistoryRepository {

    private final DSLContext dsl;

    DemoHistoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Moves a case's booked appointment back to a time already past, so the demo's staff have some to mark. */
    void backdateAppointment(long caseId, OffsetDateTime start) {
        dsl.update(DESK_APPOINTMENT)
                .set(DESK_APPOINTMENT.STARTS_AT, start)
                .set(DESK_APPOINTMENT.ENDS_AT, start.plusMinutes(30))
                .where(DESK_APPOINTMENT.CASE_ID.eq(caseId), DESK_APPOINTMENT.OUTCOME.isNull())
                .execute();
    }

    /** The venue's row lock, which the exhibition feature takes too before it checks a venue's days. */
    void lockVenue(long venueId) {
        dsl.select(VENUE.ID).from(VENUE).where(VENUE.ID.eq(venueId)).forUpdate().fetch();
    }

    /** The title of another exhibition on the venue that shares a day with these dates, if any. */
    Optional<String> otherExhibitionOn(long venueId, long exceptId, LocalDate startsOn, LocalDate endsOn) {
        return dsl.select(EXHIBITION.TITLE)
                .from(EXHIBITION)
                .where(EXHIBITION
                        .VENUE_ID
                        .eq(venueId)
                        .and(EXHIBITION.ID.ne(exceptId))
                        .and(EXHIBITION.STARTS_ON.le(endsOn))
                        .and(EXHIBITION.ENDS_ON.ge(startsOn)))
                .limit(1)
                .fetchOptional(EXHIBITION.TITLE);
    }

    /** Moves the exhibition's dates, window and slots by {@code days}. */
    void shiftExhibition(long id, int days) {
        dsl.update(EXHIBITION)
                .set(EXHIBITION.STARTS_ON, DSL.localDateAdd(EXHIBITION.STARTS_ON, days))
                .set(EXHIBITION.ENDS_ON, DSL.localDateAdd(EXHIBITION.ENDS_ON, days))
                .set(EXHIBITION.APPLICATIONS_OPEN_AT, EXHIBITION.APPLICATIONS_OPEN_AT.plus(days))
                .set(EXHIBITION.APPLICATIONS_CLOSE_AT, EXHIBITION.APPLICATIONS_CLOSE_AT.plus(days))
                .set(EXHIBITION.VERSION, EXHIBITION.VERSION.plus(1))
                .where(EXHIBITION.ID.eq(id))
                .execute();
        dsl.update(EXHIBITION_SLOT)
                .set(EXHIBITION_SLOT.STARTS_ON, DSL.localDateAdd(EXHIBITION_SLOT.STARTS_ON, days))
                .set(EXHIBITION_SLOT.ENDS_ON, DSL.localDateAdd(EXHIBITION_SLOT.ENDS_ON, days))
                .where(EXHIBITION_SLOT.EXHIBITION_ID.eq(id))
                .execute();
    }

    /** Moves training sessions in time by whole days. */
    void shiftSessions(List<Long> sessionIds, int days) {
        dsl.update(TRAINING_SESSION)
                .set(TRAINING_SESSION.STARTS_AT, TRAINING_SESSION.STARTS_AT.plus(days))
                .set(TRAINING_SESSION.ENDS_AT, TRAINING_SESSION.ENDS_AT.plus(days))
                .where(TRAINING_SESSION.ID.in(sessionIds))
                .execute();
    }

    /** Dates a listing back: recorded (and changed) at {@code at}, its confirmation (if any) a few days later. */
    void backdateListing(long listingId, OffsetDateTime at) {
        dsl.update(GROUP_LISTING)
                .set(GROUP_LISTING.CREATED_AT, at)
                .set(GROUP_LISTING.UPDATED_AT, at)
                .set(
                        GROUP_LISTING.CONFIRMED_AT,
                        DSL.when(GROUP_LISTING.CONFIRMED_AT.isNotNull(), DSL.val(at.plusDays(4)))
                                .else_(DSL.inline((OffsetDateTime) null)))
                .where(GROUP_LISTING.ID.eq(listingId))
                .execute();
    }
}
