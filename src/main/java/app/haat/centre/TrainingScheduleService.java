package app.haat.centre;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.centre.TrainingRecords.Closure;
import app.haat.centre.TrainingRecords.Hours;
import app.haat.centre.TrainingRecords.Room;
import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.centre.TrainingRecords.SeriesResult;
import app.haat.centre.TrainingRecords.Session;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.core.security.HaatPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre's calendar. Staff (and admins) create sessions, a weekly series in one step: a room or a trainer is
 * never double-booked (their rows are locked while a booking checks for overlaps, on H2 and PostgreSQL alike), and
 * dates when the centre is closed are skipped and listed. Everyone signed in sees the sessions; the public calendar
 * feeds of a room or a trainer hold no names of members.
 */
@Service
public class TrainingScheduleService {

    static final int MAX_WEEKS = 26;
    static final int MIN_MINUTES = 15;
    static final int MAX_MINUTES = 8 * 60;
    private final TrainingSessionRepository repository;
    private final CentreSetupRepository setup;
    private final CentreAccess access;
    private final SessionBooking booking;
    private final AuditService audit;
    private final Clock clock;

    TrainingScheduleService(
            TrainingSessionRepository repository,
            CentreSetupRepository setup,
            CentreAccess access,
            SessionBooking booking,
            AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.setup = setup;
        this.access = access;
        this.booking = booking;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a weekly series (one week: a single session). Every session is checked against the room's and the
     * trainer's other sessions; one clash refuses the whole series, naming its date. Closed days are skipped.
     */
    @Transactional
    public SeriesResult createSeries(SeriesForm form) {
        HaatPrincipal me = access.requireStaff();
        Room room = setup.room(form.roomId()).orElseThrow(() -> new NotFoundException("training.error.noRoom"));
        validate(form, room);
        Hours hours = setup.hours(room.venueId());
        if (form.startsAt().isBefore(hours.opens())
                || form.startsAt().plusMinutes(form.minutes()).isAfter(hours.closes())
                || form.startsAt().plusMinutes(form.minutes()).isBefore(form.startsAt())) {
            // the hours follow the message as a value of their own (validation messages carry no parameters)
            throw new ValidationException(
                    List.of("training.error.outsideHours", hours.opens() + "–" + hours.closes() + "."));
        }
        repository.lockRoomAndTrainer(form.roomId(), form.trainerId());
        booking.requireInUse(form.roomId(), form.trainerId());
        List<Closure> closures = setup.closures(room.venueId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> created = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int week = 0; week < form.weeks(); week++) {
            LocalDate day = form.firstDay().plusWeeks(week);
            Optional<String> closed = closedOn(day, closures, hours);
            if (closed.isPresent()) {
                skipped.add(Formats.date(day) + ": " + closed.get());
                continue;
            }
            booking.requireTrainerIn(form.trainerId(), day);
            OffsetDateTime from =
                    day.atTime(form.startsAt()).atZone(Formats.INDIA).toOffsetDateTime();
            OffsetDateTime to = from.plusMinutes(form.minutes());
            repository
                    .overlapping(form.roomId(), form.trainerId(), from, to, List.of())
                    .ifPresent(clash -> {
                        throw new ConflictException("training.error.overlap", Formats.dateTime(clash));
                    });
            created.add(repository.insertSession(
                    form.topicId(),
                    form.roomId(),
                    form.trainerId(),
                    from,
                    to,
                    form.capacity(),
                    form.language(),
                    null,
                    me.username(),
                    now));
        }
        if (created.isEmpty()) {
            throw new ValidationException("training.error.allClosed");
        }
        repository.setSeries(created, created.getFirst());
        repository.setAudience(created, form.prerequisiteTopicId(), form.audience());
        audit.record(
                AuditEntity.TRAINING_SERIES,
                created.getFirst(),
                "CREATE",
                null,
                created.size() + " sessions, skipped " + skipped);
        return new SeriesResult(created, skipped);
    }

    /** Every refusal of the form at once: weeks, length, seats, first day, trainer or topic, language, prerequisite. */
    private void validate(SeriesForm form, Room room) {
        List<String> errors = new ArrayList<>();
        if (form.weeks() < 1 || form.weeks() > MAX_WEEKS) {
            errors.add("training.error.weeks");
        }
        if (form.minutes() < MIN_MINUTES || form.minutes() > MAX_MINUTES) {
            errors.add("training.error.length");
        }
        if (form.capacity() < 1 || form.capacity() > room.capacity()) {
            errors.add("training.error.capacity");
        }
        if (!InputRules.isPlausible(form.firstDay())
                || form.startsAt() == null
                || form.firstDay().isBefore(LocalDate.now(clock.withZone(Formats.INDIA)))) {
            errors.add("training.error.firstDay");
        }
        if (setup.trainers().stream().noneMatch(t -> t.id() == form.trainerId()) || !isTopic(form.topicId())) {
            errors.add("training.error.noTrainerOrTopic");
        }
        if (!"bn".equals(form.language()) && !"en".equals(form.language())) {
            errors.add("training.error.language");
        }
        if (form.prerequisiteTopicId() != null
                && (form.prerequisiteTopicId() == form.topicId() || !isTopic(form.prerequisiteTopicId()))) {
            errors.add("training.error.prerequisite");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private boolean isTopic(long topicId) {
        return setup.topics().stream().anyMatch(t -> t.id() == topicId);
    }

    /** Why the centre is closed on the day (a closure's reason, or the weekly closed day), if it is. */
    static Optional<String> closedOn(LocalDate day, List<Closure> closures, Hours hours) {
        Optional<String> closure = closures.stream()
                .filter(c -> !day.isBefore(c.startsOn()) && !day.isAfter(c.endsOn()))
                .findFirst()
                .map(Closure::reason);
        if (closure.isPresent()) {
            return closure;
        }
        if (hours.closedWeekday() != null && day.getDayOfWeek().getValue() == hours.closedWeekday()) {
            return Optional.of(day.getDayOfWeek().toString());
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public List<Session> sessions(LocalDate from, LocalDate to) {
        access.requireSignedIn();
        requireRange(from, to);
        return repository.sessions(
                from.atStartOfDay(Formats.INDIA).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(Formats.INDIA).toOffsetDateTime());
    }

    /** A calendar's range: plausible days (no arithmetic on year 999999999), in order, at most about a year. */
    static void requireRange(LocalDate from, LocalDate to) {
        if (!InputRules.isPlausible(from)
                || !InputRules.isPlausible(to)
                || to.isBefore(from)
                || from.plusDays(370).isBefore(to)) {
            throw new ValidationException("training.error.range");
        }
    }

    @Transactional(readOnly = true)
    public Session session(long id) {
        access.requireSignedIn();
        return repository.session(id).orElseThrow(() -> new NotFoundException("training.error.noSession"));
    }

    /**
     * The public calendar feed of a room or a trainer ({@code kind} "room" or "trainer"): its sessions from a month
     * ago to a year ahead. Session times and topics are public; no names of members are in it.
     */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> feed(String kind, long id) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return repository.sessions(now.minusMonths(1), now.plusYears(1)).stream()
                .filter(s -> "room".equals(kind) ? s.roomId() == id : s.trainerId() == id)
                .map(s -> TrainingMessages.event(s, false, "training-" + s.id() + "@haat"))
                .toList();
    }
}
