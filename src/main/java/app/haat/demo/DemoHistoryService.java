package app.haat.demo;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionService;
import app.haat.exhibition.ExhibitionStatus;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's history: running or finished exhibitions and past training sessions can only be built in the future
 * (the services refuse past dates), so the demo builds them ahead and moves them back in time here. Refused unless
 * demo mode is on; the bean exists without it so that the refusal does.
 */
@Service
class DemoHistoryService {

    private final DemoHistoryRepository repository;
    private final ExhibitionService exhibitions;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final boolean demoMode;

    DemoHistoryService(
            DemoHistoryRepository repository,
            ExhibitionService exhibitions,
            AuditService audit,
            CurrentUser currentUser,
            @Value("${haat.demo:false}") boolean demoMode) {
        this.repository = repository;
        this.exhibitions = exhibitions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.demoMode = demoMode;
    }

    /**
     * Moves a published exhibition back (or forward) in time, with its window and slots, for whoever manages it; the
     * venue must be free on the new dates.
     */
    @Transactional
    public void shiftExhibition(long id, int days) {
        if (!demoMode) {
            throw new AccessDeniedException("error.demoOnly");
        }
        Exhibition exhibition = exhibitions.requireManage(id);
        if (exhibition.status() != ExhibitionStatus.PUBLISHED) {
            throw new ValidationException("exhibition.error.step");
        }
        repository.lockVenue(exhibition.venueId());
        var clash = repository.otherExhibitionOn(
                exhibition.venueId(),
                id,
                exhibition.startsOn().plusDays(days),
                exhibition.endsOn().plusDays(days));
        if (clash.isPresent()) {
            throw new ConflictException("exhibition.error.overlap", clash.get());
        }
        repository.shiftExhibition(id, days);
        audit.record(AuditEntity.EXHIBITION, id, "DEMO_SHIFT", null, days + " days");
    }

    /** Moves training sessions in time, so that the demo can show past sessions with attendance; centre staff. */
    @Transactional
    public void shiftSessions(List<Long> sessionIds, int days) {
        currentUser.requireRole(Role.CENTRE_STAFF, Role.STATE_ADMIN);
        if (!demoMode) {
            throw new AccessDeniedException("error.demoOnly");
        }
        repository.shiftSessions(sessionIds, days);
        audit.record(AuditEntity.TRAINING_SERIES, sessionIds.getFirst(), "DEMO_SHIFT", null, days + " days");
    }

    /** Dates a group's listing back, so the dashboard's online selling over time has a past; admins. */
    @Transactional
    public void backdateListing(long groupId, long listingId, OffsetDateTime at) {
        currentUser.requireRole(Role.STATE_ADMIN);
        if (!demoMode) {
            throw new AccessDeniedException("error.demoOnly");
        }
        repository.backdateListing(listingId, at);
        audit.record(AuditEntity.GROUP, groupId, "DEMO_BACKDATE", null, "listing " + listingId + " to " + at);
    }
}
