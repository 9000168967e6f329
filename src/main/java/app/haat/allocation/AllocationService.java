package app.haat.allocation;

import app.haat.allocation.engine.AllocationInput;
import app.haat.allocation.engine.AllocationResult;
import app.haat.allocation.engine.Allocator;
import app.haat.allocation.engine.DrawInput;
import app.haat.allocation.engine.DrawResult;
import app.haat.allocation.engine.DrawSeeds;
import app.haat.allocation.engine.Engine;
import app.haat.allocation.engine.Explanation;
import app.haat.allocation.engine.Weights;
import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.exhibition.AllotmentLetters;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ApplicationWithdrawn;
import app.haat.exhibition.ApplicationsReviewed;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionCancelled;
import app.haat.exhibition.ExhibitionService;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.mail.AllotmentLetter;
import app.haat.mail.MailOutbox;
import app.haat.user.UserService;
import app.haat.venue.Venue;
import app.haat.venue.VenueKind;
import app.haat.venue.VenueService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the allocator on a closed exhibition and stores the outcome: assignments (seat numbers keep the database from
 * double-booking a kiosk), each applicant's status, waitlist position and explanation, and the run with its seed.
 * The seed is the one committed when applications closed, or a re-draw's seed derived from it; every run goes into
 * the draw's public record with what the engine saw.
 */
@Service
public class AllocationService implements AllotmentLetters {

    /** The longest reason a re-draw may give for the public record. */
    static final int MAX_REDRAW_REASON = 1000;
    /** The largest fairness weight an admin may set (the engine's Weights refuses negative ones). */
    static final int MAX_WEIGHT = 100_000;

    private final AllocationRepository repository;
    private final WaitlistOfferService offers;
    private final ExhibitionService exhibitions;
    private final VenueService venues;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final UserService users;
    private final MailOutbox mail;
    private final AllocationMessages messages;
    private final AllotmentLetter letter;
    private final DrawRepository draws;
    private final DrawService drawService;
    private final Allocator allocator = new Allocator();

    AllocationService(
            AllocationRepository repository,
            WaitlistOfferService offers,
            ExhibitionService exhibitions,
            VenueService venues,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock,
            UserService users,
            MailOutbox mail,
            AllocationMessages messages,
            AllotmentLetter letter,
            DrawRepository draws,
            DrawService drawService) {
        this.draws = draws;
        this.drawService = drawService;
        this.repository = repository;
        this.offers = offers;
        this.exhibitions = exhibitions;
        this.venues = venues;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.users = users;
        this.mail = mail;
        this.messages = messages;
        this.letter = letter;
    }

    /**
     * How many groups a kiosk takes in one slot, the one rule for the allocator, the board, hand changes and letters:
     * a mall kiosk the smaller of its capacity and the exhibition's groups per kiosk-slot; a van or a display bay its
     * own capacity.
     */
    public static int placesPerSlot(Venue venue, Exhibition exhibition, int kioskCapacity) {
        return venue.kind() == VenueKind.MALL
                ? Math.min(kioskCapacity, exhibition.groupsPerKioskSlot())
                : kioskCapacity;
    }

    /** A stored run: its id in the public record and what the engine decided. */
    public record Run(long runId, int redraw, AllocationResult result) {}

    /**
     * Runs the allocator. Without a reason it repeats the latest run's seed (the committed one at first); with a
     * reason it is the next re-draw, whose seed follows from the committed one (see {@link DrawSeeds}): nobody ever
     * chooses a seed.
     */
    @Transactional
    public Run run(long exhibitionId, @Nullable String redrawReason) {
        Exhibition exhibition = exhibitions.requireManage(exhibitionId);
        repository.lockExhibition(exhibitionId);
        exhibition = exhibitions.get(exhibitionId); // read again under the lock
        if (exhibition.status() != ExhibitionStatus.CLOSED && exhibition.status() != ExhibitionStatus.ALLOCATED
                || exhibition.lotterySeed() == null) {
            throw new ConflictException("allocation.error.notClosed");
        }
        String why = redrawReason == null || redrawReason.isBlank() ? null : redrawReason.strip();
        if (why != null && why.length() > MAX_REDRAW_REASON) {
            throw new ValidationException("allocation.error.reasonLong");
        }
        InputRules.requireMultiLine(why);
        int latest = draws.latestRedraw(exhibitionId).orElse(0);
        int redraw = why == null ? latest : latest + 1;
        long used = DrawSeeds.seedOf(exhibition.lotterySeed(), redraw);
        AllocationInput input = input(exhibition, used);
        AllocationResult result = allocator.allocate(input);
        OffsetDateTime now = OffsetDateTime.now(clock);
        offers.voidAll(exhibitionId);
        repository.replaceAssignments(exhibitionId, result.placements());
        repository.recordOutcomes(result.explanations(), result.waitlist(), now);
        var actor = currentUser.require();
        int placed = (int) result.explanations().values().stream()
                .filter(e -> e.outcome() == Explanation.Outcome.ASSIGNED)
                .count();
        long runId = draws.insertRun(
                exhibitionId,
                used,
                redraw,
                input.weights(),
                why,
                actor.username(),
                actor.role().name(),
                now,
                placed,
                result.waitlist().size(),
                Engine.VERSION,
                drawService.write(DrawInput.of(input)),
                drawService.write(DrawResult.of(result)));
        exhibitions.markAllocated(exhibitionId, exhibition.version());
        audit.record(
                AuditEntity.EXHIBITION,
                exhibitionId,
                "ALLOCATE",
                null,
                "run " + runId + ", re-draw " + redraw + ", seed "
                        + used + (why == null ? "" : ", reason: " + why) + ", " + input.weights() + ", " + placed
                        + " placed, " + result.waitlist().size() + " waitlisted");
        return new Run(runId, redraw, result);
    }

    /** What the engine sees now: slots, kiosks with their places, the applications in play, locks, weights, seed. */
    AllocationInput input(Exhibition exhibition, long seed) {
        Venue venue = venues.get(exhibition.venueId());
        List<AllocationInput.SlotSpec> slots = exhibitions.slots(exhibition.id()).stream()
                .map(s -> new AllocationInput.SlotSpec(s.id(), s.seq()))
                .toList();
        List<AllocationInput.KioskSpec> kiosks = venues.kiosks(exhibition.venueId()).stream()
                .map(k -> new AllocationInput.KioskSpec(
                        k.id(),
                        k.code(),
                        placesPerSlot(venue, exhibition, k.capacity()),
                        k.electricity(),
                        k.foodAllowed()))
                .toList();
        return new AllocationInput(
                slots,
                kiosks,
                repository.applicants(exhibition.id(), exhibition.startsOn()),
                repository.locked(exhibition.id()),
                seed,
                repository.weights().weights(),
                1);
    }

    /**
     * When an assigned group withdraws, its seat is offered to the first eligible waitlisted group, in the same
     * transaction (see {@link WaitlistOfferService}); a waitlisted group that withdraws gives up its open offer, which
     * passes on.
     */
    @EventListener
    public void offerOnWithdrawal(ApplicationWithdrawn withdrawn) {
        Exhibition exhibition = exhibitions.find(withdrawn.exhibitionId());
        drawService.recordChange(exhibition, "WITHDRAW", withdrawn.applicationId(), null);
        repository.lockExhibition(withdrawn.exhibitionId());
        offers.voidAndPassOn(withdrawn.applicationId());
        if (withdrawn.previousStatus() != ApplicationStatus.ASSIGNED) {
            return;
        }
        repository
                .releaseSeat(withdrawn.applicationId())
                .ifPresent(
                        seat -> offers.offerSeat(exhibition, seat.kioskId(), seat.slotId(), withdrawn.applicationId()));
    }

    /**
     * A cancelled exhibition releases its placements and open offers, so that no group counts as busy there and
     * nothing of it counts toward rotation; the draw's public record stays.
     */
    @EventListener
    public void releaseOnCancel(ExhibitionCancelled cancelled) {
        repository.lockExhibition(cancelled.exhibitionId());
        offers.voidAll(cancelled.exhibitionId());
        repository.releaseAll(cancelled.exhibitionId());
    }

    /**
     * A review after closing (a rejection with its reason, or an acceptance) goes into the draw's public record; a
     * rejected group's open offer passes on, and the group is told of its rejection and the reason at once (so
     * publishing does not tell it again).
     */
    @EventListener
    public void recordReview(ApplicationsReviewed reviewed) {
        Exhibition exhibition = exhibitions.find(reviewed.exhibitionId());
        boolean rejected = reviewed.status() == ApplicationStatus.REJECTED;
        var venue = rejected && !reviewed.applicationIds().isEmpty() ? venues.publicView(exhibition.venueId()) : null;
        for (long applicationId : reviewed.applicationIds()) {
            if (venue != null) {
                offers.voidAndPassOn(applicationId);
                repository.outcome(applicationId).ifPresent(outcome -> messages.send(exhibition, venue, outcome));
            }
            drawService.recordChange(
                    exhibition,
                    reviewed.status() == ApplicationStatus.REJECTED ? "REJECT" : "ACCEPT",
                    applicationId,
                    reviewed.reason());
        }
    }

    /**
     * Publishes the allocation: the exhibition moves to published (no more re-runs; its venue's kiosks freeze) and
     * every applicant gets one message in its language by its channels: the assignment with its .ics and PDF letter,
     * its waitlist position, or why the draw left it out (an officer's rejection was told when it was made). Answers
     * how many messages were queued.
     */
    @Transactional
    public int publish(long exhibitionId) {
        exhibitions.requireManage(exhibitionId);
        repository.lockExhibition(exhibitionId);
        Exhibition exhibition = exhibitions.get(exhibitionId); // read again under the lock: a second publisher waits
        if (exhibition.status() != ExhibitionStatus.ALLOCATED) {
            throw new ConflictException("allocation.error.notAllocated");
        }
        exhibitions.markPublished(exhibitionId, exhibition.version());
        var venue = venues.publicView(exhibition.venueId());
        int queued = 0;
        for (AllocationRepository.Outcome outcome : repository.outcomes(exhibitionId)) {
            // an officer's rejection was told when it was made
            if (outcome.status() != ApplicationStatus.REJECTED && messages.send(exhibition, venue, outcome)) {
                queued++;
            }
        }
        audit.record(AuditEntity.EXHIBITION, exhibitionId, "PUBLISH", null, queued + " messages queued");
        return queued;
    }

    @Transactional(readOnly = true)
    public List<AssignmentRow> assignments(long exhibitionId) {
        exhibitions.get(exhibitionId);
        return repository.assignments(exhibitionId);
    }

    /** The fairness weights the next run uses, with who changed them last. */
    @Transactional(readOnly = true)
    public AllocationRepository.StoredWeights weights() {
        currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER, Role.CENTRE_STAFF);
        return repository.weights();
    }

    /** An admin changes the weights; runs record the weights they used, so earlier runs stay reproducible. */
    @Transactional
    public void updateWeights(Weights weights, int version) {
        currentUser.requireRole(Role.STATE_ADMIN);
        if (weights == null
                || IntStream.of(weights.spread(), weights.rotation(), weights.penalty(), weights.preference())
                        .anyMatch(w -> w > MAX_WEIGHT)) {
            throw new ValidationException("weights.range");
        }
        AllocationRepository.StoredWeights before = repository.weights();
        if (!repository.updateWeights(weights, version, currentUser.require().username(), OffsetDateTime.now(clock))) {
            throw new ConflictException("weights.error.stale");
        }
        audit.record(
                AuditEntity.ALLOCATION_WEIGHTS, 1, "UPDATE", before.weights().toString(), weights.toString());
    }

    /**
     * The allotment letter (PDF) of the signed-in group's own published assignment, in the group's language; the
     * same letter the assignment e-mail carries.
     */
    @Override
    @Transactional(readOnly = true)
    public byte[] allotmentLetter(long applicationId) {
        long own = users.groupOfCurrentUser().orElseThrow(() -> new AccessDeniedException("error.groupOnly"));
        AllocationRepository.Outcome outcome = repository
                .outcome(applicationId)
                .filter(o -> o.groupId() == own)
                .orElseThrow(() -> new NotFoundException("allocation.error.noLetter"));
        Exhibition exhibition = exhibitions.find(repository.exhibitionOf(applicationId));
        if (outcome.status() != ApplicationStatus.ASSIGNED
                || outcome.assignmentId() == null
                || exhibition.status().compareTo(ExhibitionStatus.PUBLISHED) < 0) {
            throw new NotFoundException("allocation.error.noLetter");
        }
        String language = users.languageOfGroupAccount(own).orElse("bn");
        return letter.render(
                messages.letterModel(exhibition, venues.publicView(exhibition.venueId()), outcome, language),
                Translator.forLanguage(language));
    }
}
