package app.haat.exhibition;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.data.Sha256;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.venue.Venue;
import app.haat.venue.VenueScope;
import app.haat.venue.VenueService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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

    static final int MAX_TITLE = 200;
    static final int MAX_GROUPS_PER_KIOSK_SLOT = 100;
    static final int MAX_DAYS = 366;
    static final int MAX_SLOTS = 120;
    /** How far ahead an exhibition may be planned; further is a typing slip (2062 for 2026), not a plan. */
    static final int MAX_YEARS_AHEAD = 5;

    private static final SecureRandom SEEDS = new SecureRandom();

    private final ExhibitionRepository repository;
    private final VenueService venues;
    private final CatchmentRules catchments;
    private final ExhibitionRules rules;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    private final ClosingNotice closingNotice;
    private final Announcements announcements;

    ExhibitionService(
            ExhibitionRepository repository,
            VenueService venues,
            CatchmentRules catchments,
            ExhibitionRules rules,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock,
            ClosingNotice closingNotice,
            Announcements announcements) {
        this.closingNotice = closingNotice;
        this.announcements = announcements;
        this.repository = repository;
        this.venues = venues;
        this.catchments = catchments;
        this.rules = rules;
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
    List<Exhibition> visibleToGroup(
            long municipalityId, long groupId, ExhibitionStatus status, Long venueMunicipality) {
        return repository.visibleToGroup(municipalityId, groupId, OffsetDateTime.now(clock), status, venueMunicipality);
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

    /**
     * Where the exhibition's venue is on the map: its map location, or else its own name, address and municipality
     * (never the reader's municipality).
     */
    @Transactional(readOnly = true)
    public String mapLink(long exhibitionId) {
        return venues.mapLink(find(exhibitionId).venueId());
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
        if (form.venueId() == null) {
            throw new ValidationException("exhibition.error.venue");
        }
        Venue venue = venues.get(form.venueId());
        if (!venues.canManage(venue)) {
            throw new AccessDeniedException("venue.error.notManaged");
        }
        List<String> errors = new ArrayList<>();
        String title = ExhibitionRules.checkTitle(form.title(), form.titleBn(), errors);
        boolean datesValid = rules.checkDates(form.startsOn(), form.endsOn(), errors);
        if (form.slotLength() == null) {
            errors.add("exhibition.error.slotLength");
        }
        if (form.groupsPerKioskSlot() == null
                || form.groupsPerKioskSlot() < 1
                || form.groupsPerKioskSlot() > MAX_GROUPS_PER_KIOSK_SLOT) {
            errors.add("exhibition.error.groupsPerKiosk");
        }
        rules.checkWindow(
                form.applicationsOpenAt(), form.applicationsCloseAt(), datesValid ? form.startsOn() : null, errors);
        List<String> categories = rules.checkedCategories(form.categories(), errors);
        CatchmentRules.Resolved catchment = catchments.resolve(form.catchment(), venue, errors);
        List<SlotDates> slots = errors.isEmpty() ? slots(form.startsOn(), form.endsOn(), form.slotLength()) : List.of();
        if (slots.size() > MAX_SLOTS) {
            errors.add("exhibition.error.tooManySlots");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        repository.lockVenue(venue.id());
        var clash = repository.overlapping(venue.id(), form.startsOn(), form.endsOn(), LocalizedName.bengaliScreen());
        if (clash.isPresent()) {
            throw new ConflictException("exhibition.error.overlap", clash.get());
        }
        long id = repository.insert(
                form, title, Objects.requireNonNull(catchment.label()), me.username(), OffsetDateTime.now(clock));
        repository.insertSlots(id, slots);
        repository.insertCatchment(id, catchment.municipalities());
        repository.insertCategories(id, categories);
        audit.record(
                AuditEntity.EXHIBITION,
                id,
                "CREATE",
                null,
                title + " at venue " + venue.id() + ", " + form.startsOn()
                        + " to " + form.endsOn() + ", " + form.slotLength() + " slots, " + form.groupsPerKioskSlot()
                        + " groups per kiosk-slot, catchment " + catchment.label() + " ("
                        + catchment.municipalities().size() + " municipalities)");
        return id;
    }

    /** The slots: each day, consecutive weeks from the first day (the last may be shorter), or one for the whole. */
    static List<SlotDates> slots(LocalDate startsOn, LocalDate endsOn, SlotLength length) {
        List<SlotDates> slots = new ArrayList<>();
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
            slots.add(new SlotDates(start, end));
            start = end.plusDays(1);
        }
        return slots;
    }

    /**
     * Takes the next lifecycle step. Opening needs kiosks and a window that has not ended, and announces the
     * exhibition to the groups it is for; allocating is done by the allocator; running starts on the first day and
     * finishing on the last.
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
            default -> {}
        }
        step(exhibition, version, target);
        if (target == ExhibitionStatus.OPEN) {
            // every group it is for hears of it, in this transaction: the opening and its messages commit together
            announcements.opened(exhibition);
        }
        if (target == ExhibitionStatus.CLOSED) {
            long seed = SEEDS.nextLong() & Long.MAX_VALUE;
            repository.fixSeed(id, seed);
            // the audit log keeps the fingerprint only: the seed itself is revealed when the result is published
            audit.record(
                    AuditEntity.EXHIBITION,
                    id,
                    "SEED",
                    null,
                    "lottery seed committed, SHA-256 " + Sha256.hex(Long.toString(seed)));
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
        audit.record(
                AuditEntity.EXHIBITION, exhibition.id(), "STATUS", "status=" + exhibition.status(), "status=" + target);
    }
}
