package app.haat.allocation;

import app.haat.allocation.engine.AllocationInput;
import app.haat.allocation.engine.AllocationResult;
import app.haat.allocation.engine.Allocator;
import app.haat.allocation.engine.Explanation;
import app.haat.allocation.engine.Weights;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.CurrentUser;
import app.haat.core.i18n.Formats;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ApplicationWithdrawn;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionService;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.user.UserService;
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
public class AllocationService {

    private final AllocationRepository repository;
    private final ExhibitionService exhibitions;
    private final VenueService venues;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final UserService users;
    private final MailOutbox mail;
    private final app.haat.core.i18n.Translator translator;
    private final Allocator allocator = new Allocator();

    AllocationService(AllocationRepository repository, ExhibitionService exhibitions, VenueService venues,
                      CurrentUser currentUser, AuditService audit, Clock clock, UserService users, MailOutbox mail,
                      app.haat.core.i18n.Translator translator) {
        this.translator = translator;
        this.users = users;
        this.mail = mail;
        this.repository = repository;
        this.exhibitions = exhibitions;
        this.venues = venues;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
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
        boolean mall = venues.get(exhibition.venueId()).kind() == VenueKind.MALL;
        List<AllocationInput.SlotSpec> slots = exhibitions.slots(exhibitionId).stream()
                .map(s -> new AllocationInput.SlotSpec(s.id(), s.seq())).toList();
        // a mall kiosk takes the exhibition's groups per kiosk-slot; a van or a display bay its own capacity
        List<AllocationInput.KioskSpec> kiosks = venues.kiosks(exhibition.venueId()).stream()
                .map(k -> new AllocationInput.KioskSpec(k.id(), k.code(), mall ? exhibition.groupsPerKioskSlot()
                        : k.capacity(), k.electricity(), k.foodAllowed())).toList();
        AllocationInput input = new AllocationInput(slots, kiosks,
                repository.applicants(exhibitionId, exhibition.startsOn()), repository.locked(exhibitionId), used,
                Weights.DEFAULT, 1);
        AllocationResult result = allocator.allocate(input);
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.replaceAssignments(exhibitionId, result.placements());
        repository.recordOutcomes(result.explanations(), result.waitlist(), now);
        String actor = currentUser.require().username();
        int placed = (int) result.explanations().values().stream()
                .filter(e -> e.outcome() == Explanation.Outcome.ASSIGNED).count();
        repository.insertRun(exhibitionId, used, why, actor, now, placed, result.waitlist().size());
        exhibitions.markAllocated(exhibitionId, exhibition.version());
        audit.record("EXHIBITION", exhibitionId, "ALLOCATE", null, "seed " + used + (why == null ? "" : ", reason: "
                + why) + ", " + placed + " placed, " + result.waitlist().size() + " waitlisted");
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
                    repository.promote(withdrawn.exhibitionId(), promoted, seat[0], seat[1], (int) seat[2],
                            OffsetDateTime.now(clock));
                    audit.record("APPLICATION", promoted, "PROMOTE", "status=WAITLISTED",
                            "status=ASSIGNED, seat of withdrawn application " + withdrawn.applicationId());
                    notifyPromotion(promoted);
                }));
    }

    private void notifyPromotion(long applicationId) {
        var facts = repository.promotionFacts(applicationId);
        String email = facts.get(app.haat.db.Tables.SHG_GROUP.EMAIL);
        if (email == null) {
            return;
        }
        String language = users.languageOfGroupAccount(facts.get(app.haat.db.Tables.APPLICATION.GROUP_ID))
                .orElse("bn");
        mail.enqueue(MessageType.WAITLIST_PROMOTION, email, language, Map.of(
                "name", facts.get(app.haat.db.Tables.SHG_GROUP.LEADER_NAME),
                "groupName", facts.get(app.haat.db.Tables.SHG_GROUP.NAME),
                "exhibition", facts.get(app.haat.db.Tables.EXHIBITION.TITLE),
                "venue", facts.get(app.haat.db.Tables.VENUE.NAME),
                "kiosk", facts.get(app.haat.db.Tables.KIOSK.CODE),
                "dateFrom", Formats.date(facts.get(app.haat.db.Tables.EXHIBITION_SLOT.STARTS_ON)),
                "dateTo", Formats.date(facts.get(app.haat.db.Tables.EXHIBITION_SLOT.ENDS_ON))));
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
        var venue = venues.get(exhibition.venueId());
        int messages = 0;
        for (AllocationRepository.Outcome outcome : repository.outcomes(exhibitionId)) {
            if (outcome.email() == null) {
                continue; // the group's own page shows the outcome
            }
            String language = users.languageOfGroupAccount(outcome.groupId()).orElse("bn");
            java.util.Locale locale = app.haat.core.i18n.Translator.forLanguage(language);
            Map<String, Object> model = new java.util.HashMap<>();
            model.put("name", outcome.leader());
            model.put("groupName", outcome.groupName());
            model.put("exhibition", exhibition.title());
            if ("ASSIGNED".equals(outcome.status()) && outcome.assignmentId() != null) {
                model.put("venue", venue.name());
                model.put("address", venue.address() == null ? venue.municipality("bn".equals(language))
                        : venue.address());
                model.put("kiosk", outcome.kioskCode());
                model.put("floor", translator.getTranslation("venue.floorNumber", locale,
                        Formats.number(outcome.floor())));
                model.put("dateFrom", Formats.date(outcome.from()));
                model.put("dateTo", Formats.date(outcome.to()));
                model.put("reference", "HAAT/" + outcome.from().getYear() + "/" + outcome.assignmentId());
                model.put("issuedOn", Formats.date(java.time.LocalDate.now(clock.withZone(Formats.INDIA))));
                model.put("whatToBring", translator.getTranslation("allocation.mail.whatToBring", locale));
                model.put("mapLink", "https://www.openstreetmap.org/search?query=" + java.net.URLEncoder.encode(
                        venue.name() + ", " + venue.municipalityEn(), java.nio.charset.StandardCharsets.UTF_8));
                model.put("floorPlan", venues.kiosks(venue.id()).stream()
                        .filter(k -> k.floor() == outcome.floor())
                        .map(k -> Map.<String, Object>of("code", k.code(), "x", k.x() * 4, "y", k.y() * 3,
                                "w", 3, "h", 2)).toList());
                model.put("eventUid", "assignment-" + outcome.assignmentId() + "@haat");
                model.put("eventStart", outcome.from().toString());
                model.put("eventEnd", outcome.to().plusDays(1).toString());
                model.put("eventSummary", "Haat " + outcome.kioskCode() + ": " + venue.name());
                model.put("eventLocation", model.get("address"));
                mail.enqueue(MessageType.ASSIGNMENT, outcome.email(), language, model);
            } else {
                model.put("status", outcome.status());
                model.put("position", outcome.position() == null ? "" : outcome.position());
                model.put("reason", outcome.reason() == null ? "" : outcome.reason());
                mail.enqueue(MessageType.APPLICATION_STATUS, outcome.email(), language, model);
            }
            messages++;
        }
        audit.record("EXHIBITION", exhibitionId, "PUBLISH", null, messages + " messages queued");
        return messages;
    }

    @Transactional(readOnly = true)
    public List<AssignmentRow> assignments(long exhibitionId) {
        exhibitions.get(exhibitionId);
        return repository.assignments(exhibitionId);
    }
}
