package app.haat.centre;

import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.Session;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's trainings as its leader reads them on the phone: its own members' sessions still to come (or under way)
 * first, then the sessions of the coming weeks it may still join. Only the signed-in group, about itself.
 */
@Service
public class GroupTrainingService {

    /** How far ahead a group is offered sessions to join. */
    static final int WEEKS_AHEAD = 8;

    private static final int MAX_JOINABLE = 20;

    private final EnrollmentRepository enrollments;
    private final TrainingSessionRepository sessions;
    private final CentreAccess access;
    private final Clock clock;

    GroupTrainingService(
            EnrollmentRepository enrollments, TrainingSessionRepository sessions, CentreAccess access, Clock clock) {
        this.enrollments = enrollments;
        this.sessions = sessions;
        this.access = access;
        this.clock = clock;
    }

    /** A session with the group's own members in it (enrolled or waiting). */
    public record GroupSession(Session session, List<Enrollment> members) {}

    /**
     * The group's own sessions, soonest first, and the sessions it may join, soonest first (none before its
     * municipality has verified it: {@code verified} false).
     */
    public record GroupTrainings(List<GroupSession> enrolled, List<Session> joinable, boolean verified) {}

    @Transactional(readOnly = true)
    public GroupTrainings mine() {
        long group = access.requireOwnGroup();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<Long, List<Enrollment>> bySession = enrollments.enrollmentsOfGroup(group).stream()
                .collect(Collectors.groupingBy(Enrollment::sessionId, LinkedHashMap::new, Collectors.toList()));
        List<GroupSession> enrolled = bySession.entrySet().stream()
                .map(e -> sessions.session(e.getKey()).map(s -> new GroupSession(s, e.getValue())))
                .flatMap(Optional::stream)
                .filter(g -> g.session().endsAt().isAfter(now))
                .sorted(Comparator.comparing((GroupSession g) -> g.session().startsAt()))
                .toList();
        if (!enrollments.groupVerified(group)) {
            return new GroupTrainings(enrolled, List.of(), false);
        }
        long municipality = enrollments.municipalityOfGroup(group);
        Set<Long> taken = bySession.keySet();
        List<Session> joinable = sessions.sessions(now, now.plusWeeks(WEEKS_AHEAD)).stream()
                .filter(s -> s.startsAt().isAfter(now) && !s.cancelled() && !taken.contains(s.id()))
                .filter(s -> {
                    Set<Long> audience = sessions.audience(s.id());
                    return audience.isEmpty() || audience.contains(municipality);
                })
                .limit(MAX_JOINABLE)
                .toList();
        return new GroupTrainings(enrolled, joinable, true);
    }
}
