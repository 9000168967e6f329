package app.haat.centre;

import app.haat.core.i18n.LocalizedName;
import app.haat.group.GroupStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The centre's data as the views and the API show it, and the rows its repositories answer. */
public final class TrainingRecords {

    private TrainingRecords() {}

    public record Topic(long id, String code, String nameEn, String nameBn, boolean eretail) {
        public String name(boolean bengali) {
            return bengali ? nameBn : nameEn;
        }
    }

    /** A room at a centre, with its optional Bengali name. */
    public record Room(
            long id,
            long venueId,
            String name,
            int capacity,
            @Nullable String equipment,
            @Nullable String nameBn) {

        public String name(boolean bengali) {
            return LocalizedName.pick(name, nameBn, bengali);
        }
    }

    public record Trainer(long id, String name, String topics, String languages) {}

    public record Closure(long id, long venueId, LocalDate startsOn, LocalDate endsOn, String reason) {}

    /** A centre's hours: opens, closes, closed weekday (1 Monday … 7 Sunday, or null); 10:00–18:00 if never set. */
    public record Hours(
            LocalTime opens, LocalTime closes, @Nullable Integer closedWeekday) {
        static final Hours DEFAULT = new Hours(LocalTime.of(10, 0), LocalTime.of(18, 0), null);
    }

    /** A session with what its lists need: topic, room and centre, trainer, seats taken and waiting. */
    public record Session(
            long id,
            long topicId,
            String topicEn,
            String topicBn,
            long roomId,
            String roomName,
            String venueName,
            long trainerId,
            String trainerName,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            int capacity,
            String language,
            int enrolled,
            int waitlisted,
            PlaceInBengali placeBn,
            @Nullable String title,
            SessionStatus status,
            @Nullable String cancelReason,
            @Nullable Long seriesId,
            int version,
            int calendarSequence) {
        public String topic(boolean bengali) {
            return bengali ? topicBn : topicEn;
        }

        /** The optional Bengali names of the room and its centre. */
        public record PlaceInBengali(
                @Nullable String room, @Nullable String venue) {}

        /** Where it is, for its reader: "room, centre", each in Bengali for a Bengali reader when it has one. */
        public String place(boolean bengali) {
            return LocalizedName.pick(roomName, placeBn.room(), bengali) + ", "
                    + LocalizedName.pick(venueName, placeBn.venue(), bengali);
        }

        public String roomName(boolean bengali) {
            return LocalizedName.pick(roomName, placeBn.room(), bengali);
        }

        /** The session's own title if it has one, else its topic. */
        public String heading(boolean bengali) {
            return title != null ? title : topic(bengali);
        }

        public boolean cancelled() {
            return status == SessionStatus.CANCELLED;
        }
    }

    /** A session with its attendance so far, for exports. */
    record SessionLine(Session session, int present, int absent) {}

    public record Enrollment(
            long id,
            long sessionId,
            long memberId,
            String memberName,
            long groupId,
            String groupName,
            EnrollmentStatus status,
            Integer waitlistPosition,
            Boolean attended,
            boolean memberTrained) {}

    /** A verified group staff may enroll members of, with its municipality's names. */
    public record EnrollableGroup(long id, String name, String municipalityEn, String municipalityBn) {
        public String municipality(boolean bengali) {
            return bengali ? municipalityBn : municipalityEn;
        }
    }

    /** A member staff may enroll (no phone number). */
    public record EnrollableMember(long id, String name) {}

    /** A member about to be enrolled: the group, its status (only a verified group's members enroll), the name. */
    record MemberOfGroup(long groupId, GroupStatus groupStatus, String memberName) {}

    /** Whom a group's messages go to: its e-mail (null: none), its leader, its name. */
    record GroupContact(String email, String leaderName, String groupName) {}

    /** A member who completed the e-retail topics: the name, the group, and when. */
    record TrainedMember(String name, long groupId, String groupName, OffsetDateTime trainedAt) {}

    /**
     * A weekly series: the first session's day and time, its length, how many weeks; optionally a topic its members
     * must have attended first, and the municipalities it is for (empty: everyone).
     */
    public record SeriesForm(
            long topicId,
            long roomId,
            long trainerId,
            LocalDate firstDay,
            LocalTime startsAt,
            int minutes,
            int weeks,
            int capacity,
            String language,
            @Nullable Long prerequisiteTopicId,
            Set<Long> audience) {

        public SeriesForm(
                long topicId,
                long roomId,
                long trainerId,
                LocalDate firstDay,
                LocalTime startsAt,
                int minutes,
                int weeks,
                int capacity,
                String language) {
            this(topicId, roomId, trainerId, firstDay, startsAt, minutes, weeks, capacity, language, null, Set.of());
        }

        public SeriesForm {
            audience = audience == null ? Set.of() : Set.copyOf(audience);
        }
    }

    /**
     * A change to a session (null: unchanged; a blank title clears it): its title, topic, seats and language, and to
     * move it, its day, start, length, room or trainer. {@code following}: this session and every later one of its
     * series; {@code version}: the version the screen showed (a change made meanwhile refuses this one).
     */
    public record SessionChange(
            @Nullable String title,
            @Nullable Long topicId,
            @Nullable Integer capacity,
            @Nullable String language,
            @Nullable LocalDate day,
            @Nullable LocalTime startsAt,
            @Nullable Integer minutes,
            @Nullable Long roomId,
            @Nullable Long trainerId,
            @Nullable Boolean following,
            @Nullable Integer version) {

        /** Whether the session moves (in time, room or trainer), which calendars must follow. */
        public boolean moves() {
            return day != null || startsAt != null || minutes != null || roomId != null || trainerId != null;
        }

        public boolean toFollowing() {
            return Boolean.TRUE.equals(following);
        }
    }

    /** What a series made: the sessions created and the dates skipped for a closure or holiday (with reasons). */
    public record SeriesResult(List<Long> sessionIds, List<String> skipped) {}

    /** The report's lines and the statewide target. */
    public record Report(int target, List<ReportLine> districts) {
        public int trained() {
            return districts.stream().mapToInt(ReportLine::trained).sum();
        }
    }

    /**
     * One district: members trained against its share of the target (in proportion to its verified groups),
     * attendance rate of marked sessions, and no-shows (marked absent).
     */
    public record ReportLine(String nameEn, String nameBn, int trained, int target, int present, int noShows) {
        public double attendanceRate() {
            return present + noShows == 0 ? 0 : (double) present / (present + noShows);
        }
    }

    /** One district's figures: members trained, verified groups, attendance marked present/absent. */
    record DistrictFigures(
            long districtId, String nameEn, String nameBn, int trained, int verifiedGroups, int present, int absent) {}
}
