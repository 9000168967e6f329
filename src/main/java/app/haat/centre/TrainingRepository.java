package app.haat.centre;

import static app.haat.db.Tables.CENTRE_CLOSURE;
import static app.haat.db.Tables.ENROLLMENT;
import static app.haat.db.Tables.GROUP_MEMBER;
import static app.haat.db.Tables.SHG_GROUP;
import static app.haat.db.Tables.TRAINER;
import static app.haat.db.Tables.TRAINING_ROOM;
import static app.haat.db.Tables.TRAINING_SESSION;
import static app.haat.db.Tables.TRAINING_TOPIC;
import static app.haat.db.Tables.VENUE;

import app.haat.centre.TrainingRecords.Closure;
import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.Room;
import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.Topic;
import app.haat.centre.TrainingRecords.Trainer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class TrainingRepository {

    private final DSLContext dsl;

    TrainingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Topic> topics() {
        return dsl.selectFrom(TRAINING_TOPIC).orderBy(TRAINING_TOPIC.ID).fetch(r -> new Topic(r.getId(), r.getCode(),
                r.getNameEn(), r.getNameBn(), r.getEretail()));
    }

    List<Room> rooms() {
        return dsl.selectFrom(TRAINING_ROOM).orderBy(TRAINING_ROOM.VENUE_ID, TRAINING_ROOM.NAME).fetch(r -> new Room(
                r.getId(), r.getVenueId(), r.getName(), r.getCapacity(), r.getEquipment()));
    }

    long insertRoom(long venueId, String name, int capacity, @Nullable String equipment) {
        return Objects.requireNonNull(dsl.insertInto(TRAINING_ROOM).set(TRAINING_ROOM.VENUE_ID, venueId).set(TRAINING_ROOM.NAME, name)
                .set(TRAINING_ROOM.CAPACITY, capacity).set(TRAINING_ROOM.EQUIPMENT, equipment)
                .returning(TRAINING_ROOM.ID).fetchOne(TRAINING_ROOM.ID));
    }

    List<Trainer> trainers() {
        return dsl.selectFrom(TRAINER).orderBy(TRAINER.NAME).fetch(r -> new Trainer(r.getId(), r.getName(),
                r.getTopics(), r.getLanguages()));
    }

    long insertTrainer(String name, String topics, String languages) {
        return Objects.requireNonNull(dsl.insertInto(TRAINER).set(TRAINER.NAME, name).set(TRAINER.TOPICS, topics)
                .set(TRAINER.LANGUAGES, languages).returning(TRAINER.ID).fetchOne(TRAINER.ID));
    }

    List<Closure> closures(long venueId) {
        return dsl.selectFrom(CENTRE_CLOSURE).where(CENTRE_CLOSURE.VENUE_ID.eq(venueId))
                .orderBy(CENTRE_CLOSURE.STARTS_ON).fetch(r -> new Closure(r.getId(), r.getVenueId(), r.getStartsOn(),
                        r.getEndsOn(), r.getReason()));
    }

    long insertClosure(long venueId, LocalDate from, LocalDate to, String reason) {
        return Objects.requireNonNull(dsl.insertInto(CENTRE_CLOSURE).set(CENTRE_CLOSURE.VENUE_ID, venueId)
                .set(CENTRE_CLOSURE.STARTS_ON, from).set(CENTRE_CLOSURE.ENDS_ON, to)
                .set(CENTRE_CLOSURE.REASON, reason).returning(CENTRE_CLOSURE.ID).fetchOne(CENTRE_CLOSURE.ID));
    }

    /** Locks the room and the trainer rows: bookings of either wait for each other, on H2 and PostgreSQL alike. */
    void lockRoomAndTrainer(long roomId, long trainerId) {
        dsl.select(TRAINING_ROOM.ID).from(TRAINING_ROOM).where(TRAINING_ROOM.ID.eq(roomId)).forUpdate().fetch();
        dsl.select(TRAINER.ID).from(TRAINER).where(TRAINER.ID.eq(trainerId)).forUpdate().fetch();
    }

    /** A session in the room or with the trainer that overlaps the time, if any: its start. */
    Optional<OffsetDateTime> overlapping(long roomId, long trainerId, OffsetDateTime from, OffsetDateTime to) {
        return dsl.select(TRAINING_SESSION.STARTS_AT).from(TRAINING_SESSION)
                .where(TRAINING_SESSION.ROOM_ID.eq(roomId).or(TRAINING_SESSION.TRAINER_ID.eq(trainerId)))
                .and(TRAINING_SESSION.STARTS_AT.lt(to)).and(TRAINING_SESSION.ENDS_AT.gt(from))
                .limit(1).fetchOptional(TRAINING_SESSION.STARTS_AT);
    }

    long insertSession(long topicId, long roomId, long trainerId, OffsetDateTime from, OffsetDateTime to,
                       int capacity, String language, @Nullable Long seriesId, String actor, OffsetDateTime now) {
        return Objects.requireNonNull(dsl.insertInto(TRAINING_SESSION).set(TRAINING_SESSION.TOPIC_ID, topicId)
                .set(TRAINING_SESSION.ROOM_ID, roomId).set(TRAINING_SESSION.TRAINER_ID, trainerId)
                .set(TRAINING_SESSION.STARTS_AT, from).set(TRAINING_SESSION.ENDS_AT, to)
                .set(TRAINING_SESSION.CAPACITY, capacity).set(TRAINING_SESSION.LANGUAGE, language)
                .set(TRAINING_SESSION.SERIES_ID, seriesId).set(TRAINING_SESSION.CREATED_BY, actor)
                .set(TRAINING_SESSION.CREATED_AT, now).returning(TRAINING_SESSION.ID).fetchOne(TRAINING_SESSION.ID));
    }

    /** Who a session is for, and what it needs first. */
    void setAudience(List<Long> sessionIds, @Nullable Long prerequisiteTopicId, java.util.Set<Long> municipalities) {
        if (prerequisiteTopicId != null) {
            dsl.update(TRAINING_SESSION).set(TRAINING_SESSION.PREREQUISITE_TOPIC_ID, prerequisiteTopicId)
                    .where(TRAINING_SESSION.ID.in(sessionIds)).execute();
        }
        for (long session : sessionIds) {
            for (long municipality : municipalities) {
                dsl.insertInto(app.haat.db.Tables.TRAINING_AUDIENCE)
                        .set(app.haat.db.Tables.TRAINING_AUDIENCE.SESSION_ID, session)
                        .set(app.haat.db.Tables.TRAINING_AUDIENCE.MUNICIPALITY_ID, municipality).execute();
            }
        }
    }

    /** The municipalities a session is for (empty: everyone). */
    java.util.Set<Long> audience(long sessionId) {
        return new java.util.HashSet<>(dsl.select(app.haat.db.Tables.TRAINING_AUDIENCE.MUNICIPALITY_ID)
                .from(app.haat.db.Tables.TRAINING_AUDIENCE)
                .where(app.haat.db.Tables.TRAINING_AUDIENCE.SESSION_ID.eq(sessionId))
                .fetch(app.haat.db.Tables.TRAINING_AUDIENCE.MUNICIPALITY_ID));
    }

    /** The topic a session needs attended first, if any. */
    Optional<Long> prerequisite(long sessionId) {
        return dsl.select(TRAINING_SESSION.PREREQUISITE_TOPIC_ID).from(TRAINING_SESSION)
                .where(TRAINING_SESSION.ID.eq(sessionId)).fetchOptional(TRAINING_SESSION.PREREQUISITE_TOPIC_ID)
                .filter(java.util.Objects::nonNull);
    }

    boolean attendedTopic(long memberId, long topicId) {
        return dsl.fetchExists(DSL.selectOne().from(ENROLLMENT).join(TRAINING_SESSION)
                .on(TRAINING_SESSION.ID.eq(ENROLLMENT.SESSION_ID))
                .where(ENROLLMENT.MEMBER_ID.eq(memberId).and(ENROLLMENT.ATTENDED.isTrue())
                        .and(TRAINING_SESSION.TOPIC_ID.eq(topicId))));
    }

    long municipalityOfGroup(long groupId) {
        return Objects.requireNonNull(dsl.select(SHG_GROUP.MUNICIPALITY_ID).from(SHG_GROUP).where(SHG_GROUP.ID.eq(groupId))
                .fetchOne(SHG_GROUP.MUNICIPALITY_ID));
    }

    void shift(List<Long> sessionIds, int days) {
        dsl.update(TRAINING_SESSION)
                .set(TRAINING_SESSION.STARTS_AT, TRAINING_SESSION.STARTS_AT.plus(days))
                .set(TRAINING_SESSION.ENDS_AT, TRAINING_SESSION.ENDS_AT.plus(days))
                .where(TRAINING_SESSION.ID.in(sessionIds)).execute();
    }

    void setSeries(List<Long> sessionIds, long seriesId) {
        dsl.update(TRAINING_SESSION).set(TRAINING_SESSION.SERIES_ID, seriesId)
                .where(TRAINING_SESSION.ID.in(sessionIds)).execute();
    }

    List<Session> sessions(OffsetDateTime from, OffsetDateTime to) {
        return sessions(TRAINING_SESSION.STARTS_AT.ge(from).and(TRAINING_SESSION.STARTS_AT.lt(to)));
    }

    /** A session with its attendance so far, for exports. */
    record SessionLine(Session session, int present, int absent) {
    }

    /** Sessions starting in [from, to), optionally of one room or trainer, with attendance, through a cursor. */
    java.util.stream.Stream<SessionLine> sessionLines(OffsetDateTime from, OffsetDateTime to, @Nullable Long roomId,
                                                      @Nullable Long trainerId) {
        Condition which = TRAINING_SESSION.STARTS_AT.ge(from).and(TRAINING_SESSION.STARTS_AT.lt(to));
        if (roomId != null) {
            which = which.and(TRAINING_SESSION.ROOM_ID.eq(roomId));
        }
        if (trainerId != null) {
            which = which.and(TRAINING_SESSION.TRAINER_ID.eq(trainerId));
        }
        var present = DSL.field(DSL.selectCount().from(ENROLLMENT).where(ENROLLMENT.SESSION_ID.eq(TRAINING_SESSION.ID)
                .and(ENROLLMENT.ATTENDED.isTrue()))).as("present_count");
        var absent = DSL.field(DSL.selectCount().from(ENROLLMENT).where(ENROLLMENT.SESSION_ID.eq(TRAINING_SESSION.ID)
                .and(ENROLLMENT.STATUS.eq("ENROLLED")).and(ENROLLMENT.ATTENDED.isFalse()))).as("absent_count");
        return sessionQuery(which, present, absent).fetchSize(500).fetchStream()
                .map(r -> new SessionLine(session(r), r.get("present_count", Integer.class),
                        r.get("absent_count", Integer.class)));
    }

    Optional<Session> session(long id) {
        return sessions(TRAINING_SESSION.ID.eq(id)).stream().findFirst();
    }

    private List<Session> sessions(Condition which) {
        return sessionQuery(which).fetch(TrainingRepository::session);
    }

    private org.jooq.ResultQuery<org.jooq.Record> sessionQuery(Condition which, org.jooq.SelectField<?>... more) {
        var enrolled = DSL.field(DSL.selectCount().from(ENROLLMENT).where(ENROLLMENT.SESSION_ID.eq(TRAINING_SESSION.ID)
                .and(ENROLLMENT.STATUS.eq("ENROLLED")))).as("enrolled_count");
        var waiting = DSL.field(DSL.selectCount().from(ENROLLMENT).where(ENROLLMENT.SESSION_ID.eq(TRAINING_SESSION.ID)
                .and(ENROLLMENT.STATUS.eq("WAITLISTED")))).as("waiting_count");
        List<org.jooq.SelectField<?>> fields = new java.util.ArrayList<>(List.of(TRAINING_SESSION.ID,
                TRAINING_SESSION.TOPIC_ID, TRAINING_TOPIC.NAME_EN, TRAINING_TOPIC.NAME_BN, TRAINING_SESSION.ROOM_ID,
                TRAINING_ROOM.NAME, VENUE.NAME, TRAINING_SESSION.TRAINER_ID, TRAINER.NAME, TRAINING_SESSION.STARTS_AT,
                TRAINING_SESSION.ENDS_AT, TRAINING_SESSION.CAPACITY, TRAINING_SESSION.LANGUAGE, enrolled, waiting));
        fields.addAll(List.of(more));
        return dsl.select(fields)
                .from(TRAINING_SESSION).join(TRAINING_TOPIC).on(TRAINING_TOPIC.ID.eq(TRAINING_SESSION.TOPIC_ID))
                .join(TRAINING_ROOM).on(TRAINING_ROOM.ID.eq(TRAINING_SESSION.ROOM_ID))
                .join(VENUE).on(VENUE.ID.eq(TRAINING_ROOM.VENUE_ID))
                .join(TRAINER).on(TRAINER.ID.eq(TRAINING_SESSION.TRAINER_ID))
                .where(which).orderBy(TRAINING_SESSION.STARTS_AT, TRAINING_SESSION.ID);
    }

    private static Session session(org.jooq.Record r) {
        return new Session(r.get(TRAINING_SESSION.ID), r.get(TRAINING_SESSION.TOPIC_ID), r.get(TRAINING_TOPIC.NAME_EN),
                r.get(TRAINING_TOPIC.NAME_BN), r.get(TRAINING_SESSION.ROOM_ID), r.get(TRAINING_ROOM.NAME),
                r.get(VENUE.NAME), r.get(TRAINING_SESSION.TRAINER_ID), r.get(TRAINER.NAME),
                r.get(TRAINING_SESSION.STARTS_AT), r.get(TRAINING_SESSION.ENDS_AT), r.get(TRAINING_SESSION.CAPACITY),
                r.get(TRAINING_SESSION.LANGUAGE), r.get("enrolled_count", Integer.class),
                r.get("waiting_count", Integer.class));
    }

    /** Locks the session row: enrollments and cancellations of one session take turns. */
    void lockSession(long sessionId) {
        dsl.select(TRAINING_SESSION.ID).from(TRAINING_SESSION).where(TRAINING_SESSION.ID.eq(sessionId)).forUpdate()
                .fetch();
    }

    int count(long sessionId, String status) {
        return dsl.fetchCount(ENROLLMENT, ENROLLMENT.SESSION_ID.eq(sessionId).and(ENROLLMENT.STATUS.eq(status)));
    }

    int lastWaitlistPosition(long sessionId) {
        return Objects.requireNonNull(dsl.select(DSL.coalesce(DSL.max(ENROLLMENT.WAITLIST_POSITION), 0)).from(ENROLLMENT)
                .where(ENROLLMENT.SESSION_ID.eq(sessionId).and(ENROLLMENT.STATUS.eq("WAITLISTED")))
                .fetchOne()).value1();
    }

    long insertEnrollment(long sessionId, long memberId, long groupId, String status, @Nullable Integer position,
                          String actor,
                          OffsetDateTime now) {
        return Objects.requireNonNull(dsl.insertInto(ENROLLMENT).set(ENROLLMENT.SESSION_ID, sessionId).set(ENROLLMENT.MEMBER_ID, memberId)
                .set(ENROLLMENT.GROUP_ID, groupId).set(ENROLLMENT.STATUS, status).set(ENROLLMENT.ACTIVE, true)
                .set(ENROLLMENT.WAITLIST_POSITION, position).set(ENROLLMENT.ENROLLED_BY, actor)
                .set(ENROLLMENT.CREATED_AT, now).returning(ENROLLMENT.ID).fetchOne(ENROLLMENT.ID));
    }

    List<Enrollment> enrollments(long sessionId) {
        return enrollments(ENROLLMENT.SESSION_ID.eq(sessionId).and(ENROLLMENT.STATUS.ne("CANCELLED")));
    }

    List<Enrollment> enrollmentsOfGroup(long groupId) {
        return enrollments(ENROLLMENT.GROUP_ID.eq(groupId).and(ENROLLMENT.STATUS.ne("CANCELLED")));
    }

    Optional<Enrollment> enrollment(long id) {
        return enrollments(ENROLLMENT.ID.eq(id)).stream().findFirst();
    }

    private List<Enrollment> enrollments(Condition which) {
        return dsl.select(ENROLLMENT.ID, ENROLLMENT.SESSION_ID, ENROLLMENT.MEMBER_ID, GROUP_MEMBER.NAME,
                        ENROLLMENT.GROUP_ID, SHG_GROUP.NAME, ENROLLMENT.STATUS, ENROLLMENT.WAITLIST_POSITION,
                        ENROLLMENT.ATTENDED, GROUP_MEMBER.ERETAIL_TRAINED_AT.isNotNull())
                .from(ENROLLMENT).join(GROUP_MEMBER).on(GROUP_MEMBER.ID.eq(ENROLLMENT.MEMBER_ID))
                .join(SHG_GROUP).on(SHG_GROUP.ID.eq(ENROLLMENT.GROUP_ID))
                .where(which).orderBy(ENROLLMENT.STATUS, ENROLLMENT.WAITLIST_POSITION.asc().nullsFirst(),
                        ENROLLMENT.ID)
                .fetch(r -> new Enrollment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10()));
    }

    void cancel(long enrollmentId) {
        dsl.update(ENROLLMENT).set(ENROLLMENT.STATUS, "CANCELLED").setNull(ENROLLMENT.ACTIVE)
                .setNull(ENROLLMENT.WAITLIST_POSITION).where(ENROLLMENT.ID.eq(enrollmentId)).execute();
    }

    /** The first on the session's waitlist, if any. */
    Optional<Long> firstWaiting(long sessionId) {
        return dsl.select(ENROLLMENT.ID).from(ENROLLMENT)
                .where(ENROLLMENT.SESSION_ID.eq(sessionId).and(ENROLLMENT.STATUS.eq("WAITLISTED")))
                .orderBy(ENROLLMENT.WAITLIST_POSITION, ENROLLMENT.ID).limit(1).fetchOptional(ENROLLMENT.ID);
    }

    void promote(long enrollmentId) {
        dsl.update(ENROLLMENT).set(ENROLLMENT.STATUS, "ENROLLED").setNull(ENROLLMENT.WAITLIST_POSITION)
                .where(ENROLLMENT.ID.eq(enrollmentId)).execute();
    }

    /** The waiting behind a position that left move up one. */
    void closeGap(long sessionId, int position) {
        dsl.update(ENROLLMENT).set(ENROLLMENT.WAITLIST_POSITION, ENROLLMENT.WAITLIST_POSITION.minus(1))
                .where(ENROLLMENT.SESSION_ID.eq(sessionId).and(ENROLLMENT.STATUS.eq("WAITLISTED"))
                        .and(ENROLLMENT.WAITLIST_POSITION.gt(position))).execute();
    }

    void markAttendance(long enrollmentId, boolean present) {
        dsl.update(ENROLLMENT).set(ENROLLMENT.ATTENDED, present).where(ENROLLMENT.ID.eq(enrollmentId)).execute();
    }

    /** The member's group, if the member exists: {group id, group status}. */
    Optional<String[]> memberGroup(long memberId) {
        return dsl.select(GROUP_MEMBER.GROUP_ID, SHG_GROUP.STATUS, GROUP_MEMBER.NAME).from(GROUP_MEMBER)
                .join(SHG_GROUP).on(SHG_GROUP.ID.eq(GROUP_MEMBER.GROUP_ID)).where(GROUP_MEMBER.ID.eq(memberId))
                .fetchOptional(r -> new String[] {String.valueOf(r.value1()), r.value2(), r.value3()});
    }

    /** Whether the member has attended a session of every e-retail topic. */
    boolean attendedEveryEretailTopic(long memberId) {
        int topics = dsl.fetchCount(TRAINING_TOPIC, TRAINING_TOPIC.ERETAIL.isTrue());
        int attended = dsl.fetchCount(DSL.selectDistinct(TRAINING_SESSION.TOPIC_ID).from(ENROLLMENT)
                .join(TRAINING_SESSION).on(TRAINING_SESSION.ID.eq(ENROLLMENT.SESSION_ID))
                .join(TRAINING_TOPIC).on(TRAINING_TOPIC.ID.eq(TRAINING_SESSION.TOPIC_ID))
                .where(ENROLLMENT.MEMBER_ID.eq(memberId).and(ENROLLMENT.ATTENDED.isTrue()).and(TRAINING_TOPIC.ERETAIL.isTrue())));
        return topics > 0 && attended == topics;
    }

    /** Marks the member trained, and the group (its readiness item) if it was not yet; answers whether it changed. */
    boolean markTrained(long memberId, long groupId, OffsetDateTime now) {
        int member = dsl.update(GROUP_MEMBER).set(GROUP_MEMBER.ERETAIL_TRAINED_AT, now)
                .where(GROUP_MEMBER.ID.eq(memberId).and(GROUP_MEMBER.ERETAIL_TRAINED_AT.isNull())).execute();
        int group = dsl.update(SHG_GROUP).set(SHG_GROUP.ERETAIL_TRAINED_AT, now)
                .where(SHG_GROUP.ID.eq(groupId).and(SHG_GROUP.ERETAIL_TRAINED_AT.isNull())).execute();
        return member + group > 0;
    }

    /** For messages: the group's e-mail, leader, name. */
    Optional<String[]> groupContact(long groupId) {
        return dsl.select(SHG_GROUP.EMAIL, SHG_GROUP.LEADER_NAME, SHG_GROUP.NAME).from(SHG_GROUP)
                .where(SHG_GROUP.ID.eq(groupId)).fetchOptional(r -> new String[] {r.value1(), r.value2(), r.value3()});
    }

    Map<Long, String> centres() {
        return dsl.select(VENUE.ID, VENUE.NAME).from(VENUE).where(VENUE.KIND.eq("CENTRE")).orderBy(VENUE.ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** One district's line of the report: members trained, verified groups, attendance marked present/absent. */
    record DistrictFigures(long districtId, String nameEn, String nameBn, int trained, int verifiedGroups,
                           int present, int absent) {
    }

    /** Per district, limited to these municipalities (null: all). */
    List<DistrictFigures> districtFigures(java.util.@Nullable Set<Long> municipalities) {
        Condition scope = municipalities == null ? DSL.noCondition() : SHG_GROUP.MUNICIPALITY_ID.in(municipalities);
        var trained = dsl.select(app.haat.db.Tables.MUNICIPALITY.DISTRICT_ID, DSL.count()).from(GROUP_MEMBER)
                .join(SHG_GROUP).on(SHG_GROUP.ID.eq(GROUP_MEMBER.GROUP_ID))
                .join(app.haat.db.Tables.MUNICIPALITY).on(app.haat.db.Tables.MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .where(GROUP_MEMBER.ERETAIL_TRAINED_AT.isNotNull().and(scope))
                .groupBy(app.haat.db.Tables.MUNICIPALITY.DISTRICT_ID).fetchMap(r -> r.value1(), r -> r.value2());
        var groups = dsl.select(app.haat.db.Tables.MUNICIPALITY.DISTRICT_ID, DSL.count()).from(SHG_GROUP)
                .join(app.haat.db.Tables.MUNICIPALITY).on(app.haat.db.Tables.MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .where(SHG_GROUP.STATUS.eq("VERIFIED").and(scope))
                .groupBy(app.haat.db.Tables.MUNICIPALITY.DISTRICT_ID).fetchMap(r -> r.value1(), r -> r.value2());
        Map<Long, int[]> attendance = new java.util.HashMap<>();
        dsl.select(app.haat.db.Tables.MUNICIPALITY.DISTRICT_ID, ENROLLMENT.ATTENDED, DSL.count()).from(ENROLLMENT)
                .join(SHG_GROUP).on(SHG_GROUP.ID.eq(ENROLLMENT.GROUP_ID))
                .join(app.haat.db.Tables.MUNICIPALITY).on(app.haat.db.Tables.MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .where(ENROLLMENT.ATTENDED.isNotNull().and(scope))
                .groupBy(app.haat.db.Tables.MUNICIPALITY.DISTRICT_ID, ENROLLMENT.ATTENDED)
                .fetch().forEach(r -> attendance.computeIfAbsent(r.value1(), d -> new int[2])[r.value2() ? 0 : 1] =
                        r.value3());
        return dsl.selectFrom(app.haat.db.Tables.DISTRICT).orderBy(app.haat.db.Tables.DISTRICT.NAME_EN).fetch()
                .stream().filter(d -> groups.containsKey(d.getId()) || trained.containsKey(d.getId()))
                .map(d -> new DistrictFigures(d.getId(), d.getNameEn(), d.getNameBn(),
                        trained.getOrDefault(d.getId(), 0), groups.getOrDefault(d.getId(), 0),
                        attendance.getOrDefault(d.getId(), new int[2])[0],
                        attendance.getOrDefault(d.getId(), new int[2])[1])).toList();
    }

    /** A trained member: {name, group id, group name, trained on (ISO date in India)}, if trained. */
    Optional<Object[]> trainedMember(long memberId) {
        return dsl.select(GROUP_MEMBER.NAME, GROUP_MEMBER.GROUP_ID, SHG_GROUP.NAME, GROUP_MEMBER.ERETAIL_TRAINED_AT)
                .from(GROUP_MEMBER).join(SHG_GROUP).on(SHG_GROUP.ID.eq(GROUP_MEMBER.GROUP_ID))
                .where(GROUP_MEMBER.ID.eq(memberId).and(GROUP_MEMBER.ERETAIL_TRAINED_AT.isNotNull()))
                .fetchOptional(r -> new Object[] {r.value1(), r.value2(), r.value3(), r.value4()});
    }

    int target() {
        return Objects.requireNonNull(dsl.select(app.haat.db.Tables.TRAINING_TARGET.MEMBERS).from(app.haat.db.Tables.TRAINING_TARGET)
                .fetchOne(app.haat.db.Tables.TRAINING_TARGET.MEMBERS));
    }

    void setTarget(int members, String actor, OffsetDateTime now) {
        dsl.update(app.haat.db.Tables.TRAINING_TARGET).set(app.haat.db.Tables.TRAINING_TARGET.MEMBERS, members)
                .set(app.haat.db.Tables.TRAINING_TARGET.UPDATED_BY, actor)
                .set(app.haat.db.Tables.TRAINING_TARGET.UPDATED_AT, now).execute();
    }

    /** A centre's hours: {opens, closes, closed weekday (1 Monday … 7 Sunday, or null)}; 10:00–18:00 if never set. */
    record Hours(java.time.LocalTime opens, java.time.LocalTime closes, @Nullable Integer closedWeekday) {
        static final Hours DEFAULT = new Hours(java.time.LocalTime.of(10, 0), java.time.LocalTime.of(18, 0), null);
    }

    Hours hours(long venueId) {
        return dsl.selectFrom(app.haat.db.Tables.CENTRE_HOURS).where(app.haat.db.Tables.CENTRE_HOURS.VENUE_ID
                        .eq(venueId))
                .fetchOptional(r -> new Hours(r.getOpensAt(), r.getClosesAt(), r.getClosedWeekday()))
                .orElse(Hours.DEFAULT);
    }

    void setHours(long venueId, Hours hours) {
        var table = app.haat.db.Tables.CENTRE_HOURS;
        int updated = dsl.update(table).set(table.OPENS_AT, hours.opens()).set(table.CLOSES_AT, hours.closes())
                .set(table.CLOSED_WEEKDAY, hours.closedWeekday()).where(table.VENUE_ID.eq(venueId)).execute();
        if (updated == 0) {
            dsl.insertInto(table).set(table.VENUE_ID, venueId).set(table.OPENS_AT, hours.opens())
                    .set(table.CLOSES_AT, hours.closes()).set(table.CLOSED_WEEKDAY, hours.closedWeekday()).execute();
        }
    }

    long insertTopic(String code, String nameEn, String nameBn, boolean eretail) {
        return Objects.requireNonNull(dsl.insertInto(TRAINING_TOPIC).set(TRAINING_TOPIC.CODE, code).set(TRAINING_TOPIC.NAME_EN, nameEn)
                .set(TRAINING_TOPIC.NAME_BN, nameBn).set(TRAINING_TOPIC.ERETAIL, eretail)
                .returning(TRAINING_TOPIC.ID).fetchOne(TRAINING_TOPIC.ID));
    }

    /** Verified groups whose name contains the text: {id, name, municipality (English), municipality (Bengali)}. */
    List<String[]> verifiedGroups(String text, int offset, int limit) {
        var municipality = app.haat.db.Tables.MUNICIPALITY;
        return dsl.select(SHG_GROUP.ID, SHG_GROUP.NAME, municipality.NAME_EN, municipality.NAME_BN).from(SHG_GROUP)
                .join(municipality).on(municipality.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .where(SHG_GROUP.STATUS.eq("VERIFIED").and(text == null || text.isBlank() ? DSL.noCondition()
                        : DSL.lower(SHG_GROUP.NAME).contains(text.strip().toLowerCase(java.util.Locale.ROOT))))
                .orderBy(SHG_GROUP.NAME, SHG_GROUP.ID).offset(offset).limit(limit)
                .fetch(r -> new String[] {String.valueOf(r.value1()), r.value2(), r.value3(), r.value4()});
    }

    /** A group's members: {id, name}. */
    List<String[]> members(long groupId) {
        return dsl.select(GROUP_MEMBER.ID, GROUP_MEMBER.NAME).from(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(groupId))
                .orderBy(GROUP_MEMBER.ID).fetch(r -> new String[] {String.valueOf(r.value1()), r.value2()});
    }

    boolean isCentre(long venueId) {
        return dsl.fetchExists(VENUE, VENUE.ID.eq(venueId).and(VENUE.KIND.eq("CENTRE")));
    }

    Optional<Room> room(long roomId) {
        return rooms().stream().filter(r -> r.id() == roomId).findFirst();
    }
}
