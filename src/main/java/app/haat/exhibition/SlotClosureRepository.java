package app.haat.exhibition;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.KIOSK;
import static org.jooq.Records.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The lost days of slots: read, and written under the slot's row lock. */
@Repository
class SlotClosureRepository {

    private final DSLContext dsl;

    SlotClosureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The slot of this exhibition, locked to the end of the transaction (two officers at once: one decides). */
    Optional<SlotClosure.SlotDays> lockSlot(long exhibitionId, long slotId) {
        return slotDays()
                .where(EXHIBITION_SLOT.ID.eq(slotId).and(EXHIBITION_SLOT.EXHIBITION_ID.eq(exhibitionId)))
                .forUpdate()
                .fetchOptional(mapping(SlotClosure.SlotDays::new));
    }

    /** The exhibition's slots in order, with their lost days if any. */
    List<SlotClosure.SlotDays> slots(long exhibitionId) {
        return slotDays()
                .where(EXHIBITION_SLOT.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(EXHIBITION_SLOT.SEQ)
                .fetch(mapping(SlotClosure.SlotDays::new));
    }

    private SelectJoinStep<Record6<Long, Integer, LocalDate, LocalDate, LocalDate, String>> slotDays() {
        return dsl.select(
                        EXHIBITION_SLOT.ID,
                        EXHIBITION_SLOT.SEQ,
                        EXHIBITION_SLOT.STARTS_ON,
                        EXHIBITION_SLOT.ENDS_ON,
                        EXHIBITION_SLOT.CLOSED_FROM,
                        EXHIBITION_SLOT.CLOSED_REASON)
                .from(EXHIBITION_SLOT);
    }

    void close(long slotId, LocalDate from, String reason, String by, OffsetDateTime at) {
        dsl.update(EXHIBITION_SLOT)
                .set(EXHIBITION_SLOT.CLOSED_FROM, from)
                .set(EXHIBITION_SLOT.CLOSED_REASON, reason)
                .set(EXHIBITION_SLOT.CLOSED_BY, by)
                .set(EXHIBITION_SLOT.CLOSED_AT, at)
                .where(EXHIBITION_SLOT.ID.eq(slotId))
                .execute();
    }

    /** The seats of the exhibition's assigned groups (of one slot when {@code slotId} is given), by group. */
    List<StallCalendar.StallSeat> stallSeats(long exhibitionId, @Nullable Long slotId) {
        return dsl.select(
                        APPLICATION.GROUP_ID,
                        ASSIGNMENT.ID,
                        KIOSK.CODE,
                        EXHIBITION_SLOT.STARTS_ON,
                        EXHIBITION_SLOT.ENDS_ON)
                .from(ASSIGNMENT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID))
                .join(KIOSK)
                .on(KIOSK.ID.eq(ASSIGNMENT.KIOSK_ID))
                .join(EXHIBITION_SLOT)
                .on(EXHIBITION_SLOT.ID.eq(ASSIGNMENT.SLOT_ID))
                .where(APPLICATION
                        .EXHIBITION_ID
                        .eq(exhibitionId)
                        .and(APPLICATION.STATUS.eq(ApplicationStatus.ASSIGNED))
                        .and(slotId == null ? DSL.noCondition() : ASSIGNMENT.SLOT_ID.eq(slotId)))
                .orderBy(APPLICATION.GROUP_ID, EXHIBITION_SLOT.STARTS_ON)
                .fetch(mapping(StallCalendar.StallSeat::new));
    }

    /** Raises the exhibition's version (a calendar entry sent now must outrank the ones sent before); the new one. */
    int nextVersion(long exhibitionId) {
        dsl.update(EXHIBITION)
                .set(EXHIBITION.VERSION, EXHIBITION.VERSION.plus(1))
                .where(EXHIBITION.ID.eq(exhibitionId))
                .execute();
        return Objects.requireNonNull(dsl.select(EXHIBITION.VERSION)
                .from(EXHIBITION)
                .where(EXHIBITION.ID.eq(exhibitionId))
                .fetchSingle(EXHIBITION.VERSION));
    }
}
