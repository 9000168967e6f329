package app.haat.audit;

import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The generic audit log: who changed what, when, from which value to which. Every feature records its changes
 * here, inside the transaction of the change itself, so a change and its audit entry stand or fall together.
 */
@Service
public class AuditService {

    private final AuditRepository repository;
    private final CurrentUser currentUser;

    private final ApplicationEventPublisher events;

    AuditService(AuditRepository repository, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Records a change in the caller's transaction and tells listeners (the search index) what changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            AuditEntity entity,
            @Nullable Object entityId,
            String action,
            @Nullable String oldValue,
            @Nullable String newValue) {
        String id = entityId == null ? null : entityId.toString();
        repository.insert(currentUser.actorName(), entity.name(), id, action, oldValue, newValue);
        events.publishEvent(new DataChanged(entity, id, action));
    }

    /** For events with no surrounding change, such as a sign-in lock-out, recorded by the named actor. */
    @Transactional
    public void recordAs(
            String actor,
            AuditEntity entity,
            @Nullable Object entityId,
            String action,
            @Nullable String oldValue,
            @Nullable String newValue) {
        String id = entityId == null ? null : entityId.toString();
        repository.insert(actor, entity.name(), id, action, oldValue, newValue);
        events.publishEvent(new DataChanged(entity, id, action));
    }

    /**
     * Records that the caller read something out, in a transaction of its own: an export of personal data is
     * logged before its first byte, even when the export itself runs in a read-only transaction or fails.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAccess(AuditEntity entity, String action, String detail) {
        repository.insert(currentUser.actorName(), entity.name(), null, action, null, detail);
    }

    /** Admins read everything; officers the entries about the groups of their municipalities. */
    @Transactional(readOnly = true)
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return repository.page(filter, officerScope(), offset, limit).stream()
                .map(r -> new AuditEntry(
                        r.getId(),
                        r.getOccurredAt(),
                        r.getActor(),
                        r.getEntityType(),
                        r.getEntityId(),
                        r.getAction(),
                        r.getOldValue(),
                        r.getNewValue()))
                .toList();
    }

    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        return repository.count(filter, officerScope());
    }

    private @Nullable Long officerScope() {
        HaatPrincipal me = currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER);
        return me.role() == Role.STATE_ADMIN ? null : me.userId();
    }
}
