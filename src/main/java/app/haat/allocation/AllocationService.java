package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.KIOSK;
import static app.haat.db.Tables.SHG_GROUP;
import static app.haat.db.Tables.VENUE;

import app.haat.allocation.engine.AllocationInput;
import app.haat.allocation.engine.AllocationResult;
import app.haat.allocation.engine.Allocator;
import app.haat.allocation.engine.Explanation;
import app.haat.allocation.engine.Weights;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.CurrentUser;
import app.haat.core.api.NotFoundException;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.mail.AllotmentLetter;
import org.springframework.security.access.AccessDeniedException;
import app.haat.exhibition.AllotmentLetters;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ApplicationWithdrawn;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionService;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.user.UserService;
import app.haat.venue.Venue;
import app.haat.venue.VenueKind;
import app.haat.venue.VenueService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the allocator on a closed exhibition and stores the outcome: assignments (seat numbers keep the database from
 * double-booking a kiosk), each applicant's status, waitlist position and explanation, and the run with its seed.
 * The seed is the one fixed when applications closed; another seed needs a recorded reason.
 */
@Service
public class AllocationService implements AllotmentLetters {

    private final AllocationRepository repository;
    private final HandChangeRepository handChanges;
    private final ExhibitionService exhibitions;
    private final VenueService venues;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final UserService users;
    private final MailOutbox mail;
    private final AllocationMessages messages;
    private final AllotmentLetter letter;
    private final Allocator allocator = new Allocator();

    AllocationService(AllocationRepository repository, HandChangeRepository handChanges, ExhibitionService exhibitions,
                      VenueService venues, CurrentUser currentUser, AuditService audit, Clock clock, UserService users,
                      MailOutbox mail, AllocationMessages messages, AllotmentLetter letter) {
        this.repository = repository;
        this.handChanges = handChanges;
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
     * How many groups a kiosk takes in one slot: a mall kiosk the exhibition's groups per kiosk-slot, a van or a
     * display bay its own capacity.
     */
    public static int placesPerSlot(Venue venue, Exhibition exhibition, int kioskCapacity) {
        return venue.kind() == VenueKind.MALL ? exhibition.groupsPerKioskSlot() : kioskCapacity;
    }

    @Transactional
    public AllocationResult run(long exhibitionId, Long seed, String reason) {
        Exhibition exhibition = exhibitions.requireManage(exhibitionId);
        repository.lockExhibition(exhibitionId);
        if (exhibition.status() != ExhibitionStatus.CLOSED && exhibition.status() != ExhibitionStatus.ALLOCATED) {
            throw new ConflictException("allocation.error.notClosed");
        }
        long fixed = exhibition.lotterySeed() == null ? 0 : exhibition.lotterySeed();
        long used = seed == null ? fixed : seed;
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (used != fixed && why == null) {
            throw new ValidationException("allocation.error.reason");
        }
        if (why != null && why.length() > 1000) {
            throw new ValidationException("allocation.error.reasonLong");
        }
        app.haat.core.api.InputRules.requireMultiLine(why);
        Venue venue = venues.get(exhibition.venueId());
        List<AllocationInput.SlotSpec> slots = exhibitions.slots(exhibitionId).stream()
                .map(s -> new AllocationInput.SlotSpec(s.id(), s.seq())).toList();
        List<AllocationInput.KioskSpec> kiosks = venues.kiosks(exhibition.venueId()).stream()
                .map(k -> new AllocationInput.KioskSpec(k.id(), k.code(), placesPerSlot(venue, exhibition,
                        k.capacity()), k.electricity(), k.foodAllowed())).toList();
        Weights weights = repository.weights().weights();
        AllocationInput input = new AllocationInput(slots, kiosks,
                repository.applicants(exhibitionId, exhibition.startsOn()), repository.locked(exhibitionId), used,
                weights, 1);
        AllocationResult result = allocator.allocate(input);
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.replaceAssignments(exhibitionId, result.placements());
        repository.recordOutcomes(result.explanations(), result.waitlist(), now);
        String actor = currentUser.require().username();
        int placed = (int) result.explanations().values().stream()
                .filter(e -> e.outcome() == Explanation.Outcome.ASSIGNED).count();
        repository.insertRun(exhibitionId, used, weights, why, actor, now, placed, result.waitlist().size());
        exhibitions.markAllocated(exhibitionId, exhibition.version());
        audit.record("EXHIBITION", exhibitionId, "ALLOCATE", null, "seed " + used + (why == null ? "" : ", reason: "
                + why) + ", " + weights + ", " + placed + " placed, " + result.waitlist().size() + " waitlisted");
        return result;
    }

    /**
     * When an assigned group withdraws, its seat goes to the first eligible waitlisted group, in the same
     * transaction, and that group is told (by e-mail when it has one; its page shows it anyway).
     */
    @EventListener
    public void promoteOnWithdrawal(ApplicationWithdrawn withdrawn) {
        if (withdrawn.previousStatus() != ApplicationStatus.ASSIGNED) {
            return;
        }
        repository.lockExhibition(withdrawn.exhibitionId());
        repository.releaseSeat(withdrawn.applicationId()).ifPresent(seat -> repository
                .firstEligibleWaiting(withdrawn.exhibitionId(), seat[0], seat[1]).ifPresent(promoted -> {
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    HandChangeRepository.Standing before = handChanges.standing(promoted);
                    repository.promote(withdrawn.exhibitionId(), promoted, seat[0], seat[1], (int) seat[2], now);
                    if (before.position() != null) {
                        handChanges.shiftWaitlist(withdrawn.exhibitionId(), before.position() + 1, -1);
                    }
                    handChanges.recordPromotion(withdrawn.exhibitionId(), promoted, withdrawn.applicationId(), before,
                            now);
                    audit.record("APPLICATION", promoted, "PROMOTE", "status=WAITLISTED",
                            "status=ASSIGNED, seat of withdrawn application " + withdrawn.applicationId());
                    notifyPromotion(promoted);
                }));
    }

    private void notifyPromotion(long applicationId) {
        var facts = repository.promotionFacts(applicationId);
        String email = facts.get(SHG_GROUP.EMAIL);
        if (email == null) {
            return;
        }
        String language = users.languageOfGroupAccount(facts.get(APPLICATION.GROUP_ID)).orElse("bn");
        mail.enqueue(MessageType.WAITLIST_PROMOTION, email, language, Map.of(
                "name", facts.get(SHG_GROUP.LEADER_NAME),
                "groupName", facts.get(SHG_GROUP.NAME),
                "exhibition", facts.get(EXHIBITION.TITLE),
                "venue", facts.get(VENUE.NAME),
                "kiosk", facts.get(KIOSK.CODE),
                "dateFrom", Formats.date(facts.get(EXHIBITION_SLOT.STARTS_ON)),
                "dateTo", Formats.date(facts.get(EXHIBITION_SLOT.ENDS_ON))));
    }

    /**
     * Publishes the allocation: the exhibition moves to published (no more re-runs; its venue's kiosks freeze) and
     * every applicant with an e-mail address gets one message in its language: the assignment with its .ics and PDF
     * letter, its waitlist position, or the rejection with its reason. Answers how many messages were queued.
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
            if (messages.send(exhibition, venue, outcome)) {
                queued++;
            }
        }
        audit.record("EXHIBITION", exhibitionId, "PUBLISH", null, queued + " messages queued");
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
        if (weights == null || java.util.stream.IntStream.of(weights.spread(), weights.rotation(), weights.penalty(),
                weights.preference()).anyMatch(w -> w > WeightsView.MAX_WEIGHT)) {
            throw new ValidationException("weights.range");
        }
        AllocationRepository.StoredWeights before = repository.weights();
        if (!repository.updateWeights(weights, version, currentUser.require().username(),
                OffsetDateTime.now(clock))) {
            throw new ConflictException("weights.error.stale");
        }
        audit.record("ALLOCATION_WEIGHTS", 1, "UPDATE", before.weights().toString(), weights.toString());
    }

    /**
     * The allotment letter (PDF) of the signed-in group's own published assignment, in the group's language; the
     * same letter the assignment e-mail carries.
     */
    @Override
    @Transactional(readOnly = true)
    public byte[] allotmentLetter(long applicationId) {
        long own = users.groupOfCurrentUser().orElseThrow(() -> new AccessDeniedException("error.groupOnly"));
        AllocationRepository.Outcome outcome = repository.outcome(applicationId)
                .filter(o -> o.groupId() == own)
                .orElseThrow(() -> new NotFoundException("allocation.error.noLetter"));
        Exhibition exhibition = exhibitions.find(repository.exhibitionOf(applicationId));
        if (!"ASSIGNED".equals(outcome.status()) || outcome.assignmentId() == null
                || exhibition.status().compareTo(ExhibitionStatus.PUBLISHED) < 0) {
            throw new NotFoundException("allocation.error.noLetter");
        }
        String language = users.languageOfGroupAccount(own).orElse("bn");
        return letter.render(messages.letterModel(exhibition, venues.publicView(exhibition.venueId()), outcome,
                        language),
                Translator.forLanguage(language));
    }
}
