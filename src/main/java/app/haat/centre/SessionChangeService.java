package app.haat.centre;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.Room;
import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.SessionChange;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.data.TextInput;
import app.haat.core.i18n.Formats;
import app.haat.mail.MessageType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans change: staff edit a session (title, topic, seats never below those enrolled, language), move it (day, time,
 * room, trainer: checked as a booking is, under the same room and trainer locks) or cancel it with a reason; for one
 * session or for it and every later one of its series. The sessions' row locks and the version the screen showed make
 * two staff changing one session at once take turns, the second refused with the reason. Members enrolled and
 * waiting are told by their groups' channels, with the calendar entry updated (same UID, higher SEQUENCE) or
 * cancelled. A session that has begun, or is cancelled, changes no more.
 */
@Service
public class SessionChangeService {

    static final int MAX_TITLE = 120;
    static final int MAX_REASON = 300;
    private final TrainingSessionRepository sessions;
    private final SessionChangeRepository changes;
    private final CentreSetupRepository setup;
    private final EnrollmentRepository enrollments;
    private final SessionBooking booking;
    private final CentreAccess access;
    private final TrainingMessages messages;
    private final AuditService audit;
    private final Clock clock;

    SessionChangeService(
            TrainingSessionRepository sessions,
            SessionChangeRepository changes,
            CentreSetupRepository setup,
            EnrollmentRepository enrollments,
            SessionBooking booking,
            CentreAccess access,
            TrainingMessages messages,
            AuditService audit,
            Clock clock) {
        this.sessions = sessions;
        this.changes = changes;
        this.setup = setup;
        this.enrollments = enrollments;
        this.booking = booking;
        this.access = access;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a change may also go to the sessions that follow: the series has a later one still scheduled. */
    @Transactional(readOnly = true)
    public boolean hasFollowing(Session session) {
        return session.seriesId() != null && changes.hasScheduledAfter(session.seriesId(), session.startsAt());
    }

    /** Changes the session (and, if asked, every later one of its series); answers the sessions as they are now. */
    @Transactional
    public List<Session> change(long sessionId, SessionChange change) {
        access.requireStaff();
        List<Session> targets = lockTargets(sessionId, change.toFollowing(), change.version());
        Session first = targets.getFirst();
        Room room = setup.room(change.roomId() == null ? first.roomId() : change.roomId())
                .orElseThrow(() -> new NotFoundException("training.error.noRoom"));
        validate(change, targets, room);
        @Nullable String title = change.title() == null ? first.title() : TextInput.blankToNull(change.title());
        if (change.moves()) {
            sessions.lockRoomAndTrainer(room.id(), trainerOf(change, first));
            booking.requireInUse(room.id(), trainerOf(change, first));
        }
        List<Long> ids = targets.stream().map(Session::id).toList();
        List<Session> changed = new ArrayList<>();
        for (Session session : targets) {
            String before = describe(session);
            changes.updateDetails(
                    session.id(),
                    change.title() == null ? session.title() : title,
                    change.topicId() == null ? session.topicId() : change.topicId(),
                    change.capacity() == null ? session.capacity() : change.capacity(),
                    change.language() == null ? session.language() : change.language());
            if (change.moves()) {
                OffsetDateTime from = newStart(change, first, session);
                OffsetDateTime to = from.plusMinutes(change.minutes() == null ? minutes(session) : change.minutes());
                booking.requireFree(room, trainerOf(change, session), from, to, ids);
                changes.move(session.id(), room.id(), trainerOf(change, session), from, to);
            } else if (change.topicId() != null || change.title() != null) {
                changes.bumpSequence(session.id());
            }
            seatTheWaiting(session.id());
            Session now = sessions.session(session.id()).orElseThrow();
            audit.record(AuditEntity.TRAINING_SESSION, session.id(), "CHANGE", before, describe(now));
            if (isNoticeable(session, now)) {
                messages.tellEveryone(MessageType.TRAINING_CHANGED, now, Map.of());
            }
            changed.add(now);
        }
        return changed;
    }

    /** Cancels the session (and, if asked, every later one of its series) with a reason; answers the ids cancelled. */
    @Transactional
    public List<Long> cancel(long sessionId, @Nullable String reason, boolean following, @Nullable Integer version) {
        access.requireStaff();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new ValidationException("training.error.cancelReason");
        }
        InputRules.requireSingleLine(why);
        List<Session> targets = lockTargets(sessionId, following, version);
        List<Long> cancelled = new ArrayList<>();
        for (Session session : targets) {
            changes.cancel(session.id(), why);
            audit.record(AuditEntity.TRAINING_SESSION, session.id(), "CANCEL", describe(session), "cancelled: " + why);
            Session now = sessions.session(session.id()).orElseThrow();
            messages.tellEveryone(MessageType.TRAINING_CANCELLED, now, Map.of("reason", why));
            cancelled.add(session.id());
        }
        return cancelled;
    }

    /**
     * Locks the session, then (for a series) every later scheduled one; refuses a stale version, a cancelled session
     * and one that has begun. The first of the answer is the session asked for.
     */
    private List<Session> lockTargets(long sessionId, boolean following, @Nullable Integer version) {
        sessions.lockSession(sessionId);
        Session session =
                sessions.session(sessionId).orElseThrow(() -> new NotFoundException("training.error.noSession"));
        if (session.cancelled()) {
            throw new ConflictException("training.error.sessionCancelled");
        }
        if (version != null && version != session.version()) {
            throw new ConflictException("training.error.changedMeanwhile");
        }
        if (!session.startsAt().isAfter(OffsetDateTime.now(clock))) {
            throw new ConflictException("training.error.alreadyHeld");
        }
        List<Session> targets = new ArrayList<>(List.of(session));
        if (following && session.seriesId() != null) {
            for (long id : changes.lockFollowing(session.seriesId(), session.startsAt())) {
                if (id != sessionId) {
                    targets.add(sessions.session(id).orElseThrow());
                }
            }
        }
        return targets;
    }

    /** Every refusal of the change at once: title, topic, seats (room, those enrolled), language, length, day. */
    private void validate(SessionChange change, List<Session> targets, Room room) {
        List<String> errors = new ArrayList<>();
        if (change.title() != null && (change.title().strip().length() > MAX_TITLE)) {
            errors.add("training.error.title");
        }
        InputRules.checkSingleLine(errors, change.title());
        if (change.topicId() != null && setup.topics().stream().noneMatch(t -> t.id() == change.topicId())) {
            errors.add("training.error.noTrainerOrTopic");
        }
        if (change.trainerId() != null && setup.trainers().stream().noneMatch(t -> t.id() == change.trainerId())) {
            errors.add("training.error.noTrainerOrTopic");
        }
        if (change.language() != null && !"bn".equals(change.language()) && !"en".equals(change.language())) {
            errors.add("training.error.language");
        }
        if (change.minutes() != null
                && (change.minutes() < TrainingScheduleService.MIN_MINUTES
                        || change.minutes() > TrainingScheduleService.MAX_MINUTES)) {
            errors.add("training.error.length");
        }
        for (Session session : targets) {
            int seats = change.capacity() == null ? session.capacity() : change.capacity();
            if (seats < 1 || seats > room.capacity()) {
                errors.add("training.error.capacity");
                break;
            }
        }
        if (change.day() != null && !InputRules.isPlausible(change.day())) {
            errors.add("training.error.newDay");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.stream().distinct().toList());
        }
        if (change.capacity() != null) {
            for (Session session : targets) {
                if (change.capacity() < session.enrolled()) {
                    throw new ConflictException(
                            "training.error.belowEnrolled",
                            Formats.number(session.enrolled()),
                            Formats.date(day(session)));
                }
            }
        }
        if (change.moves()) {
            OffsetDateTime start = newStart(change, targets.getFirst(), targets.getFirst());
            if (!start.isAfter(OffsetDateTime.now(clock))) {
                throw new ValidationException("training.error.newDay");
            }
        }
    }

    /** The session's new start: moved by as many days as the first one, at the new time (or its own). */
    private static OffsetDateTime newStart(SessionChange change, Session first, Session session) {
        long shift = change.day() == null ? 0 : ChronoUnit.DAYS.between(day(first), change.day());
        ZonedDateTime start = session.startsAt().atZoneSameInstant(Formats.INDIA);
        LocalDate day = start.toLocalDate().plusDays(shift);
        LocalTime time = change.startsAt() == null ? start.toLocalTime() : change.startsAt();
        return day.atTime(time).atZone(Formats.INDIA).toOffsetDateTime();
    }

    private static long trainerOf(SessionChange change, Session session) {
        return change.trainerId() == null ? session.trainerId() : change.trainerId();
    }

    private static LocalDate day(Session session) {
        return session.startsAt().atZoneSameInstant(Formats.INDIA).toLocalDate();
    }

    private static int minutes(Session session) {
        return (int) Duration.between(session.startsAt(), session.endsAt()).toMinutes();
    }

    /** More seats: the first waiting take them, in order, and are told. */
    private void seatTheWaiting(long sessionId) {
        Session session = sessions.session(sessionId).orElseThrow();
        int free = session.capacity() - session.enrolled();
        for (int i = 0; i < free; i++) {
            var next = enrollments.firstWaiting(sessionId);
            if (next.isEmpty()) {
                return;
            }
            Enrollment promoted = enrollments.enrollment(next.get()).orElseThrow();
            enrollments.promote(next.get());
            enrollments.closeGap(sessionId, Objects.requireNonNull(promoted.waitlistPosition()));
            audit.record(AuditEntity.ENROLLMENT, next.get(), "PROMOTE", "status=WAITLISTED", "status=ENROLLED");
            messages.tell(MessageType.TRAINING_ENROLLMENT, promoted.groupId(), promoted.memberName(), session);
        }
    }

    /** What members would want to know: a new time, place, trainer, topic, title or language. */
    private static boolean isNoticeable(Session before, Session after) {
        return !before.startsAt().isEqual(after.startsAt())
                || !before.endsAt().isEqual(after.endsAt())
                || before.roomId() != after.roomId()
                || before.trainerId() != after.trainerId()
                || before.topicId() != after.topicId()
                || !Objects.equals(before.title(), after.title())
                || !before.language().equals(after.language());
    }

    private static String describe(Session s) {
        return "title=" + s.title() + ", topic=" + s.topicId() + ", seats=" + s.capacity() + ", language="
                + s.language() + ", " + s.startsAt() + "–" + s.endsAt() + ", room=" + s.roomId() + ", trainer="
                + s.trainerId();
    }
}
