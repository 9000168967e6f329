package app.haat.allocation;

import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionPostponed;
import app.haat.exhibition.ExhibitionService;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.mail.MessageType;
import app.haat.venue.VenueService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a postponement does to the allocation, in its transaction: the placements of slots that disappear go back on
 * the waitlist (their offers with them) and those groups are told; once the dates have moved, every assigned group of a
 * published exhibition gets its new letter and calendar entry (same UID, higher sequence).
 */
@Component
class PostponementEffects {

    private final AllocationRepository allocations;
    private final HandChangeRepository handChanges;
    private final OfferRepository offers;
    private final ExhibitionService exhibitions;
    private final VenueService venues;
    private final AllocationMessages messages;
    private final Clock clock;

    PostponementEffects(
            AllocationRepository allocations,
            HandChangeRepository handChanges,
            OfferRepository offers,
            ExhibitionService exhibitions,
            VenueService venues,
            AllocationMessages messages,
            Clock clock) {
        this.allocations = allocations;
        this.handChanges = handChanges;
        this.offers = offers;
        this.exhibitions = exhibitions;
        this.venues = venues;
        this.messages = messages;
        this.clock = clock;
    }

    /** Explanations of a place lost to a postponement: the slot disappeared, or the group is busy on the new dates. */
    static final Set<String> DISPLACED = Set.of("slotRemoved", "busyAfterMove");

    /** Whether a postponement sent this waitlisted application back from its place (to be placed again by hand). */
    static boolean displaced(Application application) {
        return application.status() == ApplicationStatus.WAITLISTED
                && application.explanationCode() != null
                && DISPLACED.contains(application.explanationCode());
    }

    @EventListener
    void onPostponed(ExhibitionPostponed postponed) {
        allocations.lockExhibition(postponed.exhibitionId());
        Exhibition exhibition = exhibitions.find(postponed.exhibitionId());
        boolean told = exhibition.status().compareTo(ExhibitionStatus.PUBLISHED) >= 0
                && exhibition.status() != ExhibitionStatus.CANCELLED;
        var venue = venues.publicView(exhibition.venueId());
        if (!postponed.datesMoved()) {
            offers.removeForSlots(postponed.removedSlotIds());
            for (long applicationId : allocations.assignedIn(postponed.removedSlotIds())) {
                allocations.backToWaitlist(exhibition.id(), applicationId, "slotRemoved", OffsetDateTime.now(clock));
                postponed.displaced().add(applicationId);
                if (told) {
                    allocations.outcome(applicationId).ifPresent(outcome -> messages.send(exhibition, venue, outcome));
                }
            }
            return;
        }
        // on the new dates a group may stand at another exhibition: it cannot be in two places, so its place here goes
        // back on the waitlist (as the allocator would have decided), for the officer to fill
        for (AssignmentRow row : allocations.assignments(exhibition.id())) {
            long groupId =
                    allocations.outcome(row.applicationId()).orElseThrow().groupId();
            var period = handChanges.period(row.slotId()).orElseThrow();
            if (handChanges.elsewhere(groupId, period, false).isPresent()) {
                allocations.backToWaitlist(
                        exhibition.id(), row.applicationId(), "busyAfterMove", OffsetDateTime.now(clock));
                postponed.displaced().add(row.applicationId());
                if (told) {
                    allocations
                            .outcome(row.applicationId())
                            .ifPresent(outcome -> messages.send(exhibition, venue, outcome));
                }
            }
        }
        if (told) {
            for (AllocationRepository.Outcome outcome : allocations.outcomes(exhibition.id())) {
                if (outcome.status() == ApplicationStatus.ASSIGNED) {
                    messages.send(MessageType.EXHIBITION_POSTPONED, exhibition, venue, outcome);
                }
            }
        }
    }
}
