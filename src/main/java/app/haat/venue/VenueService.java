package app.haat.venue;

import static app.haat.core.data.TextInput.blankToNull;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.region.RegionService;
import app.haat.user.UserService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Malls, vans and centres: creation, map location, a van's weekly route; the kiosks' own changes are in
 * {@link KioskService}. Admins manage all; a municipality's officers manage its malls and vans; centre staff manage
 * the centres. Officers see the venues of their municipalities, staff the centres (see {@link VenueAccess}).
 */
@Service
public class VenueService {

    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 500;
    static final int MAX_FLOORS = 20;
    static final int MAX_PLACE = 200;
    /** How many groups' displays a kiosk, or a van, holds at most. */
    static final int MAX_CAPACITY = 100;
    /** Room to type a registration with its spaces and dashes; the pattern above decides what it may be. */
    static final int MAX_REGISTRATION_TYPED = 20;

    private final VenueRepository repository;
    private final VenueAccess access;
    private final KioskService kiosks;
    private final RegionService regions;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    VenueService(
            VenueRepository repository,
            VenueAccess access,
            KioskService kiosks,
            RegionService regions,
            UserService users,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.access = access;
        this.kiosks = kiosks;
        this.regions = regions;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The venues the caller may see. */
    @Transactional(readOnly = true)
    public List<Venue> list() {
        VenueScope scope = access.scope();
        return repository.list(scope.municipalities(), scope.kinds());
    }

    /** Which venues the caller may see; exhibitions on venues are scoped the same way. */
    @Transactional(readOnly = true)
    public VenueScope scope() {
        return access.scope();
    }

    @Transactional(readOnly = true)
    public Venue get(long id) {
        return access.get(id);
    }

    /** Whether the caller may change this venue and its kiosks (for showing or hiding the editing controls). */
    @Transactional(readOnly = true)
    public boolean canManage(Venue venue) {
        return access.canManage(venue);
    }

    @Transactional
    public long create(VenueForm form) {
        requireMayCreate(form);
        String name = form.name() == null ? "" : form.name().strip();
        VenueLayout layout = checkNew(form, name);
        String registration = layout.registration();
        if (registration != null && repository.registrationTaken(registration)) {
            throw new ConflictException("venue.error.registrationTaken");
        }
        long id;
        try {
            id = repository.insert(
                    form.kind(),
                    name,
                    Objects.requireNonNull(form.municipalityId()),
                    blankToNull(form.address()),
                    blankToNull(form.nameBn()),
                    blankToNull(form.addressBn()),
                    layout.floors(),
                    layout.columns(),
                    layout.rows(),
                    registration,
                    MapLocation.stored(form.latitude()),
                    MapLocation.stored(form.longitude()),
                    OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("venue.error.registrationTaken");
        }
        audit.record(
                AuditEntity.VENUE,
                id,
                "CREATE",
                null,
                form.kind() + " " + name + ", municipality " + form.municipalityId()
                        + (registration == null ? "" : ", " + registration));
        addFirstKiosks(id, form);
        return id;
    }

    /** Sets or clears (both null) the venue's map location, for whoever may change the venue. */
    @Transactional
    public void setLocation(long venueId, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude) {
        Venue venue = access.requireManage(venueId);
        List<String> errors = new ArrayList<>();
        MapLocation.check(latitude, longitude, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        repository.setLocation(venueId, MapLocation.stored(latitude), MapLocation.stored(longitude));
        audit.record(
                AuditEntity.VENUE,
                venueId,
                "LOCATION",
                MapLocation.coordinates(venue),
                latitude == null || longitude == null
                        ? null
                        : latitude.toPlainString() + ", " + longitude.toPlainString());
    }

    /** Where the venue is on the map: venues are public places, so anyone signed in may have the link. */
    @Transactional(readOnly = true)
    public String mapLink(long venueId) {
        currentUser.require();
        return repository
                .find(venueId)
                .orElseThrow(() -> new NotFoundException("venue.error.notFound"))
                .mapLink();
    }

    /** Checks a new venue's form at once, so that every mistake is named together. */
    private VenueLayout checkNew(VenueForm form, String name) {
        List<String> errors = new ArrayList<>();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.add("venue.error.name");
        }
        if (form.kind() == null) {
            errors.add("venue.error.kind");
        }
        if (form.municipalityId() == null || !regions.allExist(List.of(form.municipalityId()))) {
            errors.add("venue.error.municipality");
        }
        VenueLayout layout = VenueLayout.check(form, errors);
        if (form.address() != null && form.address().length() > MAX_ADDRESS) {
            errors.add("venue.error.address");
        }
        InputRules.checkOptionalLength(errors, form.nameBn(), MAX_NAME, "venue.error.nameBn");
        InputRules.checkOptionalLength(errors, form.addressBn(), MAX_ADDRESS, "venue.error.addressBn");
        InputRules.checkSingleLine(
                errors, name, form.registrationNo(), form.address(), form.nameBn(), form.addressBn());
        MapLocation.check(form.latitude(), form.longitude(), errors);
        if (form.kind() != VenueKind.VAN
                && form.kiosks() != null
                && (!InputRules.hasNoNulls(form.kiosks())
                        || form.kiosks().size() > (long) layout.floors() * layout.columns() * layout.rows())) {
            errors.add("venue.error.kiosks");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return layout;
    }

    /** A van is its own single kiosk; other venues get the kiosks drawn in the create dialog, if any. */
    private void addFirstKiosks(long venueId, VenueForm form) {
        if (form.kind() == VenueKind.VAN) {
            repository.insertKiosk(
                    venueId,
                    new KioskForm("VAN", 0, 0, 0, null, null, form.capacity(), false, false, false),
                    "VAN",
                    Objects.requireNonNull(form.capacity()));
        } else if (form.kiosks() != null) {
            for (KioskForm kiosk : form.kiosks()) {
                kiosks.addKiosk(venueId, kiosk);
            }
        }
    }

    /** Who may create what comes first: a stranger learns nothing from validation messages. */
    private void requireMayCreate(VenueForm form) {
        HaatPrincipal me = currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER, Role.CENTRE_STAFF);
        boolean allowed = switch (me.role()) {
            case STATE_ADMIN -> true;
            case MUNICIPAL_OFFICER ->
                form.kind() != VenueKind.CENTRE
                        && (form.municipalityId() == null
                                || users.scopeOfCurrentUser().contains(form.municipalityId()));
            default -> (form.kind() == null || form.kind() == VenueKind.CENTRE) && users.doesTrainingCentreWork();
        };
        if (!allowed) {
            throw new AccessDeniedException("venue.error.mayNotCreate");
        }
    }

    /**
     * A venue with its kiosks as anyone may see them, without a scope check: venues are public places, named in
     * allotment letters and in the public catalogue.
     */
    @Transactional(readOnly = true)
    public PublicVenue publicView(long venueId) {
        Venue venue = repository.find(venueId).orElseThrow(() -> new NotFoundException("venue.error.notFound"));
        return new PublicVenue(venue, repository.kiosks(venueId));
    }

    public record PublicVenue(Venue venue, List<Kiosk> kiosks) {}

    @Transactional(readOnly = true)
    public List<Kiosk> kiosks(long venueId) {
        access.get(venueId);
        return repository.kiosks(venueId);
    }

    @Transactional(readOnly = true)
    public List<VanStop> stops(long venueId) {
        access.get(venueId);
        return repository.stops(venueId);
    }

    /** A stop of a van's weekly route: weekday, place, and the municipality it serves. */
    @Transactional
    public long addStop(long venueId, int weekday, String place, @Nullable Long municipalityId) {
        Venue venue = access.requireManage(venueId);
        List<String> errors = new ArrayList<>();
        if (venue.kind() != VenueKind.VAN) {
            errors.add("venue.error.notVan");
        }
        if (weekday < 1 || weekday > 7) {
            errors.add("venue.error.weekday");
        }
        if (place == null || place.isBlank() || place.strip().length() > MAX_PLACE) {
            errors.add("venue.error.place");
        }
        InputRules.checkSingleLine(errors, place);
        if (municipalityId == null || !regions.allExist(List.of(municipalityId))) {
            errors.add("venue.error.municipality");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try {
            long id = repository.insertStop(venueId, weekday, place.strip(), Objects.requireNonNull(municipalityId));
            audit.record(AuditEntity.VENUE, venueId, "STOP_ADD", null, weekday + " " + place.strip());
            return id;
        } catch (DuplicateKeyException e) {
            throw new ConflictException("venue.error.stopTaken");
        }
    }

    @Transactional
    public void removeStop(long venueId, long stopId) {
        access.requireManage(venueId);
        if (repository.deleteStop(venueId, stopId) == 1) {
            audit.record(AuditEntity.VENUE, venueId, "STOP_REMOVE", String.valueOf(stopId), null);
        }
    }

    /** The caller's municipalities for new venues: all for admins. */
    @Transactional(readOnly = true)
    public @Nullable Set<Long> municipalityScope() {
        HaatPrincipal me = currentUser.require();
        return me.role() == Role.MUNICIPAL_OFFICER ? users.scopeOfCurrentUser() : null;
    }
}
