package app.haat.centre;

import app.haat.centre.TrainingRecords.Hours;
import app.haat.centre.TrainingRecords.Room;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether a room and a trainer may hold a session at a time: within the centre's hours, on a day it is open and the
 * trainer is not away, overlapping nothing booked. The caller holds the room's and the trainer's row locks
 * ({@link TrainingSessionRepository#lockRoomAndTrainer}), so a booking and a move never both take the same hour.
 */
@Component
class SessionBooking {

    private final TrainingSessionRepository sessions;
    private final CentreSetupRepository setup;
    private final TrainerAvailabilityRepository availability;
    private final RetirementRepository retirements;

    SessionBooking(
            TrainingSessionRepository sessions,
            CentreSetupRepository setup,
            TrainerAvailabilityRepository availability,
            RetirementRepository retirements) {
        this.sessions = sessions;
        this.setup = setup;
        this.availability = availability;
        this.retirements = retirements;
    }

    /** Refuses a retired room or trainer (checked under their row locks, so a retirement and a booking take turns). */
    void requireInUse(long roomId, long trainerId) {
        if (retirements.isRoomRetired(roomId)) {
            throw new ConflictException("training.error.roomRetired");
        }
        if (retirements.isTrainerRetired(trainerId)) {
            throw new ConflictException("training.error.trainerRetired");
        }
    }

    /** Refuses a start or end outside the centre's hours (the hours follow the message as a value of their own). */
    static void requireWithinHours(Hours hours, ZonedDateTime from, ZonedDateTime to) {
        if (from.toLocalTime().isBefore(hours.opens())
                || to.toLocalTime().isAfter(hours.closes())
                || !to.toLocalDate().equals(from.toLocalDate())) {
            throw new ValidationException(
                    List.of("training.error.outsideHours", hours.opens() + "–" + hours.closes() + "."));
        }
    }

    /** Refuses the day when the trainer is away. */
    void requireTrainerIn(long trainerId, LocalDate day) {
        if (availability.isAway(trainerId, day)) {
            throw new ConflictException("training.error.trainerAway", Formats.date(day));
        }
    }

    /** Every rule for one session at a time, moved or new; {@code excluded}: the sessions being moved. */
    void requireFree(Room room, long trainerId, OffsetDateTime from, OffsetDateTime to, Collection<Long> excluded) {
        ZonedDateTime start = from.atZoneSameInstant(Formats.INDIA);
        Hours hours = setup.hours(room.venueId());
        requireWithinHours(hours, start, to.atZoneSameInstant(Formats.INDIA));
        Optional<String> closed =
                TrainingScheduleService.closedOn(start.toLocalDate(), setup.closures(room.venueId()), hours);
        if (closed.isPresent()) {
            throw new ConflictException(
                    "training.error.closedDay", Formats.date(start.toLocalDate()) + ": " + closed.get());
        }
        requireTrainerIn(trainerId, start.toLocalDate());
        sessions.overlapping(room.id(), trainerId, from, to, excluded).ifPresent(clash -> {
            throw new ConflictException("training.error.overlap", Formats.dateTime(clash));
        });
    }
}
