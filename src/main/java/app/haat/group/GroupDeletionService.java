package app.haat.group;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.HaatPrincipal;
import app.haat.user.GroupAccountService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The right to erasure: the group asks (and may change its mind), an officer of its municipality confirms, and the
 * personal data go while the anonymous row stays.
 */
@Service
public class GroupDeletionService {

    private final GroupRepository repository;
    private final GroupAccess access;
    private final GroupAccountService groupAccounts;
    private final AuditService audit;
    private final PhotoFiles photoFiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupDeletionService(
            GroupRepository repository,
            GroupAccess access,
            GroupAccountService groupAccounts,
            AuditService audit,
            PhotoFiles photoFiles,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.access = access;
        this.groupAccounts = groupAccounts;
        this.audit = audit;
        this.photoFiles = photoFiles;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in group asks for its account and personal data to be deleted; an officer confirms. */
    @Transactional
    public void requestDeletion() {
        Group group = ownEditable();
        if (group.deletionRequestedAt() == null) {
            repository.markDeletionRequested(group.id(), OffsetDateTime.now(clock));
            audit.record(AuditEntity.GROUP, group.id(), "DELETION_REQUEST", null, "requested by the group");
        }
    }

    /** The signed-in group changes its mind before an officer has confirmed. */
    @Transactional
    public void withdrawDeletionRequest() {
        Group group = ownEditable();
        if (group.deletionRequestedAt() != null) {
            repository.markDeletionRequested(group.id(), null);
            audit.record(AuditEntity.GROUP, group.id(), "DELETION_WITHDRAWN", null, "withdrawn by the group");
        }
    }

    private Group ownEditable() {
        return access.editable(access.ownGroupId());
    }

    /**
     * An officer of the group's municipality (or an admin) confirms a deletion request: the personal data, members,
     * products and photos (and, through {@link GroupErased}, its documents at the registration desk) are erased and
     * the account can no longer sign in. The row stays, anonymous, so that the group's past placements still count for
     * its municipality and district.
     */
    @Transactional
    public void confirmDeletion(long id, int version) {
        Group group = access.find(id);
        HaatPrincipal actor = access.requireOfficerOf(group);
        GroupAccess.requireNotDeleted(group);
        if (group.deletionRequestedAt() == null) {
            throw new ValidationException("group.error.noDeletionRequest");
        }
        List<String> photos = repository.photoKeys(id);
        if (!repository.erase(id, version, actor.username(), OffsetDateTime.now(clock))) {
            throw new ConflictException("group.error.staleVersion");
        }
        groupAccounts.eraseGroupAccount(id);
        photoFiles.deleteAfterCommit(photos);
        events.publishEvent(new GroupErased(id));
        audit.record(
                AuditEntity.GROUP, id, "DELETE", "status=" + group.status(), "status=DELETED, personal data erased");
    }
}
