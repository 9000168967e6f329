package app.haat.centre;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.centre.TrainingRecords.EnrollableGroup;
import app.haat.centre.TrainingRecords.EnrollableMember;
import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.MemberOfGroup;
import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.Topic;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.HaatPrincipal;
import app.haat.group.GroupStatus;
import app.haat.mail.MessageType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrollment in a session. A verified group's leader enrolls its members, staff anyone's; a session may be for some
 * municipalities only and may need a topic attended first. Beyond capacity members wait in order, and a cancellation
 * promotes the first waiting, who is told. The session's row lock makes two phones at the same instant take turns.
 */
@Service
public class EnrollmentService {

    static final int MAX_MEMBERS = 50;
    private final EnrollmentRepository repository;
    private final TrainingSessionRepository sessions;
    private final CentreSetupRepository setup;
    private final CentreAccess access;
    private final TrainingMessages messages;
    private final AuditService audit;
    private final Clock clock;

    EnrollmentService(
            EnrollmentRepository repository,
            TrainingSessionRepository sessions,
            CentreSetupRepository setup,
            CentreAccess access,
            TrainingMessages messages,
            AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.sessions = sessions;
        this.setup = setup;
        this.access = access;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** For staff enrolling anyone: verified groups by name, with their municipality in English and Bengali. */
    @Transactional(readOnly = true)
    public List<EnrollableGroup> enrollableGroups(String text, int offset, int limit) {
        access.requireStaff();
        return repository.verifiedGroups(text, offset, Math.min(limit, 100));
    }

    /** For staff enrolling anyone: a group's members by name (no phone numbers). */
    @Transactional(readOnly = true)
    public List<EnrollableMember> enrollableMembers(long groupId) {
        access.requireStaff();
        return repository.members(groupId);
    }

    /** The session's roster (staff) or the caller's own group's enrollments in it (a group). */
    @Transactional(readOnly = true)
    public List<Enrollment> enrollments(long sessionId) {
        HaatPrincipal me = access.requireSignedIn();
        List<Enrollment> all = repository.enrollments(sessionId);
        if (access.isStaff(me)) {
            return all;
        }
        long own = access.ownGroup().orElse(-1L);
        return all.stream().filter(e -> e.groupId() == own).toList();
    }

    /** The signed-in group's enrollments, upcoming and past. */
    @Transactional(readOnly = true)
    public List<Enrollment> mine() {
        return repository.enrollmentsOfGroup(access.requireOwnGroup());
    }

    /**
     * Enrolls members: a group's leader its own members, staff anyone's; the group must be verified. Members beyond
     * the capacity wait in order. The session's row lock makes two phones at the same instant take turns.
     */
    @Transactional
    public List<Enrollment> enroll(long sessionId, Collection<Long> memberIds) {
        HaatPrincipal me = access.requireSignedIn();
        Optional<Long> own = access.groupUnlessStaff(me);
        if (!InputRules.hasNoNulls(memberIds) || memberIds.isEmpty() || memberIds.size() > MAX_MEMBERS) {
            throw new ValidationException("training.error.members");
        }
        sessions.lockSession(sessionId);
        Session session =
                sessions.session(sessionId).orElseThrow(() -> new NotFoundException("training.error.noSession"));
        if (session.cancelled()) {
            throw new ConflictException("training.error.sessionCancelled");
        }
        if (!session.startsAt().isAfter(OffsetDateTime.now(clock))) {
            throw new ConflictException("training.error.started");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Set<Long> audience = sessions.audience(sessionId);
        Optional<Long> prerequisite = sessions.prerequisite(sessionId);
        List<Long> done = new ArrayList<>();
        for (long memberId : new LinkedHashSet<>(memberIds)) {
            MemberOfGroup member = repository
                    .memberGroup(memberId)
                    .orElseThrow(() -> new NotFoundException("training.error.noMember"));
            requireMayEnroll(memberId, member, own, audience, prerequisite);
            done.add(enrollOne(session, memberId, member, me.username(), now));
        }
        return done.stream().map(id -> repository.enrollment(id).orElseThrow()).toList();
    }

    /** The caller's own member (unless staff), of a verified group, of the session's audience, trained first. */
    private void requireMayEnroll(
            long memberId, MemberOfGroup member, Optional<Long> own, Set<Long> audience, Optional<Long> prerequisite) {
        if (own.isPresent() && own.get() != member.groupId()) {
            throw new AccessDeniedException("training.error.notYourMember");
        }
        if (member.groupStatus() != GroupStatus.VERIFIED) {
            throw new ConflictException("training.error.unverified");
        }
        if (!audience.isEmpty() && !audience.contains(repository.municipalityOfGroup(member.groupId()))) {
            throw new ConflictException("training.error.audience");
        }
        if (prerequisite.isPresent() && !repository.attendedTopic(memberId, prerequisite.get())) {
            String topic = setup.topics().stream()
                    .filter(t -> t.id() == prerequisite.get())
                    .map(Topic::nameEn)
                    .findFirst()
                    .orElse("");
            throw new ConflictException("training.error.needsTopic", member.memberName(), topic);
        }
    }

    /** A seat while there is one, else the end of the waitlist; a seat is told to the group. */
    private long enrollOne(Session session, long memberId, MemberOfGroup member, String actor, OffsetDateTime now) {
        boolean seat = repository.count(session.id(), EnrollmentStatus.ENROLLED) < session.capacity();
        long id;
        try {
            id = repository.insertEnrollment(
                    session.id(),
                    memberId,
                    member.groupId(),
                    seat ? EnrollmentStatus.ENROLLED : EnrollmentStatus.WAITLISTED,
                    seat ? null : repository.lastWaitlistPosition(session.id()) + 1,
                    actor,
                    now);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("training.error.alreadyEnrolled", member.memberName());
        }
        audit.record(
                AuditEntity.ENROLLMENT,
                id,
                seat ? "ENROLL" : "WAITLIST",
                null,
                "session " + session.id() + ", member " + memberId);
        if (seat) {
            messages.tell(MessageType.TRAINING_ENROLLMENT, member.groupId(), member.memberName(), session);
        }
        return id;
    }

    /** Cancels an enrollment (the group its own, staff any); a freed seat goes to the first waiting, who is told. */
    @Transactional
    public void cancel(long enrollmentId) {
        HaatPrincipal me = access.requireSignedIn();
        Enrollment enrollment = repository
                .enrollment(enrollmentId)
                .orElseThrow(() -> new NotFoundException("training.error.noEnrollment"));
        access.requireStaffOrGroup(me, enrollment.groupId(), "training.error.notYourEnrollment");
        sessions.lockSession(enrollment.sessionId());
        Enrollment fresh = repository.enrollment(enrollmentId).orElseThrow();
        if (fresh.status() == EnrollmentStatus.CANCELLED) {
            throw new ConflictException("training.error.alreadyCancelled");
        }
        repository.cancel(enrollmentId);
        audit.record(AuditEntity.ENROLLMENT, enrollmentId, "CANCEL", "status=" + fresh.status(), "status=CANCELLED");
        if (fresh.status() == EnrollmentStatus.WAITLISTED) {
            repository.closeGap(fresh.sessionId(), fresh.waitlistPosition());
            return;
        }
        repository.firstWaiting(fresh.sessionId()).ifPresent(next -> {
            Enrollment promoted = repository.enrollment(next).orElseThrow();
            repository.promote(next);
            repository.closeGap(fresh.sessionId(), promoted.waitlistPosition());
            audit.record(AuditEntity.ENROLLMENT, next, "PROMOTE", "status=WAITLISTED", "status=ENROLLED");
            messages.tell(
                    MessageType.TRAINING_ENROLLMENT,
                    promoted.groupId(),
                    promoted.memberName(),
                    sessions.session(fresh.sessionId()).orElseThrow());
        });
    }
}
