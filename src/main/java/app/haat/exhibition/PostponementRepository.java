package app.haat.exhibition;

import static app.haat.db.Tables.APPLICATION_PREFERENCE;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_SLOT;

import app.haat.core.i18n.LocalizedName;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The writes of a postponement: the exhibition's dates and its slots, mapped by position. */
@Repository
class PostponementRepository {

    private final DSLContext dsl;

    PostponementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Another exhibition on the venue (not this one, not cancelled) whose dates meet these. */
    Optional<String> otherOverlapping(
            long venueId, long exhibitionId, LocalDate startsOn, LocalDate endsOn, boolean bn) {
        return dsl.select(EXHIBITION.TITLE, EXHIBITION.TITLE_BN)
                .from(EXHIBITION)
                .where(EXHIBITION
                        .VENUE_ID
                        .eq(venueId)
                        .and(EXHIBITION.ID.ne(exhibitionId))
                        .and(EXHIBITION.STARTS_ON.le(endsOn))
                        .and(EXHIBITION.ENDS_ON.ge(startsOn))
                        .and(EXHIBITION.STATUS.ne(ExhibitionStatus.CANCELLED)))
                .limit(1)
                .fetchOptional(r -> LocalizedName.pick(r.value1(), r.value2(), bn));
    }

    /** Moves the dates if the exhibition still has the version and state the officer saw. */
    boolean moveDates(long id, int version, ExhibitionStatus status, LocalDate startsOn, LocalDate endsOn) {
        return dsl.update(EXHIBITION)
                        .set(EXHIBITION.STARTS_ON, startsOn)
                        .set(EXHIBITION.ENDS_ON, endsOn)
                        .set(EXHIBITION.VERSION, EXHIBITION.VERSION.plus(1))
                        .where(ExhibitionRepository.asSeen(id, version, status))
                        .execute()
                == 1;
    }

    void moveSlot(long slotId, LocalDate startsOn, LocalDate endsOn) {
        dsl.update(EXHIBITION_SLOT)
                .set(EXHIBITION_SLOT.STARTS_ON, startsOn)
                .set(EXHIBITION_SLOT.ENDS_ON, endsOn)
                .where(EXHIBITION_SLOT.ID.eq(slotId))
                .execute();
    }

    void addSlot(long exhibitionId, int seq, LocalDate startsOn, LocalDate endsOn) {
        dsl.insertInto(EXHIBITION_SLOT)
                .set(EXHIBITION_SLOT.EXHIBITION_ID, exhibitionId)
                .set(EXHIBITION_SLOT.SEQ, seq)
                .set(EXHIBITION_SLOT.STARTS_ON, startsOn)
                .set(EXHIBITION_SLOT.ENDS_ON, endsOn)
                .execute();
    }

    /** Removes slots that no longer exist, with the preferences that named them. */
    void removeSlots(Collection<Long> slotIds) {
        dsl.deleteFrom(APPLICATION_PREFERENCE)
                .where(APPLICATION_PREFERENCE.SLOT_ID.in(slotIds))
                .execute();
        dsl.deleteFrom(EXHIBITION_SLOT).where(EXHIBITION_SLOT.ID.in(slotIds)).execute();
    }
}
