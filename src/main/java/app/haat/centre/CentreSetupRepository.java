package app.haat.centre;

import static app.haat.db.Tables.CENTRE_CLOSURE;
import static app.haat.db.Tables.CENTRE_HOURS;
import static app.haat.db.Tables.TRAINER;
import static app.haat.db.Tables.TRAINING_ROOM;
import static app.haat.db.Tables.TRAINING_TOPIC;
import static app.haat.db.Tables.VENUE;
import static org.jooq.Records.mapping;

import app.haat.centre.TrainingRecords.Closure;
import app.haat.centre.TrainingRecords.Hours;
import app.haat.centre.TrainingRecords.Room;
import app.haat.centre.TrainingRecords.Topic;
import app.haat.centre.TrainingRecords.Trainer;
import app.haat.core.i18n.LocalizedName;
import app.haat.venue.VenueKind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The centre's set-up: topics, rooms, trainers, closures, opening hours. */
@Repository
class CentreSetupRepository {

    private final DSLContext dsl;

    CentreSetupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Topic> topics() {
        return dsl.select(
                        TRAINING_TOPIC.ID,
                        TRAINING_TOPIC.CODE,
                        TRAINING_TOPIC.NAME_EN,
                        TRAINING_TOPIC.NAME_BN,
                        TRAINING_TOPIC.ERETAIL)
                .from(TRAINING_TOPIC)
                .orderBy(TRAINING_TOPIC.ID)
                .fetch(mapping(Topic::new));
    }

    long insertTopic(String code, String nameEn, String nameBn, boolean eretail) {
        return Objects.requireNonNull(dsl.insertInto(TRAINING_TOPIC)
                .set(TRAINING_TOPIC.CODE, code)
                .set(TRAINING_TOPIC.NAME_EN, nameEn)
                .set(TRAINING_TOPIC.NAME_BN, nameBn)
                .set(TRAINING_TOPIC.ERETAIL, eretail)
                .returning(TRAINING_TOPIC.ID)
                .fetchOne(TRAINING_TOPIC.ID));
    }

    /** The rooms that can be booked (a retired room is kept for the sessions it held, and hidden here). */
    List<Room> rooms() {
        return rooms(TRAINING_ROOM.RETIRED_AT.isNull());
    }

    /** A room, retired or not. */
    Optional<Room> room(long roomId) {
        return rooms(TRAINING_ROOM.ID.eq(roomId)).stream().findFirst();
    }

    private List<Room> rooms(Condition which) {
        return dsl.select(
                        TRAINING_ROOM.ID,
                        TRAINING_ROOM.VENUE_ID,
                        TRAINING_ROOM.NAME,
                        TRAINING_ROOM.CAPACITY,
                        TRAINING_ROOM.EQUIPMENT,
                        TRAINING_ROOM.NAME_BN)
                .from(TRAINING_ROOM)
                .where(which)
                .orderBy(TRAINING_ROOM.VENUE_ID, TRAINING_ROOM.NAME)
                .fetch(mapping(Room::new));
    }

    long insertRoom(long venueId, String name, @Nullable String nameBn, int capacity, @Nullable String equipment) {
        return Objects.requireNonNull(dsl.insertInto(TRAINING_ROOM)
                .set(TRAINING_ROOM.VENUE_ID, venueId)
                .set(TRAINING_ROOM.NAME, name)
                .set(TRAINING_ROOM.NAME_BN, nameBn)
                .set(TRAINING_ROOM.CAPACITY, capacity)
                .set(TRAINING_ROOM.EQUIPMENT, equipment)
                .returning(TRAINING_ROOM.ID)
                .fetchOne(TRAINING_ROOM.ID));
    }

    /** The trainers that can be booked (a retired trainer is kept for the sessions given, and hidden here). */
    List<Trainer> trainers() {
        return dsl.select(TRAINER.ID, TRAINER.NAME, TRAINER.TOPICS, TRAINER.LANGUAGES)
                .from(TRAINER)
                .where(TRAINER.RETIRED_AT.isNull())
                .orderBy(TRAINER.NAME)
                .fetch(mapping(Trainer::new));
    }

    long insertTrainer(String name, String topics, String languages) {
        return Objects.requireNonNull(dsl.insertInto(TRAINER)
                .set(TRAINER.NAME, name)
                .set(TRAINER.TOPICS, topics)
                .set(TRAINER.LANGUAGES, languages)
                .returning(TRAINER.ID)
                .fetchOne(TRAINER.ID));
    }

    List<Closure> closures(long venueId) {
        return dsl.select(
                        CENTRE_CLOSURE.ID,
                        CENTRE_CLOSURE.VENUE_ID,
                        CENTRE_CLOSURE.STARTS_ON,
                        CENTRE_CLOSURE.ENDS_ON,
                        CENTRE_CLOSURE.REASON)
                .from(CENTRE_CLOSURE)
                .where(CENTRE_CLOSURE.VENUE_ID.eq(venueId))
                .orderBy(CENTRE_CLOSURE.STARTS_ON)
                .fetch(mapping(Closure::new));
    }

    long insertClosure(long venueId, LocalDate from, LocalDate to, String reason) {
        return Objects.requireNonNull(dsl.insertInto(CENTRE_CLOSURE)
                .set(CENTRE_CLOSURE.VENUE_ID, venueId)
                .set(CENTRE_CLOSURE.STARTS_ON, from)
                .set(CENTRE_CLOSURE.ENDS_ON, to)
                .set(CENTRE_CLOSURE.REASON, reason)
                .returning(CENTRE_CLOSURE.ID)
                .fetchOne(CENTRE_CLOSURE.ID));
    }

    /** The centres (venues of kind centre): id → name, in Bengali for a Bengali reader when it has one. */
    Map<Long, String> centres(boolean bengali) {
        Map<Long, String> centres = new LinkedHashMap<>();
        dsl.select(VENUE.ID, VENUE.NAME, VENUE.NAME_BN)
                .from(VENUE)
                .where(VENUE.KIND.eq(VenueKind.CENTRE))
                .orderBy(VENUE.ID)
                .forEach(r -> centres.put(r.value1(), LocalizedName.pick(r.value2(), r.value3(), bengali)));
        return centres;
    }

    boolean isCentre(long venueId) {
        return dsl.fetchExists(VENUE, VENUE.ID.eq(venueId).and(VENUE.KIND.eq(VenueKind.CENTRE)));
    }

    Hours hours(long venueId) {
        return dsl.select(CENTRE_HOURS.OPENS_AT, CENTRE_HOURS.CLOSES_AT, CENTRE_HOURS.CLOSED_WEEKDAY)
                .from(CENTRE_HOURS)
                .where(CENTRE_HOURS.VENUE_ID.eq(venueId))
                .fetchOptional(mapping(Hours::new))
                .orElse(Hours.DEFAULT);
    }

    void setHours(long venueId, Hours hours) {
        int updated = dsl.update(CENTRE_HOURS)
                .set(CENTRE_HOURS.OPENS_AT, hours.opens())
                .set(CENTRE_HOURS.CLOSES_AT, hours.closes())
                .set(CENTRE_HOURS.CLOSED_WEEKDAY, hours.closedWeekday())
                .where(CENTRE_HOURS.VENUE_ID.eq(venueId))
                .execute();
        if (updated == 0) {
            dsl.insertInto(CENTRE_HOURS)
                    .set(CENTRE_HOURS.VENUE_ID, venueId)
                    .set(CENTRE_HOURS.OPENS_AT, hours.opens())
                    .set(CENTRE_HOURS.CLOSES_AT, hours.closes())
                    .set(CENTRE_HOURS.CLOSED_WEEKDAY, hours.closedWeekday())
                    .execute();
        }
    }
}
