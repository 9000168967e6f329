package app.haat.centre;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.centre.TrainingRecords.Session;
import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff retire a room or a trainer: kept for the sessions held (reports, exports and feeds still name them), no
 * longer offered in the lists nor booked. Sessions still booked ahead stay as they are, listed so staff move them.
 */
@Service
public class RetirementService {

    private final RetirementRepository repository;
    private final TrainingSessionRepository sessions;
    private final CentreAccess access;
    private final AuditService audit;
    private final Clock clock;

    RetirementService(
            RetirementRepository repository,
            TrainingSessionRepository sessions,
            CentreAccess access,
            AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.sessions = sessions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The scheduled sessions ahead in the room (what its retirement leaves to move). */
    @Transactional(readOnly = true)
    public List<Session> sessionsAheadInRoom(long roomId) {
        access.requireStaff();
        return sessions.scheduledFrom(OffsetDateTime.now(clock), roomId, null);
    }

    /** The scheduled sessions ahead with the trainer. */
    @Transactional(readOnly = true)
    public List<Session> sessionsAheadWithTrainer(long trainerId) {
        access.requireStaff();
        return sessions.scheduledFrom(OffsetDateTime.now(clock), null, trainerId);
    }

    /** Retires the room; answers the sessions still booked in it ahead, for staff to move or call off. */
    @Transactional
    public List<Session> retireRoom(long roomId) {
        access.requireStaff();
        boolean retired = repository.lockRoom(roomId).orElseThrow(() -> new NotFoundException("training.error.noRoom"));
        if (retired) {
            throw new ConflictException("training.error.alreadyRetired");
        }
        repository.retireRoom(roomId, OffsetDateTime.now(clock));
        audit.record(AuditEntity.TRAINING_ROOM, roomId, "RETIRE", "in use", "retired");
        return sessions.scheduledFrom(OffsetDateTime.now(clock), roomId, null);
    }

    /** Retires the trainer; answers the sessions still given by the trainer ahead. */
    @Transactional
    public List<Session> retireTrainer(long trainerId) {
        access.requireStaff();
        boolean retired =
                repository.lockTrainer(trainerId).orElseThrow(() -> new NotFoundException("training.error.noTrainer"));
        if (retired) {
            throw new ConflictException("training.error.alreadyRetired");
        }
        repository.retireTrainer(trainerId, OffsetDateTime.now(clock));
        audit.record(AuditEntity.TRAINER, trainerId, "RETIRE", "in use", "retired");
        return sessions.scheduledFrom(OffsetDateTime.now(clock), null, trainerId);
    }
}
