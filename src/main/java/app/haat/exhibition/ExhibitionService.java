package app.haat.exhibition;

import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.region.District;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import app.haat.region.Zone;
import app.haat.venue.Venue;
import app.haat.venue.VenueKind;
import app.haat.venue.VenueScope;
import app.haat.venue.VenueService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exhibitions on venues: creation with slots, catchment and categories; the lifecycle steps. Whoever manages the
 * venue manages its exhibitions; two exhibitions never share a venue on the same day.
 */
@Service
public class ExhibitionService {

    static final int MAX_DAYS = 366;
    static final int MAX_SLOTS = 120;
    /** How far ahead an exhibition may be planned; further is a typing slip (2062 for 2026), not a plan. */
    static final int MAX_YEARS_AHEAD = 5;
    private final boolean demoMode;
    private static final java.security.SecureRandom SEEDS = new java.security.SecureRandom();

    private final ExhibitionRepository repository;
    private final VenueService venues;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    private final ClosingNotice closingNotice;

    ExhibitionService(ExhibitionRepository repository, VenueService venues, RegionService regions,
                      CurrentUser currentUser, AuditService audit, Clock clock, ClosingNotice closingNotice,
                      @org.springframework.beans.factory.annotation.Value("${haat.demo:false}") boolean demoMode) {
        this.closingNotice = closingNotice;
        this.demoMode = demoMode;
        this.repository = repository;
        this.venues = venues;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The exhibitions on the venues the caller may see. */
    @Transactional(readOnly = true)
    public List<Exhibition> list() {
        VenueScope scope = venues.scope();
        return repository.list(scope.municipalities(), scope.kinds());
    }

    /**
     * The exhibitions on the venues the caller may see (as {@link #list()}), optionally of one status and on venues
     * of one municipality; a municipality outside the caller's scope gives none.
     */
    @Transactional(readOnly = true)
    public List<Exhibition> list(ExhibitionStatus status, Long venueMunicipality) {
        VenueScope scope = venues.scope();
        return repository.list(scope.municipalities(), scope.kinds(), status, venueMunicipality);
    }

    /** What a group sees of the exhibitions (see the repository); the caller has checked it is that group. */
    List<Exhibition> visibleToGroup(long municipalityId, long groupId, ExhibitionStatus status,
                                    Long venueMunicipality) {
        return repository.visibleToGroup(municipalityId, groupId, OffsetDateTime.now(clock), status,
                venueMunicipality);
    }

    /** One exhibition, for whoever may see its venue. */
    @Transactional(readOnly = true)
    public Exhibition get(long id) {
        Exhibition exhibition = find(id);
        venues.get(exhibition.venueId());
        return exhibition;
    }

    /** Without a scope check: for callers that check their own way in (a group's own application). */
    public Exhibition find(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("exhibition.error.notFound"));
    }

    /** Whether the caller manages this exhibition (its venue). */
    @Transactional(readOnly = true)
    public boolean canManage(Exhibition exhibition) {
        return currentUser.find().filter(p -> p.role() != Role.SHG).isPresent()
                && venues.canManage(venues.get(exhibition.venueId()));
    }

    public Exhibition requireManage(long id) {
        Exhibition exhibition = get(id);
        if (!canManage(exhibition)) {
            throw new AccessDeniedException("exhibition.error.notManaged");
        }
        return exhibition;
    }

    @Transactional(readOnly = true)
    public List<Slot> slots(long id) {
        return repository.slots(id);
    }

    @Transactional(readOnly = true)
    public Set<Long> catchment(long id) {
        return repository.catchment(id);
    }

    @Transactional(readOnly = true)
    public List<String> categories(long id) {
        return repository.categories(id);
    }

    /** Open exhibitions a group of this municipality may apply to. */
    @Transactional(readOnly = true)
    public List<Exhibition> openFor(long municipalityId) {
        return repository.openFor(municipalityId);
    }

    @Transactional
    public long create(ExhibitionForm form) {
        HaatPrincipal me = currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER, Role.CENTRE_STAFF);
        List<String> errors = new ArrayList<>();
        if (form.venueId() == null) {
            throw new ValidationException("exhibition.error.venue");
        }
        Venue venue = venues.get(form.venueId());
        if (!venues.canManage(venue)) {
            throw new AccessDeniedException("venue.error.notManaged");
        }
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            errors.add("exhibition.error.title");
        }
        InputRules.checkSingleLine(errors, title);
        LocalDate today = LocalDate.now(clock.withZone(Formats.INDIA));
        boolean datesValid = false;
        if (form.startsOn() == null || form.endsOn() == null || form.endsOn().isBefore(form.startsOn())) {
            errors.add("exhibition.error.dates");
        } else if (form.startsOn().isBefore(today)) {
            errors.add("exhibition.error.past");
        } else if (form.startsOn().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            errors.add("exhibition.error.tooFarAhead");
        } else if (ChronoUnit.DAYS.between(form.startsOn(), form.endsOn()) + 1 > MAX_DAYS) {
            errors.add("exhibition.error.tooLong");
        } else {
            datesValid = true;
        }
        if (form.slotLength() == null) {
            errors.add("exhibition.error.slotLength");
        }
        if (form.groupsPerKioskSlot() == null || form.groupsPerKioskSlot() < 1 || form.groupsPerKioskSlot() > 100) {
            errors.add("exhibition.error.groupsPerKiosk");
        }
        OffsetDateTime opens = form.applicationsOpenAt();
        OffsetDateTime closes = form.applicationsCloseAt();
        if (opens == null || closes == null || !opens.isBefore(closes)) {
            errors.add("exhibition.error.window");
        } else if (opens.isBefore(OffsetDateTime.now(clock).minusYears(1))) {
            errors.add("exhibition.error.windowTooEarly");
        } else if (datesValid
                && closes.isAfter(form.startsOn().atStartOfDay(Formats.INDIA).toOffsetDateTime())) {
            errors.add("exhibition.error.windowAfterStart");
        }
        List<String> categories = form.categories() == null ? List.of() : form.categories().stream().distinct().toList();
        if (!InputRules.hasNoNulls(categories) || categories.size() > 100
                || (!categories.isEmpty() && repository.countCategories(categories) != categories.size())) {
            errors.add("exhibition.error.category");
        }
        Set<Long> catchment = Set.of();
        String catchmentLabel = null;
        Catchment chosen = form.catchment() == null ? Catchment.DEFAULT : form.catchment();
        if (!wellFormed(chosen)) {
            errors.add("exhibition.error.catchment");
        } else {
            chosen = new Catchment(chosen.kind(), chosen.ids() == null ? List.of()
                    : chosen.ids().stream().distinct().toList());
            catchmentLabel = label(chosen, venue);
            catchment = resolve(chosen, venue);
            if (catchment.isEmpty()) {
                errors.add("exhibition.error.catchment");
            }
        }
        List<LocalDate[]> slots = errors.isEmpty() ? slots(form.startsOn(), form.endsOn(), form.slotLength()) : List.of();
        if (slots.size() > MAX_SLOTS) {
            errors.add("exhibition.error.tooManySlots");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        repository.lockVenue(venue.id());
        var clash = repository.overlapping(venue.id(), form.startsOn(), form.endsOn());
        if (clash.isPresent()) {
            throw new ConflictException("exhibition.error.overlap", clash.get());
        }
        long id = repository.insert(form, title, catchmentLabel, me.username(), OffsetDateTime.now(clock));
        repository.insertSlots(id, slots);
        repository.insertCatchment(id, catchment);
        repository.insertCategories(id, categories);
        audit.record("EXHIBITION", id, "CREATE", null, title + " at venue " + venue.id() + ", " + form.startsOn()
                + " to " + form.endsOn() + ", " + form.slotLength() + " slots, " + form.groupsPerKioskSlot()
                + " groups per kiosk-slot, catchment " + catchmentLabel + " (" + catchment.size()
                + " municipalities)");
        return id;
    }

    /** The slots: each day, consecutive weeks from the first day (the last may be shorter), or one for the whole. */
    static List<LocalDate[]> slots(LocalDate startsOn, LocalDate endsOn, SlotLength length) {
        List<LocalDate[]> slots = new ArrayList<>();
        int days = switch (length) {
            case DAY -> 1;
            case WEEK -> 7;
            case WHOLE -> Integer.MAX_VALUE;
        };
        LocalDate start = startsOn;
        while (!start.isAfter(endsOn)) {
            LocalDate end = days == Integer.MAX_VALUE ? endsOn : start.plusDays(days - 1L);
            if (end.isAfter(endsOn)) {
                end = endsOn;
            }
            slots.add(new LocalDate[] {start, end});
            start = end.plusDays(1);
        }
        return slots;
    }

    /**
     * Whether the catchment's ids fit its kind: one zone, at least one district or municipality (ids that exist, no
     * nulls, no more than there are), none for the state or the default. Checked before anything reads them.
     */
    private boolean wellFormed(Catchment catchment) {
        if (catchment.ids() != null && !InputRules.hasNoNulls(catchment.ids())) {
            return false;
        }
        List<Long> ids = catchment.ids() == null ? List.of() : catchment.ids().stream().distinct().toList();
        if (catchment.kind() == null || catchment.kind() == Catchment.Kind.STATE) {
            return ids.isEmpty();
        }
        return switch (catchment.kind()) {
            case ZONE -> ids.size() == 1 && regions.zones().stream().anyMatch(z -> z.id() == ids.getFirst());
            case DISTRICTS -> !ids.isEmpty() && ids.size() <= 100 && regions.districts().stream()
                    .map(District::id).collect(Collectors.toSet()).containsAll(ids);
            case MUNICIPALITIES -> !ids.isEmpty() && ids.size() <= 1000 && regions.allExist(ids);
            case STATE -> true;
        };
    }

    /** Stored form of the catchment, turned into words by the views: STATE, ZONE:id, DISTRICTS:ids, MUNICIPALITIES:n. */
    private String label(Catchment catchment, Venue venue) {
        Catchment.Kind kind = catchment.kind();
        if (kind == null) {
            if (venue.kind() == VenueKind.CENTRE) {
                return "STATE";
            }
            Long zone = zoneOf(venue.municipalityId());
            return zone != null ? "ZONE:" + zone : "DISTRICTS:" + venue.districtId();
        }
        return switch (kind) {
            case STATE -> "STATE";
            case ZONE -> "ZONE:" + catchment.ids().getFirst();
            case DISTRICTS -> "DISTRICTS:" + catchment.ids().stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
            case MUNICIPALITIES -> "MUNICIPALITIES:" + catchment.ids().size();
        };
    }

    private Set<Long> resolve(Catchment catchment, Venue venue) {
        List<Municipality> all = regions.municipalities();
        Catchment.Kind kind = catchment.kind();
        if (kind == null) {
            if (venue.kind() == VenueKind.CENTRE) {
                kind = Catchment.Kind.STATE;
            } else {
                Long zone = zoneOf(venue.municipalityId());
                catchment = zone != null ? new Catchment(Catchment.Kind.ZONE, List.of(zone))
                        : new Catchment(Catchment.Kind.DISTRICTS, List.of(venue.districtId()));
                kind = Objects.requireNonNull(catchment.kind());
            }
        }
        List<Long> ids = catchment.ids() == null ? List.of() : catchment.ids();
        Set<Long> result = new LinkedHashSet<>();
        switch (kind) {
            case STATE -> all.forEach(m -> result.add(m.id()));
            case ZONE -> regions.municipalitiesOfZone(ids.getFirst()).forEach(m -> result.add(m.id()));
            case DISTRICTS -> all.stream().filter(m -> ids.contains(m.districtId())).forEach(m -> result.add(m.id()));
            case MUNICIPALITIES -> result.addAll(ids);
        }
        return result;
    }

    private @Nullable Long zoneOf(long municipalityId) {
        Municipality municipality = regions.municipalities(List.of(municipalityId)).getFirst();
        if (municipality.zoneEn() == null) {
            return null;
        }
        return regions.zones().stream().filter(z -> z.nameEn().equals(municipality.zoneEn())).map(Zone::id)
                .findFirst().orElse(null);
    }

    /**
     * Demo mode only: moves a published exhibition back (or forward) in time, with its window and slots, so the demo
     * can show exhibitions that are running or finished. The services refuse past dates everywhere else; this is
     * refused unless demo mode is on, and the venue must be free on the new dates.
     */
    @Transactional
    public void shiftForDemo(long id, int days) {
        if (!demoMode) {
            throw new AccessDeniedException("error.demoOnly");
        }
        Exhibition exhibition = requireManage(id);
        if (exhibition.status() != ExhibitionStatus.PUBLISHED) {
            throw new ValidationException("exhibition.error.step");
        }
        repository.lockVenue(exhibition.venueId());
        var clash = repository.overlappingOthers(exhibition.venueId(), id, exhibition.startsOn().plusDays(days),
                exhibition.endsOn().plusDays(days));
        if (clash.isPresent()) {
            throw new ConflictException("exhibition.error.overlap", clash.get());
        }
        repository.shiftDates(id, days);
        audit.record("EXHIBITION", id, "DEMO_SHIFT", null, days + " days");
    }

    /**
     * Takes the next lifecycle step. Opening needs kiosks and a window that has not ended; allocating is done by the
     * allocator; running starts on the first day and finishing on the last.
     */
    @Transactional
    public void advance(long id, int version, @Nullable ExhibitionStatus target) {
        Exhibition exhibition = requireManage(id);
        if (target == null || exhibition.status().next() != target) {
            throw new ValidationException("exhibition.error.step");
        }
        LocalDate today = LocalDate.now(clock.withZone(Formats.INDIA));
        switch (target) {
            case OPEN -> {
                if (venues.kiosks(exhibition.venueId()).isEmpty()) {
                    throw new ValidationException("exhibition.error.noKiosks");
                }
                if (!exhibition.applicationsCloseAt().isAfter(OffsetDateTime.now(clock))) {
                    throw new ValidationException("exhibition.error.windowOver");
                }
            }
            case ALLOCATED -> throw new ValidationException("exhibition.error.needsAllocation");
            case PUBLISHED -> throw new ValidationException("exhibition.error.publishOnBoard");
            case RUNNING -> {
                if (today.isBefore(exhibition.startsOn())) {
                    throw new ValidationException("exhibition.error.notStarted");
                }
            }
            case FINISHED -> {
                if (today.isBefore(exhibition.endsOn())) {
                    throw new ValidationException("exhibition.error.notEnded");
                }
            }
            default -> { }
        }
        step(exhibition, version, target);
        if (target == ExhibitionStatus.CLOSED) {
            long seed = SEEDS.nextLong() & Long.MAX_VALUE;
            repository.fixSeed(id, seed);
            // the audit log keeps the fingerprint only: the seed itself is revealed when the result is published
            audit.record("EXHIBITION", id, "SEED", null, "lottery seed committed, SHA-256 "
                    + app.haat.core.data.Sha256.hex(Long.toString(seed)));
            closingNotice.tell(exhibition, seed);
        }
    }

    /** The publishing step, taken by the allocation feature together with the messages to every applicant. */
    public void markPublished(long id, int version) {
        Exhibition exhibition = requireManage(id);
        step(exhibition, version, ExhibitionStatus.PUBLISHED);
    }

    /**
     * The allocator's step: from closed (or allocated, for a re-run) to allocated, checked against a concurrent
     * change.
     */
    public void markAllocated(long id, int version) {
        Exhibition exhibition = requireManage(id);
        if (exhibition.status() == ExhibitionStatus.CLOSED) {
            step(exhibition, version, ExhibitionStatus.ALLOCATED);
        }
    }

    /** Moves the exhibition one step on, checked against a concurrent change; for the allocator too. */
    void step(Exhibition exhibition, int version, ExhibitionStatus target) {
        if (!repository.updateStatus(exhibition.id(), version, exhibition.status(), target)) {
            throw new ConflictException("exhibition.error.stale");
        }
        audit.record("EXHIBITION", exhibition.id(), "STATUS", "status=" + exhibition.status(), "status=" + target);
    }
}
