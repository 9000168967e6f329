package app.haat.centre;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** The centre's data as the views and the API show it. */
public final class TrainingRecords {

    private TrainingRecords() {
    }

    public record Topic(long id, String code, String nameEn, String nameBn, boolean eretail) {
        public String name(boolean bengali) {
            return bengali ? nameBn : nameEn;
        }
    }

    public record Room(long id, long venueId, String name, int capacity, String equipment) {
    }

    public record Trainer(long id, String name, String topics, String languages) {
    }

    public record Closure(long id, long venueId, LocalDate startsOn, LocalDate endsOn, String reason) {
    }

    /** A session with what its lists need: topic, room and centre, trainer, seats taken and waiting. */
    public record Session(long id, long topicId, String topicEn, String topicBn, long roomId, String roomName,
                          String venueName, long trainerId, String trainerName, OffsetDateTime startsAt,
                          OffsetDateTime endsAt, int capacity, String language, int enrolled, int waitlisted) {
        public String topic(boolean bengali) {
            return bengali ? topicBn : topicEn;
        }
    }

    public record Enrollment(long id, long sessionId, long memberId, String memberName, long groupId,
                             String groupName, String status, Integer waitlistPosition, Boolean attended,
                             boolean memberTrained) {
    }

    /**
     * A weekly series: the first session's day and time, its length, how many weeks; optionally a topic its members
     * must have attended first, and the municipalities it is for (empty: everyone).
     */
    public record SeriesForm(long topicId, long roomId, long trainerId, LocalDate firstDay, java.time.LocalTime startsAt,
                             int minutes, int weeks, int capacity, String language, @Nullable Long prerequisiteTopicId,
                             java.util.Set<Long> audience) {

        public SeriesForm(long topicId, long roomId, long trainerId, LocalDate firstDay, java.time.LocalTime startsAt,
                          int minutes, int weeks, int capacity, String language) {
            this(topicId, roomId, trainerId, firstDay, startsAt, minutes, weeks, capacity, language, null,
                    java.util.Set.of());
        }

        public SeriesForm {
            audience = audience == null ? java.util.Set.of() : java.util.Set.copyOf(audience);
        }
    }

    /** What a series made: the sessions created and the dates skipped for a closure or holiday (with reasons). */
    public record SeriesResult(java.util.List<Long> sessionIds, java.util.List<String> skipped) {
    }
}
