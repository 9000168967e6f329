package app.haat.group;

import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.user.UserService;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which group, written once for every service of the registry: an admin every group, an
 * officer the groups of their municipalities, a group itself.
 */
@Component
class GroupAccess {

    private final GroupRepository repository;
    private final CurrentUser currentUser;
    private final UserService users;

    GroupAccess(GroupRepository repository, CurrentUser currentUser, UserService users) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.users = users;
    }

    /** An admin or an officer, with the municipalities they may see: null for an admin (all). */
    record Staff(HaatPrincipal principal, @Nullable Set<Long> municipalities) {

        boolean sees(long municipalityId) {
            return municipalities == null || municipalities.contains(municipalityId);
        }
    }

    /** The caller as an admin or an officer; anyone else is refused. */
    Staff requireStaff() {
        HaatPrincipal me = currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER);
        return new Staff(me, me.role() == Role.STATE_ADMIN ? null : users.scopeOfCurrentUser());
    }

    /** The municipalities the caller may see; null for an admin (all). Officers and admins only. */
    @Nullable
    Set<Long> visibleMunicipalities() {
        return requireStaff().municipalities();
    }

    /** The group, whoever asks (the callers check access). */
    Group find(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("group.error.notFound"));
    }

    /** The group, for an admin, an officer of its municipality, or the group itself. */
    Group visible(long id) {
        Group group = find(id);
        requireAccess(group);
        return group;
    }

    /** A group that may still be changed (not deleted), for whoever may see it. */
    Group editable(long id) {
        Group group = visible(id);
        requireNotDeleted(group);
        return group;
    }

    static void requireNotDeleted(Group group) {
        if (group.deleted()) {
            throw new ConflictException("group.error.deleted");
        }
    }

    /** The signed-in group's id; anyone else is refused. */
    long ownGroupId() {
        return users.groupOfCurrentUser().orElseThrow(() -> new AccessDeniedException("error.groupOnly"));
    }

    /** An admin, or an officer of the group's municipality: the caller, or a refusal. */
    HaatPrincipal requireOfficerOf(Group group) {
        Staff staff = requireStaff();
        if (!staff.sees(group.municipalityId())) {
            throw new AccessDeniedException("group.error.notYours");
        }
        return staff.principal();
    }

    private void requireAccess(Group group) {
        HaatPrincipal me = currentUser.require();
        switch (me.role()) {
            case STATE_ADMIN -> {}
            case MUNICIPAL_OFFICER -> requireOfficerOf(group);
            case SHG -> {
                if (users.groupOfCurrentUser().filter(own -> own == group.id()).isEmpty()) {
                    throw new AccessDeniedException("group.error.notYours");
                }
            }
            default -> throw new AccessDeniedException("error.forbidden");
        }
    }
}
