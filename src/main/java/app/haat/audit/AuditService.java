package app.haat.audit;

import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import java.util.List;
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

    AuditService(AuditRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Object entityId, String action, String oldValue, String newValue) {
        repository.insert(currentUser.actorName(), entityType, entityId == null ? null : entityId.toString(), action,
                oldValue, newValue);
    }

    /** For events with no surrounding change, such as a sign-in lock-out, recorded by the named actor. */
    @Transactional
    public void recordAs(String actor, String entityType, Object entityId, String action, String oldValue,
                         String newValue) {
        repository.insert(actor, entityType, entityId == null ? null : entityId.toString(), action, oldValue, newValue);
    }

    /** Admins read everything; officers the entries about the groups of their municipalities. */
    @Transactional(readOnly = true)
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return repository.page(filter, officerScope(), offset, limit).stream()
                .map(r -> new AuditEntry(r.getId(), r.getOccurredAt(), r.getActor(), r.getEntityType(),
                        r.getEntityId(), r.getAction(), r.getOldValue(), r.getNewValue()))
                .toList();
    }

    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        return repository.count(filter, officerScope());
    }

    private Long officerScope() {
        HaatPrincipal me = currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER);
        return me.role() == Role.STATE_ADMIN ? null : me.userId();
    }
}
