package app.haat.centre;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.Session;
import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance, marked by staff. Attendance of every e-retail topic marks a member trained and the group ready to sell
 * online; a trained member has a certificate.
 */
@Service
public class AttendanceService {

    private final EnrollmentRepository repository;
    private final TrainingSessionRepository sessions;
    private final CentreAccess access;
    private final CertificateService certificates;
    private final AuditService audit;
    private final Clock clock;

    AttendanceService(
            EnrollmentRepository repository,
            TrainingSessionRepository sessions,
            CentreAccess access,
            CertificateService certificates,
            AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.sessions = sessions;
        this.access = access;
        this.certificates = certificates;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Staff mark a member present or absent. Present at a session of every e-retail topic makes the member trained
     * and the group ready on its training item. Only once the session has begun: nobody attends a session that has
     * not happened.
     */
    @Transactional
    public void markAttendance(long enrollmentId, boolean present) {
        access.requireStaff();
        Enrollment enrollment = repository
                .enrollment(enrollmentId)
                .orElseThrow(() -> new NotFoundException("training.error.noEnrollment"));
        if (enrollment.status() != EnrollmentStatus.ENROLLED) {
            throw new ConflictException("training.error.notEnrolled");
        }
        Session session = sessions.session(enrollment.sessionId())
                .orElseThrow(() -> new NotFoundException("training.error.noSession"));
        if (session.cancelled()) {
            throw new ConflictException("training.error.sessionCancelled");
        }
        if (!attendanceOpen(session)) {
            throw new ValidationException("training.error.notHeldYet");
        }
        repository.markAttendance(enrollmentId, present);
        audit.record(
                AuditEntity.ENROLLMENT, enrollmentId, present ? "PRESENT" : "ABSENT", null, enrollment.memberName());
        if (present
                && repository.attendedEveryEretailTopic(enrollment.memberId())
                && repository.markTrained(enrollment.memberId(), enrollment.groupId(), OffsetDateTime.now(clock))) {
            audit.record(
                    AuditEntity.GROUP,
                    enrollment.groupId(),
                    "ERETAIL_TRAINED",
                    null,
                    "member " + enrollment.memberName() + " completed the e-retail topics");
        }
    }

    /** Whether attendance may be marked for this session now: from its start on. */
    public boolean attendanceOpen(Session session) {
        return !session.cancelled() && !OffsetDateTime.now(clock).isBefore(session.startsAt());
    }

    /** The member's certificate (PDF): see {@link CertificateService#certificate}. */
    public byte[] certificate(long memberId, Locale locale) {
        return certificates.certificate(memberId, locale);
    }
}
