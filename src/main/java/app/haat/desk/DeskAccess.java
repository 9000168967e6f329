package app.haat.desk;

import app.haat.core.api.NotFoundException;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.group.Group;
import app.haat.group.GroupService;
import app.haat.user.UserService;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees and moves which case, written once for the desk's services: an admin every case; centre staff the cases of
 * their own centre; an officer the cases of the groups of their municipalities; a group its own. A case outside the
 * reader's reach is "not found", so an id tells nothing of a case one may not see; moving a case is for the staff of
 * its centre (and admins).
 */
@Component
class DeskAccess {

    /** The caller and how far they reach: a centre for staff, municipalities for officers, a group for a group. */
    record Reader(
            HaatPrincipal me,
            @Nullable Long centre,
            @Nullable Set<Long> municipalities,
            @Nullable Long group) {

        boolean admin() {
            return me.role() == Role.STATE_ADMIN;
        }

        boolean sees(DeskCase c) {
            return switch (me.role()) {
                case STATE_ADMIN -> true;
                case CENTRE_STAFF -> centre != null && centre == c.centreId();
                case MUNICIPAL_OFFICER -> municipalities != null && municipalities.contains(c.municipalityId());
                case SHG -> group != null && group == c.groupId();
            };
        }
    }

    private final CurrentUser currentUser;
    private final UserService users;
    private final GroupService groups;
    private final DeskRepository repository;

    DeskAccess(CurrentUser currentUser, UserService users, GroupService groups, DeskRepository repository) {
        this.currentUser = currentUser;
        this.users = users;
        this.groups = groups;
        this.repository = repository;
    }

    Reader reader() {
        HaatPrincipal me = currentUser.require();
        return switch (me.role()) {
            case STATE_ADMIN -> new Reader(me, null, null, null);
            case CENTRE_STAFF -> new Reader(me, users.centreOfCurrentUser().orElse(null), null, null);
            case MUNICIPAL_OFFICER -> new Reader(me, null, users.scopeOfCurrentUser(), null);
            case SHG ->
                new Reader(
                        me,
                        null,
                        null,
                        users.groupOfCurrentUser().orElseThrow(() -> new AccessDeniedException("error.groupOnly")));
        };
    }

    /** The case, for whoever may see it; "not found" for anyone else. */
    DeskCase visible(long caseId) {
        Reader reader = reader();
        DeskCase found = repository.find(caseId).orElseThrow(() -> new NotFoundException("desk.error.notFound"));
        if (!reader.sees(found)) {
            throw new NotFoundException("desk.error.notFound");
        }
        return found;
    }

    /** The case, for the staff of its centre or an admin, who move it on; others who may see it are refused. */
    DeskCase forStaff(long caseId) {
        DeskCase found = visible(caseId);
        HaatPrincipal me = currentUser.require();
        if (me.role() != Role.CENTRE_STAFF && me.role() != Role.STATE_ADMIN) {
            throw new AccessDeniedException("desk.error.staffOnly");
        }
        return found;
    }

    /** The staff of this centre, or an admin. */
    Reader requireStaffOf(long centreId) {
        Reader reader = reader();
        if (reader.admin()) {
            return reader;
        }
        if (reader.me().role() != Role.CENTRE_STAFF || reader.centre() == null || reader.centre() != centreId) {
            throw new AccessDeniedException("desk.error.otherCentre");
        }
        return reader;
    }

    /** The group, for itself, an officer of its municipality or an admin (who may ask on its behalf). */
    Group requireMayAskFor(long groupId) {
        HaatPrincipal me = currentUser.require();
        if (me.role() == Role.CENTRE_STAFF) {
            throw new AccessDeniedException("desk.error.askerOnly");
        }
        return groups.get(groupId);
    }

    String actor() {
        return currentUser.actorName();
    }
}
