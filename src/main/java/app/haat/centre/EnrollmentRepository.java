package app.haat.centre;

import static app.haat.db.Tables.ENROLLMENT;
import static app.haat.db.Tables.GROUP_MEMBER;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.SHG_GROUP;
import static app.haat.db.Tables.TRAINING_SESSION;
import static app.haat.db.Tables.TRAINING_TOPIC;
import static org.jooq.Records.mapping;

import app.haat.centre.TrainingRecords.EnrollableGroup;
import app.haat.centre.TrainingRecords.EnrollableMember;
import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.GroupContact;
import app.haat.centre.TrainingRecords.MemberOfGroup;
import app.haat.centre.TrainingRecords.TrainedMember;
import app.haat.group.GroupStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Enrollments with their waitlist, attendance, members trained, and the groups and members they concern. */
@Repository
class EnrollmentRepository {

    private final DSLContext dsl;

    EnrollmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    int count(long sessionId, EnrollmentStatus status) {
        return dsl.fetchCount(ENROLLMENT, ENROLLMENT.SESSION_ID.eq(sessionId).and(ENROLLMENT.STATUS.eq(status)));
    }

    int lastWaitlistPosition(long sessionId) {
        return dsl.fetchValue(DSL.select(DSL.coalesce(DSL.max(ENROLLMENT.WAITLIST_POSITION), 0))
                .from(ENROLLMENT)
                .where(ENROLLMENT.SESSION_ID.eq(sessionId).and(ENROLLMENT.STATUS.eq(EnrollmentStatus.WAITLISTED))));
    }

    long insertEnrollment(
            long sessionId,
            long memberId,
            long groupId,
            EnrollmentStatus status,
            @Nullable Integer position,
            String actor,
            OffsetDateTime now) {
        return Objects.requireNonNull(dsl.insertInto(ENROLLMENT)
                .set(ENROLLMENT.SESSION_ID, sessionId)
                .set(ENROLLMENT.MEMBER_ID, memberId)
                .set(ENROLLMENT.GROUP_ID, groupId)
                .set(ENROLLMENT.STATUS, status)
                .set(ENROLLMENT.ACTIVE, true)
                .set(ENROLLMENT.WAITLIST_POSITION, position)
                .set(ENROLLMENT.ENROLLED_BY, actor)
                .set(ENROLLMENT.CREATED_AT, now)
                .returning(ENROLLMENT.ID)
                .fetchOne(ENROLLMENT.ID));
    }

    List<Enrollment> enrollments(long sessionId) {
        return enrollments(ENROLLMENT.SESSION_ID.eq(sessionId).and(ENROLLMENT.STATUS.ne(EnrollmentStatus.CANCELLED)));
    }

    List<Enrollment> enrollmentsOfGroup(long groupId) {
        return enrollments(ENROLLMENT.GROUP_ID.eq(groupId).and(ENROLLMENT.STATUS.ne(EnrollmentStatus.CANCELLED)));
    }

    Optional<Enrollment> enrollment(long id) {
        return enrollments(ENROLLMENT.ID.eq(id)).stream().findFirst();
    }

    private List<Enrollment> enrollments(Condition which) {
        return dsl.select(
                        ENROLLMENT.ID,
                        ENROLLMENT.SESSION_ID,
                        ENROLLMENT.MEMBER_ID,
                        GROUP_MEMBER.NAME,
                        ENROLLMENT.GROUP_ID,
                        SHG_GROUP.NAME,
                        ENROLLMENT.STATUS,
                        ENROLLMENT.WAITLIST_POSITION,
                        ENROLLMENT.ATTENDED,
                        GROUP_MEMBER.ERETAIL_TRAINED_AT.isNotNull())
                .from(ENROLLMENT)
                .join(GROUP_MEMBER)
                .on(GROUP_MEMBER.ID.eq(ENROLLMENT.MEMBER_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(ENROLLMENT.GROUP_ID))
                .where(which)
                .orderBy(ENROLLMENT.STATUS, ENROLLMENT.WAITLIST_POSITION.asc().nullsFirst(), ENROLLMENT.ID)
                .fetch(mapping(Enrollment::new));
    }

    void cancel(long enrollmentId) {
        dsl.update(ENROLLMENT)
                .set(ENROLLMENT.STATUS, EnrollmentStatus.CANCELLED)
                .setNull(ENROLLMENT.ACTIVE)
                .setNull(ENROLLMENT.WAITLIST_POSITION)
                .where(ENROLLMENT.ID.eq(enrollmentId))
                .execute();
    }

    /** The first on the session's waitlist, if any. */
    Optional<Long> firstWaiting(long sessionId) {
        return dsl.select(ENROLLMENT.ID)
                .from(ENROLLMENT)
                .where(ENROLLMENT.SESSION_ID.eq(sessionId).and(ENROLLMENT.STATUS.eq(EnrollmentStatus.WAITLISTED)))
                .orderBy(ENROLLMENT.WAITLIST_POSITION, ENROLLMENT.ID)
                .limit(1)
                .fetchOptional(ENROLLMENT.ID);
    }

    void promote(long enrollmentId) {
        dsl.update(ENROLLMENT)
                .set(ENROLLMENT.STATUS, EnrollmentStatus.ENROLLED)
                .setNull(ENROLLMENT.WAITLIST_POSITION)
                .where(ENROLLMENT.ID.eq(enrollmentId))
                .execute();
    }

    /** The waiting behind a position that left move up one. */
    void closeGap(long sessionId, int position) {
        dsl.update(ENROLLMENT)
                .set(ENROLLMENT.WAITLIST_POSITION, ENROLLMENT.WAITLIST_POSITION.minus(1))
                .where(ENROLLMENT
                        .SESSION_ID
                        .eq(sessionId)
                        .and(ENROLLMENT.STATUS.eq(EnrollmentStatus.WAITLISTED))
                        .and(ENROLLMENT.WAITLIST_POSITION.gt(position)))
                .execute();
    }

    void markAttendance(long enrollmentId, boolean present) {
        dsl.update(ENROLLMENT)
                .set(ENROLLMENT.ATTENDED, present)
                .where(ENROLLMENT.ID.eq(enrollmentId))
                .execute();
    }

    /** The member's group, its status and the member's name, if the member exists. */
    Optional<MemberOfGroup> memberGroup(long memberId) {
        return dsl.select(GROUP_MEMBER.GROUP_ID, SHG_GROUP.STATUS, GROUP_MEMBER.NAME)
                .from(GROUP_MEMBER)
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(GROUP_MEMBER.GROUP_ID))
                .where(GROUP_MEMBER.ID.eq(memberId))
                .fetchOptional(mapping(MemberOfGroup::new));
    }

    boolean groupVerified(long groupId) {
        return dsl.fetchExists(SHG_GROUP, SHG_GROUP.ID.eq(groupId).and(SHG_GROUP.STATUS.eq(GroupStatus.VERIFIED)));
    }

    long municipalityOfGroup(long groupId) {
        return Objects.requireNonNull(dsl.select(SHG_GROUP.MUNICIPALITY_ID)
                .from(SHG_GROUP)
                .where(SHG_GROUP.ID.eq(groupId))
                .fetchOne(SHG_GROUP.MUNICIPALITY_ID));
    }

    boolean attendedTopic(long memberId, long topicId) {
        return dsl.fetchExists(DSL.selectOne()
                .from(ENROLLMENT)
                .join(TRAINING_SESSION)
                .on(TRAINING_SESSION.ID.eq(ENROLLMENT.SESSION_ID))
                .where(ENROLLMENT
                        .MEMBER_ID
                        .eq(memberId)
                        .and(ENROLLMENT.ATTENDED.isTrue())
                        .and(TRAINING_SESSION.TOPIC_ID.eq(topicId))));
    }

    /** Whether the member has attended a session of every e-retail topic. */
    boolean attendedEveryEretailTopic(long memberId) {
        int topics = dsl.fetchCount(TRAINING_TOPIC, TRAINING_TOPIC.ERETAIL.isTrue());
        int attended = dsl.fetchCount(DSL.selectDistinct(TRAINING_SESSION.TOPIC_ID)
                .from(ENROLLMENT)
                .join(TRAINING_SESSION)
                .on(TRAINING_SESSION.ID.eq(ENROLLMENT.SESSION_ID))
                .join(TRAINING_TOPIC)
                .on(TRAINING_TOPIC.ID.eq(TRAINING_SESSION.TOPIC_ID))
                .where(ENROLLMENT
                        .MEMBER_ID
                        .eq(memberId)
                        .and(ENROLLMENT.ATTENDED.isTrue())
                        .and(TRAINING_TOPIC.ERETAIL.isTrue())));
        return topics > 0 && attended == topics;
    }

    /** Marks the member trained, and the group (its readiness item) if it was not yet; answers whether it changed. */
    boolean markTrained(long memberId, long groupId, OffsetDateTime now) {
        int member = dsl.update(GROUP_MEMBER)
                .set(GROUP_MEMBER.ERETAIL_TRAINED_AT, now)
                .where(GROUP_MEMBER.ID.eq(memberId).and(GROUP_MEMBER.ERETAIL_TRAINED_AT.isNull()))
                .execute();
        int group = dsl.update(SHG_GROUP)
                .set(SHG_GROUP.ERETAIL_TRAINED_AT, now)
                .where(SHG_GROUP.ID.eq(groupId).and(SHG_GROUP.ERETAIL_TRAINED_AT.isNull()))
                .execute();
        return member + group > 0;
    }

    /** A trained member, if trained. */
    Optional<TrainedMember> trainedMember(long memberId) {
        return dsl.select(GROUP_MEMBER.NAME, GROUP_MEMBER.GROUP_ID, SHG_GROUP.NAME, GROUP_MEMBER.ERETAIL_TRAINED_AT)
                .from(GROUP_MEMBER)
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(GROUP_MEMBER.GROUP_ID))
                .where(GROUP_MEMBER.ID.eq(memberId).and(GROUP_MEMBER.ERETAIL_TRAINED_AT.isNotNull()))
                .fetchOptional(mapping(TrainedMember::new));
    }

    /** For messages: the group's e-mail, leader, name. */
    Optional<GroupContact> groupContact(long groupId) {
        return dsl.select(SHG_GROUP.EMAIL, SHG_GROUP.LEADER_NAME, SHG_GROUP.NAME)
                .from(SHG_GROUP)
                .where(SHG_GROUP.ID.eq(groupId))
                .fetchOptional(mapping(GroupContact::new));
    }

    /** Verified groups whose name contains the text, with their municipality. */
    List<EnrollableGroup> verifiedGroups(String text, int offset, int limit) {
        Condition named = text == null || text.isBlank()
                ? DSL.noCondition()
                : DSL.lower(SHG_GROUP.NAME).contains(text.strip().toLowerCase(Locale.ROOT));
        return dsl.select(SHG_GROUP.ID, SHG_GROUP.NAME, MUNICIPALITY.NAME_EN, MUNICIPALITY.NAME_BN)
                .from(SHG_GROUP)
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .where(SHG_GROUP.STATUS.eq(GroupStatus.VERIFIED).and(named))
                .orderBy(SHG_GROUP.NAME, SHG_GROUP.ID)
                .offset(offset)
                .limit(limit)
                .fetch(mapping(EnrollableGroup::new));
    }

    /** A group's members. */
    List<EnrollableMember> members(long groupId) {
        return dsl.select(GROUP_MEMBER.ID, GROUP_MEMBER.NAME)
                .from(GROUP_MEMBER)
                .where(GROUP_MEMBER.GROUP_ID.eq(groupId))
                .orderBy(GROUP_MEMBER.ID)
                .fetch(mapping(EnrollableMember::new));
    }
}
