package app.haat.centre;

import static app.haat.db.Tables.TRAINING_SESSION;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Changes to sessions already booked: their details, their time and place, their cancellation. */
@Repository
class SessionChangeRepository {

    private final DSLContext dsl;

    SessionChangeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Locks the series' scheduled sessions from {@code from} on (the one changed first), in the order of their ids. */
    List<Long> lockFollowing(long seriesId, OffsetDateTime from) {
        return dsl.select(TRAINING_SESSION.ID)
                .from(TRAINING_SESSION)
                .where(TRAINING_SESSION.SERIES_ID.eq(seriesId))
                .and(TRAINING_SESSION.STARTS_AT.ge(from))
                .and(TRAINING_SESSION.STATUS.eq(SessionStatus.SCHEDULED))
                .orderBy(TRAINING_SESSION.ID)
                .forUpdate()
                .fetch(TRAINING_SESSION.ID);
    }

    /** Whether the series has a scheduled session after {@code after}. */
    boolean hasScheduledAfter(long seriesId, OffsetDateTime after) {
        return dsl.fetchExists(
                TRAINING_SESSION,
                TRAINING_SESSION
                        .SERIES_ID
                        .eq(seriesId)
                        .and(TRAINING_SESSION.STARTS_AT.gt(after))
                        .and(TRAINING_SESSION.STATUS.eq(SessionStatus.SCHEDULED)));
    }

    /** The session's title, topic, seats and language; its version goes up. */
    void updateDetails(long id, @Nullable String title, long topicId, int capacity, String language) {
        dsl.update(TRAINING_SESSION)
                .set(TRAINING_SESSION.TITLE, title)
                .set(TRAINING_SESSION.TOPIC_ID, topicId)
                .set(TRAINING_SESSION.CAPACITY, capacity)
                .set(TRAINING_SESSION.LANGUAGE, language)
                .set(TRAINING_SESSION.VERSION, TRAINING_SESSION.VERSION.plus(1))
                .where(TRAINING_SESSION.ID.eq(id))
                .execute();
    }

    /** The session's new time, room and trainer; calendars get a higher SEQUENCE. */
    void move(long id, long roomId, long trainerId, OffsetDateTime from, OffsetDateTime to) {
        dsl.update(TRAINING_SESSION)
                .set(TRAINING_SESSION.ROOM_ID, roomId)
                .set(TRAINING_SESSION.TRAINER_ID, trainerId)
                .set(TRAINING_SESSION.STARTS_AT, from)
                .set(TRAINING_SESSION.ENDS_AT, to)
                .set(TRAINING_SESSION.CALENDAR_SEQUENCE, TRAINING_SESSION.CALENDAR_SEQUENCE.plus(1))
                .where(TRAINING_SESSION.ID.eq(id))
                .execute();
    }

    /** A change members' calendars must follow without a move (a new topic or title): a higher SEQUENCE. */
    void bumpSequence(long id) {
        dsl.update(TRAINING_SESSION)
                .set(TRAINING_SESSION.CALENDAR_SEQUENCE, TRAINING_SESSION.CALENDAR_SEQUENCE.plus(1))
                .where(TRAINING_SESSION.ID.eq(id))
                .execute();
    }

    void cancel(long id, String reason) {
        dsl.update(TRAINING_SESSION)
                .set(TRAINING_SESSION.STATUS, SessionStatus.CANCELLED)
                .set(TRAINING_SESSION.CANCEL_REASON, reason)
                .set(TRAINING_SESSION.CALENDAR_SEQUENCE, TRAINING_SESSION.CALENDAR_SEQUENCE.plus(1))
                .set(TRAINING_SESSION.VERSION, TRAINING_SESSION.VERSION.plus(1))
                .where(TRAINING_SESSION.ID.eq(id))
                .execute();
    }
}
