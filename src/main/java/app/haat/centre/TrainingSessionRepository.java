package app.haat.centre;

import static app.haat.db.Tables.ENROLLMENT;
import static app.haat.db.Tables.TRAINER;
import static app.haat.db.Tables.TRAINING_AUDIENCE;
import static app.haat.db.Tables.TRAINING_ROOM;
import static app.haat.db.Tables.TRAINING_SESSION;
import static app.haat.db.Tables.TRAINING_TOPIC;
import static app.haat.db.Tables.VENUE;
import static org.jooq.Records.mapping;

import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.SessionLine;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Training sessions: booking (locks and overlaps), who a session is for, and the calendar's rows. */
@Repository
class TrainingSessionRepository {

    /** A session with its topic, room and centre, trainer. */
    private static final Table<?> SESSIONS = TRAINING_SESSION
            .join(TRAINING_TOPIC)
            .on(TRAINING_TOPIC.ID.eq(TRAINING_SESSION.TOPIC_ID))
            .join(TRAINING_ROOM)
            .on(TRAINING_ROOM.ID.eq(TRAINING_SESSION.ROOM_ID))
            .join(VENUE)
            .on(VENUE.ID.eq(TRAINING_ROOM.VENUE_ID))
            .join(TRAINER)
            .on(TRAINER.ID.eq(TRAINING_SESSION.TRAINER_ID));

    private static final SelectField<Session> SESSION = DSL.row(
                    TRAINING_SESSION.ID,
                    TRAINING_SESSION.TOPIC_ID,
                    TRAINING_TOPIC.NAME_EN,
                    TRAINING_TOPIC.NAME_BN,
                    TRAINING_SESSION.ROOM_ID,
                    TRAINING_ROOM.NAME,
                    VENUE.NAME,
                    TRAINING_SESSION.TRAINER_ID,
                    TRAINER.NAME,
                    TRAINING_SESSION.STARTS_AT,
                    TRAINING_SESSION.ENDS_AT,
                    TRAINING_SESSION.CAPACITY,
                    TRAINING_SESSION.LANGUAGE,
                    enrollments(ENROLLMENT.STATUS.eq(EnrollmentStatus.ENROLLED)),
                    enrollments(ENROLLMENT.STATUS.eq(EnrollmentStatus.WAITLISTED)),
                    DSL.row(TRAINING_ROOM.NAME_BN, VENUE.NAME_BN).mapping(Session.PlaceInBengali::new),
                    TRAINING_SESSION.TITLE,
                    TRAINING_SESSION.STATUS,
                    TRAINING_SESSION.CANCEL_REASON,
                    TRAINING_SESSION.SERIES_ID,
                    TRAINING_SESSION.VERSION,
                    TRAINING_SESSION.CALENDAR_SEQUENCE)
            .mapping(Session::new);

    private final DSLContext dsl;

    TrainingSessionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** How many of the session's enrollments match. */
    private static Field<Integer> enrollments(Condition which) {
        return DSL.field(DSL.selectCount()
                .from(ENROLLMENT)
                .where(ENROLLMENT.SESSION_ID.eq(TRAINING_SESSION.ID).and(which)));
    }

    /** Locks the room and the trainer rows: bookings of either wait for each other, on H2 and PostgreSQL alike. */
    void lockRoomAndTrainer(long roomId, long trainerId) {
        dsl.select(TRAINING_ROOM.ID)
                .from(TRAINING_ROOM)
                .where(TRAINING_ROOM.ID.eq(roomId))
                .forUpdate()
                .fetch();
        dsl.select(TRAINER.ID)
                .from(TRAINER)
                .where(TRAINER.ID.eq(trainerId))
                .forUpdate()
                .fetch();
    }

    /** Locks the session row: enrollments and cancellations of one session take turns. */
    void lockSession(long sessionId) {
        dsl.select(TRAINING_SESSION.ID)
                .from(TRAINING_SESSION)
                .where(TRAINING_SESSION.ID.eq(sessionId))
                .forUpdate()
                .fetch();
    }

    /**
     * A session in the room or with the trainer that overlaps the time, if any: its start. Cancelled sessions and
     * those {@code excluded} (the sessions being moved) hold nothing.
     */
    Optional<OffsetDateTime> overlapping(
            long roomId, long trainerId, OffsetDateTime from, OffsetDateTime to, Collection<Long> excluded) {
        return dsl.select(TRAINING_SESSION.STARTS_AT)
                .from(TRAINING_SESSION)
                .where(TRAINING_SESSION.ROOM_ID.eq(roomId).or(TRAINING_SESSION.TRAINER_ID.eq(trainerId)))
                .and(TRAINING_SESSION.STARTS_AT.lt(to))
                .and(TRAINING_SESSION.ENDS_AT.gt(from))
                .and(TRAINING_SESSION.STATUS.eq(SessionStatus.SCHEDULED))
                .and(excluded.isEmpty() ? DSL.noCondition() : TRAINING_SESSION.ID.notIn(excluded))
                .limit(1)
                .fetchOptional(TRAINING_SESSION.STARTS_AT);
    }

    long insertSession(
            long topicId,
            long roomId,
            long trainerId,
            OffsetDateTime from,
            OffsetDateTime to,
            int capacity,
            String language,
            @Nullable Long seriesId,
            String actor,
            OffsetDateTime now) {
        return Objects.requireNonNull(dsl.insertInto(TRAINING_SESSION)
                .set(TRAINING_SESSION.TOPIC_ID, topicId)
                .set(TRAINING_SESSION.ROOM_ID, roomId)
                .set(TRAINING_SESSION.TRAINER_ID, trainerId)
                .set(TRAINING_SESSION.STARTS_AT, from)
                .set(TRAINING_SESSION.ENDS_AT, to)
                .set(TRAINING_SESSION.CAPACITY, capacity)
                .set(TRAINING_SESSION.LANGUAGE, language)
                .set(TRAINING_SESSION.SERIES_ID, seriesId)
                .set(TRAINING_SESSION.CREATED_BY, actor)
                .set(TRAINING_SESSION.CREATED_AT, now)
                .returning(TRAINING_SESSION.ID)
                .fetchOne(TRAINING_SESSION.ID));
    }

    void setSeries(List<Long> sessionIds, long seriesId) {
        dsl.update(TRAINING_SESSION)
                .set(TRAINING_SESSION.SERIES_ID, seriesId)
                .where(TRAINING_SESSION.ID.in(sessionIds))
                .execute();
    }

    /** Who a session is for, and what it needs first. */
    void setAudience(List<Long> sessionIds, @Nullable Long prerequisiteTopicId, Set<Long> municipalities) {
        if (prerequisiteTopicId != null) {
            dsl.update(TRAINING_SESSION)
                    .set(TRAINING_SESSION.PREREQUISITE_TOPIC_ID, prerequisiteTopicId)
                    .where(TRAINING_SESSION.ID.in(sessionIds))
                    .execute();
        }
        for (long session : sessionIds) {
            for (long municipality : municipalities) {
                dsl.insertInto(TRAINING_AUDIENCE)
                        .set(TRAINING_AUDIENCE.SESSION_ID, session)
                        .set(TRAINING_AUDIENCE.MUNICIPALITY_ID, municipality)
                        .execute();
            }
        }
    }

    /** The municipalities a session is for (empty: everyone). */
    Set<Long> audience(long sessionId) {
        return new HashSet<>(dsl.select(TRAINING_AUDIENCE.MUNICIPALITY_ID)
                .from(TRAINING_AUDIENCE)
                .where(TRAINING_AUDIENCE.SESSION_ID.eq(sessionId))
                .fetch(TRAINING_AUDIENCE.MUNICIPALITY_ID));
    }

    /** The topic a session needs attended first, if any. */
    Optional<Long> prerequisite(long sessionId) {
        return dsl.select(TRAINING_SESSION.PREREQUISITE_TOPIC_ID)
                .from(TRAINING_SESSION)
                .where(TRAINING_SESSION.ID.eq(sessionId))
                .fetchOptional(TRAINING_SESSION.PREREQUISITE_TOPIC_ID)
                .filter(Objects::nonNull);
    }

    Optional<Session> session(long id) {
        return sessions(TRAINING_SESSION.ID.eq(id)).stream().findFirst();
    }

    /** Sessions starting in [from, to). */
    List<Session> sessions(OffsetDateTime from, OffsetDateTime to) {
        return sessions(startingIn(from, to));
    }

    /** Scheduled sessions of the room or the trainer (either may be null) starting from then on. */
    List<Session> scheduledFrom(OffsetDateTime from, @Nullable Long roomId, @Nullable Long trainerId) {
        return sessions(TRAINING_SESSION
                .STARTS_AT
                .ge(from)
                .and(TRAINING_SESSION.STATUS.eq(SessionStatus.SCHEDULED))
                .and(roomId == null ? DSL.noCondition() : TRAINING_SESSION.ROOM_ID.eq(roomId))
                .and(trainerId == null ? DSL.noCondition() : TRAINING_SESSION.TRAINER_ID.eq(trainerId)));
    }

    private List<Session> sessions(Condition which) {
        return dsl.select(SESSION)
                .from(SESSIONS)
                .where(which)
                .orderBy(TRAINING_SESSION.STARTS_AT, TRAINING_SESSION.ID)
                .fetch(Record1::value1);
    }

    /** Sessions starting in [from, to), optionally of one room or trainer, with attendance, through a cursor. */
    Stream<SessionLine> sessionLines(
            OffsetDateTime from, OffsetDateTime to, @Nullable Long roomId, @Nullable Long trainerId) {
        Condition which = startingIn(from, to)
                .and(roomId == null ? DSL.noCondition() : TRAINING_SESSION.ROOM_ID.eq(roomId))
                .and(trainerId == null ? DSL.noCondition() : TRAINING_SESSION.TRAINER_ID.eq(trainerId));
        return dsl.select(
                        SESSION,
                        enrollments(ENROLLMENT.ATTENDED.isTrue()),
                        enrollments(
                                ENROLLMENT.STATUS.eq(EnrollmentStatus.ENROLLED).and(ENROLLMENT.ATTENDED.isFalse())))
                .from(SESSIONS)
                .where(which)
                .orderBy(TRAINING_SESSION.STARTS_AT, TRAINING_SESSION.ID)
                .fetchSize(500)
                .fetchStream()
                .map(mapping(SessionLine::new));
    }

    private static Condition startingIn(OffsetDateTime from, OffsetDateTime to) {
        return TRAINING_SESSION.STARTS_AT.ge(from).and(TRAINING_SESSION.STARTS_AT.lt(to));
    }
}
