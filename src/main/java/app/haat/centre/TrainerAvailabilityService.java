package app.haat.centre;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.centre.TrainingRecords.Session;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainer's days away (leave, illness, another centre): staff mark them, booking and moving a session refuse
 * them, and marking them lists the sessions already booked with the trainer on those days, to move or call off.
 */
@Service
public class TrainerAvailabilityService {

    /** At most this many days away in one go. */
    static final int MAX_DAYS = 366;

    private final TrainerAvailabilityRepository repository;
    private final RetirementRepository trainers;
    private final TrainingSessionRepository sessions;
    private final CentreAccess access;
    private final AuditService audit;
    private final Clock clock;

    TrainerAvailabilityService(
            TrainerAvailabilityRepository repository,
            RetirementRepository trainers,
            TrainingSessionRepository sessions,
            CentreAccess access,
            AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.trainers = trainers;
        this.sessions = sessions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The trainer's days away from today on. */
    @Transactional(readOnly = true)
    public List<LocalDate> daysAway(long trainerId) {
        access.requireStaff();
        return repository.daysAway(trainerId, today());
    }

    /**
     * Marks the trainer away from one day to another (from today on); answers the scheduled sessions the trainer
     * has on those days, which stay booked until staff move or call them off.
     */
    @Transactional
    public List<Session> markAway(long trainerId, LocalDate from, LocalDate to) {
        access.requireStaff();
        if (!InputRules.isPlausible(from)
                || !InputRules.isPlausible(to)
                || to.isBefore(from)
                || from.isBefore(today())
                || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new ValidationException("training.error.away");
        }
        // the trainer's row lock: a booking with the trainer waits, then sees the days marked
        if (trainers.lockTrainer(trainerId).isEmpty()) {
            throw new NotFoundException("training.error.noTrainer");
        }
        List<LocalDate> days =
                Stream.iterate(from, d -> !d.isAfter(to), d -> d.plusDays(1)).toList();
        repository.markAway(trainerId, days);
        audit.record(AuditEntity.TRAINER, trainerId, "AWAY", null, Formats.date(from) + "–" + Formats.date(to));
        return sessions
                .sessions(
                        from.atStartOfDay(Formats.INDIA).toOffsetDateTime(),
                        to.plusDays(1).atStartOfDay(Formats.INDIA).toOffsetDateTime())
                .stream()
                .filter(s -> s.trainerId() == trainerId && !s.cancelled())
                .toList();
    }

    /** The trainer is in after all on that day. */
    @Transactional
    public void clearAway(long trainerId, LocalDate day) {
        access.requireStaff();
        if (repository.clearAway(trainerId, day) > 0) {
            audit.record(AuditEntity.TRAINER, trainerId, "BACK", Formats.date(day), null);
        }
    }

    private LocalDate today() {
        return OffsetDateTime.now(clock).atZoneSameInstant(Formats.INDIA).toLocalDate();
    }
}
