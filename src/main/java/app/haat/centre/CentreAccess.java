package app.haat.centre;

import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.user.UserService;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what at the centre, written once for all its services: staff (centre staff and state admins) keep the
 * centre and act for anyone; a group's account acts for its own members only; officers read the report and exports.
 */
@Component
class CentreAccess {

    private final CurrentUser currentUser;
    private final UserService users;

    CentreAccess(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    /** Anyone signed in. */
    HaatPrincipal requireSignedIn() {
        return currentUser.require();
    }

    /**
     * Staff of the training centre (Salt Lake Sector-1) or a state admin. Staff of a City Livelihood Centre run its
     * registration desk and are refused here.
     */
    HaatPrincipal requireStaff() {
        HaatPrincipal me = currentUser.requireRole(Role.CENTRE_STAFF, Role.STATE_ADMIN);
        if (!users.doesTrainingCentreWork()) {
            throw new AccessDeniedException("training.error.otherCentre");
        }
        return me;
    }

    /** Training staff, admins and officers: the report and the exports, which name no members. */
    HaatPrincipal requireStaffOrOfficer() {
        HaatPrincipal me = currentUser.requireRole(Role.CENTRE_STAFF, Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER);
        return me.role() == Role.CENTRE_STAFF ? requireStaff() : me;
    }

    /** The state admin alone. */
    HaatPrincipal requireAdmin() {
        return currentUser.requireRole(Role.STATE_ADMIN);
    }

    /** Whether the caller does the training centre's work (its staff or an admin). */
    boolean isStaff(HaatPrincipal me) {
        return (me.role() == Role.CENTRE_STAFF || me.role() == Role.STATE_ADMIN) && users.doesTrainingCentreWork();
    }

    /** The signed-in group's own id; anyone else is refused. */
    long requireOwnGroup() {
        return ownGroup().orElseThrow(() -> new AccessDeniedException("error.groupOnly"));
    }

    /** Empty for staff (any group), else the caller's own group; anyone else is refused. */
    Optional<Long> groupUnlessStaff(HaatPrincipal me) {
        return isStaff(me) ? Optional.empty() : Optional.of(requireOwnGroup());
    }

    /** The group of the signed-in account, if it is a group's. */
    Optional<Long> ownGroup() {
        return users.groupOfCurrentUser();
    }

    /** Whether the caller is staff or the group's own account. */
    boolean mayActFor(HaatPrincipal me, long groupId) {
        return isStaff(me) || ownGroup().map(g -> g == groupId).orElse(false);
    }

    /** Staff, or the group's own account; anyone else is refused with the given reason. */
    void requireStaffOrGroup(HaatPrincipal me, long groupId, String refusal) {
        if (!mayActFor(me, groupId)) {
            throw new AccessDeniedException(refusal);
        }
    }
}
