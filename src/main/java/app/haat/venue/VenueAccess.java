package app.haat.venue;

import app.haat.core.api.NotFoundException;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.user.UserService;
import java.util.EnumSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which venue, shared by the venue and kiosk services: admins all; a municipality's officers
 * its malls and vans; centre staff the centres.
 */
@Component
class VenueAccess {

    private final VenueRepository repository;
    private final UserService users;
    private final CurrentUser currentUser;

    VenueAccess(VenueRepository repository, UserService users, CurrentUser currentUser) {
        this.repository = repository;
        this.users = users;
        this.currentUser = currentUser;
    }

    VenueScope scope() {
        HaatPrincipal me = currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER, Role.CENTRE_STAFF);
        return switch (me.role()) {
            case STATE_ADMIN -> new VenueScope(null, null);
            case MUNICIPAL_OFFICER -> new VenueScope(users.scopeOfCurrentUser(), null);
            default ->
                new VenueScope(
                        null,
                        users.doesTrainingCentreWork()
                                ? EnumSet.of(VenueKind.CENTRE)
                                : EnumSet.noneOf(VenueKind.class));
        };
    }

    /** The venue if the caller may see it. */
    Venue get(long id) {
        Venue venue = repository.find(id).orElseThrow(() -> new NotFoundException("venue.error.notFound"));
        HaatPrincipal me = currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER, Role.CENTRE_STAFF);
        boolean visible = switch (me.role()) {
            case STATE_ADMIN -> true;
            case MUNICIPAL_OFFICER -> users.scopeOfCurrentUser().contains(venue.municipalityId());
            default -> venue.kind() == VenueKind.CENTRE && users.doesTrainingCentreWork();
        };
        if (!visible) {
            throw new AccessDeniedException("venue.error.notYours");
        }
        return venue;
    }

    boolean canManage(Venue venue) {
        HaatPrincipal me = currentUser.require();
        return switch (me.role()) {
            case STATE_ADMIN -> true;
            case MUNICIPAL_OFFICER ->
                venue.kind() != VenueKind.CENTRE && users.scopeOfCurrentUser().contains(venue.municipalityId());
            case CENTRE_STAFF -> venue.kind() == VenueKind.CENTRE && users.doesTrainingCentreWork();
            default -> false;
        };
    }

    /** The venue if the caller may change it and its kiosks. */
    Venue requireManage(long venueId) {
        Venue venue = get(venueId);
        if (!canManage(venue)) {
            throw new AccessDeniedException("venue.error.notManaged");
        }
        return venue;
    }
}
