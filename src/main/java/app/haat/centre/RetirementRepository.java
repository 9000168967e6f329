package app.haat.centre;

import static app.haat.db.Tables.TRAINER;
import static app.haat.db.Tables.TRAINING_ROOM;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Rooms and trainers retired: kept for the sessions they held, no longer booked. */
@Repository
class RetirementRepository {

    private final DSLContext dsl;

    RetirementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Locks the room's row: present if the room exists, true if it is retired. */
    Optional<Boolean> lockRoom(long roomId) {
        return dsl.select(TRAINING_ROOM.RETIRED_AT)
                .from(TRAINING_ROOM)
                .where(TRAINING_ROOM.ID.eq(roomId))
                .forUpdate()
                .fetchOptional(r -> r.value1() != null);
    }

    /** Locks the trainer's row: present if the trainer exists, true if retired. */
    Optional<Boolean> lockTrainer(long trainerId) {
        return dsl.select(TRAINER.RETIRED_AT)
                .from(TRAINER)
                .where(TRAINER.ID.eq(trainerId))
                .forUpdate()
                .fetchOptional(r -> r.value1() != null);
    }

    boolean isRoomRetired(long roomId) {
        return dsl.fetchExists(TRAINING_ROOM, TRAINING_ROOM.ID.eq(roomId).and(TRAINING_ROOM.RETIRED_AT.isNotNull()));
    }

    boolean isTrainerRetired(long trainerId) {
        return dsl.fetchExists(TRAINER, TRAINER.ID.eq(trainerId).and(TRAINER.RETIRED_AT.isNotNull()));
    }

    void retireRoom(long roomId, OffsetDateTime now) {
        dsl.update(TRAINING_ROOM)
                .set(TRAINING_ROOM.RETIRED_AT, now)
                .where(TRAINING_ROOM.ID.eq(roomId))
                .execute();
    }

    void retireTrainer(long trainerId, OffsetDateTime now) {
        dsl.update(TRAINER)
                .set(TRAINER.RETIRED_AT, now)
                .where(TRAINER.ID.eq(trainerId))
                .execute();
    }
}
