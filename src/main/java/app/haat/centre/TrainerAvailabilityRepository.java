package app.haat.centre;

import static app.haat.db.Tables.TRAINER_DAY_AWAY;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The days a trainer is away: booking and rescheduling refuse them. */
@Repository
class TrainerAvailabilityRepository {

    private final DSLContext dsl;

    TrainerAvailabilityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean isAway(long trainerId, LocalDate day) {
        return dsl.fetchExists(
                TRAINER_DAY_AWAY, TRAINER_DAY_AWAY.TRAINER_ID.eq(trainerId).and(TRAINER_DAY_AWAY.AWAY_ON.eq(day)));
    }

    /** The trainer's days away from a day on, in order. */
    List<LocalDate> daysAway(long trainerId, LocalDate from) {
        return dsl.select(TRAINER_DAY_AWAY.AWAY_ON)
                .from(TRAINER_DAY_AWAY)
                .where(TRAINER_DAY_AWAY.TRAINER_ID.eq(trainerId).and(TRAINER_DAY_AWAY.AWAY_ON.ge(from)))
                .orderBy(TRAINER_DAY_AWAY.AWAY_ON)
                .fetch(TRAINER_DAY_AWAY.AWAY_ON);
    }

    /** Marks the days (those already marked stay as they are); answers how many were new. */
    int markAway(long trainerId, List<LocalDate> days) {
        int added = 0;
        for (LocalDate day : days) {
            added += dsl.insertInto(TRAINER_DAY_AWAY)
                    .set(TRAINER_DAY_AWAY.TRAINER_ID, trainerId)
                    .set(TRAINER_DAY_AWAY.AWAY_ON, day)
                    .onDuplicateKeyIgnore()
                    .execute();
        }
        return added;
    }

    int clearAway(long trainerId, LocalDate day) {
        return dsl.deleteFrom(TRAINER_DAY_AWAY)
                .where(TRAINER_DAY_AWAY.TRAINER_ID.eq(trainerId).and(TRAINER_DAY_AWAY.AWAY_ON.eq(day)))
                .execute();
    }
}
