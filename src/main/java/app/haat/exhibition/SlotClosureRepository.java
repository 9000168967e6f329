package app.haat.exhibition;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static org.jooq.Records.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.SelectJoinStep;
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

    /** The groups holding a seat in the slot. */
    List<Long> groupsAssigned(long slotId) {
        return dsl.selectDistinct(APPLICATION.GROUP_ID)
                .from(ASSIGNMENT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID))
                .where(ASSIGNMENT.SLOT_ID.eq(slotId).and(APPLICATION.STATUS.eq(ApplicationStatus.ASSIGNED)))
                .fetch(APPLICATION.GROUP_ID);
    }
}
