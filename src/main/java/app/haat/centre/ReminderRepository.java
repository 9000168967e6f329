package app.haat.centre;

import static app.haat.db.Tables.TRAINING_REMINDER;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The day-before reminders queued, one row per session and member (its primary key): a reminder is claimed in the
 * transaction that queues it, so a re-run, a restart or a second node finds it claimed and sends nothing more.
 */
@Repository
class ReminderRepository {

    private final DSLContext dsl;

    ReminderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Claims the member's reminder for the session; false if it was claimed before (by this node or another). */
    boolean claim(long sessionId, long memberId, OffsetDateTime now) {
        return dsl.insertInto(TRAINING_REMINDER)
                        .set(TRAINING_REMINDER.SESSION_ID, sessionId)
                        .set(TRAINING_REMINDER.MEMBER_ID, memberId)
                        .set(TRAINING_REMINDER.QUEUED_AT, now)
                        .onDuplicateKeyIgnore()
                        .execute()
                == 1;
    }
}
