package app.haat.allocation;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.security.CurrentUser;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionService;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.venue.VenueService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer's hand changes on the allocation board: move a group to another kiosk or slot, swap two groups, place
 * a waitlisted group in a free seat, lock a placement so a re-run keeps it, and undo a waitlist promotion. Every
 * change is checked against the hard constraints (capacity, electricity and food, the slots the group chose, no
 * stall elsewhere at the same time) under the exhibition's row lock; the seat key is the database's last guard.
 * Each change goes to the audit log; after publishing, the groups concerned get a new message.
 */
@Service
public class HandChangeService {

    /** The states in which placements may be changed by hand. */
    private static final Set<ExhibitionStatus> CHANGEABLE =
            EnumSet.of(ExhibitionStatus.ALLOCATED, ExhibitionStatus.PUBLISHED, ExhibitionStatus.RUNNING);

    private final HandChangeRepository repository;
    private final AllocationRepository allocations;
    private final ExhibitionService exhibitions;
    private final VenueService venues;
    private final AllocationMessages messages;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final DrawService draws;
    private final WaitlistOfferService offers;

    HandChangeService(
            HandChangeRepository repository,
            AllocationRepository allocations,
            ExhibitionService exhibitions,
            VenueService venues,
            AllocationMessages messages,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock,
            DrawService draws,
            WaitlistOfferService offers) {
        this.draws = draws;
        this.offers = offers;
        this.repository = repository;
        this.allocations = allocations;
        this.exhibitions = exhibitions;
        this.venues = venues;
        this.messages = messages;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Why moving the placement to this kiosk and slot would be refused, or empty when it is allowed. */
    @Transactional(readOnly = true)
    public Optional<ConflictException> whyNotMove(long assignmentId, long kioskId, long slotId) {
        HandChangeRepository.Seat seat = seat(assignmentId);
        exhibitions.requireManage(seat.exhibitionId()); // the refusals name groups: only for the board's officers
        return refusal(() -> checkMove(seat, kioskId, slotId));
    }

    /** Why swapping the two placements would be refused, or empty when it is allowed. */
    @Transactional(readOnly = true)
    public Optional<ConflictException> whyNotSwap(long assignmentId, long otherAssignmentId) {
        HandChangeRepository.Seat seat = seat(assignmentId);
        exhibitions.requireManage(seat.exhibitionId());
        return refusal(() -> checkSwap(seat, seat(otherAssignmentId)));
    }

    /** Why placing the waitlisted application in this kiosk and slot would be refused, or empty when allowed. */
    @Transactional(readOnly = true)
    public Optional<ConflictException> whyNotPlace(long applicationId, long kioskId, long slotId) {
        exhibitions.requireManage(candidate(applicationId).exhibitionId());
        return refusal(() -> checkPlace(applicationId, kioskId, slotId));
    }

    @Transactional
    public void move(long assignmentId, int version, long kioskId, long slotId) {
        HandChangeRepository.Seat seat = seat(assignmentId);
        Exhibition exhibition = changeable(seat.exhibitionId());
        checkMove(seat, kioskId, slotId);
        if (!repository.moveSeat(assignmentId, version, kioskId, slotId, repository.freeSeat(kioskId, slotId))) {
            throw new ConflictException("allocation.error.stale");
        }
        audit.record(
                AuditEntity.ASSIGNMENT,
                assignmentId,
                "MOVE",
                where(seat.kioskId(), seat.slotId()),
                where(kioskId, slotId));
        draws.recordChange(exhibition, "MOVE", seat.applicationId(), where(kioskId, slotId));
        tellIfPublished(exhibition, seat.applicationId());
    }

    @Transactional
    public void swap(long assignmentId, int version, long otherAssignmentId, int otherVersion) {
        HandChangeRepository.Seat one = seat(assignmentId);
        HandChangeRepository.Seat other = seat(otherAssignmentId);
        Exhibition exhibition = changeable(one.exhibitionId());
        checkSwap(one, other);
        // the first takes a fresh seat number in the other's cell, then the other takes the first's old seat
        boolean moved = repository.moveSeat(
                        one.id(),
                        version,
                        other.kioskId(),
                        other.slotId(),
                        repository.freeSeat(other.kioskId(), other.slotId()))
                && repository.moveSeat(other.id(), otherVersion, one.kioskId(), one.slotId(), one.seat());
        if (!moved) {
            throw new ConflictException("allocation.error.stale");
        }
        audit.record(
                AuditEntity.ASSIGNMENT,
                assignmentId,
                "SWAP",
                where(one.kioskId(), one.slotId()) + " / " + where(other.kioskId(), other.slotId()),
                "swapped with assignment " + otherAssignmentId);
        draws.recordChange(exhibition, "SWAP", one.applicationId(), "with application " + other.applicationId());
        tellIfPublished(exhibition, one.applicationId());
        tellIfPublished(exhibition, other.applicationId());
    }

    /** Places a waitlisted application in a free seat; the waitlist behind it moves up. */
    @Transactional
    public long place(long exhibitionId, long applicationId, long kioskId, long slotId) {
        HandChangeRepository.Candidate candidate = candidate(applicationId);
        if (candidate.exhibitionId() != exhibitionId) {
            throw new NotFoundException("allocation.error.noApplication");
        }
        Exhibition exhibition = changeable(candidate.exhibitionId());
        checkPlace(applicationId, kioskId, slotId);
        HandChangeRepository.Standing before = repository.standing(applicationId);
        long id = repository.insertSeat(
                exhibition.id(), applicationId, kioskId, slotId, repository.freeSeat(kioskId, slotId));
        HandChangeRepository.Spot spot = repository.spot(kioskId).orElseThrow();
        HandChangeRepository.Period period = repository.period(slotId).orElseThrow();
        repository.setOutcome(
                applicationId,
                ApplicationStatus.ASSIGNED,
                "placedByHand",
                spot.code() + "|" + period.seq(),
                null,
                OffsetDateTime.now(clock));
        if (before.position() != null) {
            repository.shiftWaitlist(exhibition.id(), before.position() + 1, -1);
        }
        // the record of promotions holds hand placements too, so that one undo serves both
        repository.recordPromotion(exhibition.id(), applicationId, null, before, OffsetDateTime.now(clock));
        offers.voidAndPassOn(applicationId);
        audit.record(
                AuditEntity.APPLICATION,
                applicationId,
                "PLACE",
                "status=" + candidate.status(),
                "status=ASSIGNED, " + where(kioskId, slotId));
        draws.recordChange(exhibition, "PLACE", applicationId, where(kioskId, slotId));
        tellIfPublished(exhibition, applicationId);
        return id;
    }

    /** Locks or unlocks a placement: a re-run of the allocator keeps locked placements where they are. */
    @Transactional
    public void lock(long assignmentId, boolean locked) {
        HandChangeRepository.Seat seat = seat(assignmentId);
        Exhibition exhibition = changeable(seat.exhibitionId());
        repository.lock(assignmentId, locked);
        draws.recordChange(
                exhibition, locked ? "LOCK" : "UNLOCK", seat.applicationId(), where(seat.kioskId(), seat.slotId()));
        audit.record(
                AuditEntity.ASSIGNMENT,
                assignmentId,
                locked ? "LOCK" : "UNLOCK",
                null,
                where(seat.kioskId(), seat.slotId()));
    }

    /** The exhibition's waitlist promotions, newest first, with whether they were undone. */
    @Transactional(readOnly = true)
    public List<HandChangeRepository.Promotion> promotions(long exhibitionId) {
        exhibitions.get(exhibitionId);
        return repository.promotions(exhibitionId);
    }

    /**
     * Undoes an automatic promotion: the promoted group goes back to its place on the waitlist with its earlier
     * explanation, and its seat is free again for the officer to fill by hand. The group is told if it was told of
     * the promotion.
     */
    @Transactional
    public void undoPromotion(long exhibitionId, long promotionId) {
        HandChangeRepository.Promotion promotion = repository
                .promotion(promotionId)
                .filter(p -> p.exhibitionId() == exhibitionId)
                .orElseThrow(() -> new NotFoundException("allocation.error.noPromotion"));
        Exhibition exhibition = changeable(promotion.exhibitionId());
        if (promotion.undoneBy() != null) {
            throw new ConflictException("allocation.error.promotionUndone");
        }
        HandChangeRepository.Candidate candidate = candidate(promotion.applicationId());
        if (candidate.status() != ApplicationStatus.ASSIGNED) {
            throw new ConflictException("allocation.error.promotionGone");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.deleteSeatsOf(promotion.applicationId());
        Integer position = promotion.previousPosition();
        if (position != null) {
            repository.shiftWaitlist(exhibition.id(), position, 1);
        }
        repository.setOutcome(
                promotion.applicationId(),
                ApplicationStatus.WAITLISTED,
                promotion.previousCode(),
                promotion.previousValues(),
                position,
                now);
        repository.markUndone(promotionId, currentUser.actorName(), now);
        audit.record(
                AuditEntity.APPLICATION,
                promotion.applicationId(),
                "UNDO_PROMOTION",
                "status=ASSIGNED",
                "status=WAITLISTED, position " + position);
        draws.recordChange(exhibition, "UNDO_PROMOTION", promotion.applicationId(), null);
        tellIfPublished(exhibition, promotion.applicationId());
    }

    private Exhibition changeable(long exhibitionId) {
        exhibitions.requireManage(exhibitionId);
        allocations.lockExhibition(exhibitionId);
        Exhibition exhibition = exhibitions.get(exhibitionId); // read again under the lock
        if (!CHANGEABLE.contains(exhibition.status())) {
            throw new ConflictException("allocation.error.handChangeState");
        }
        return exhibition;
    }

    private void checkMove(HandChangeRepository.Seat seat, long kioskId, long slotId) {
        if (seat.kioskId() == kioskId && seat.slotId() == slotId) {
            throw new ConflictException("allocation.move.same");
        }
        keepsItsReportedDays(seat, slotId);
        check(candidate(seat.applicationId()), kioskId, slotId, Set.of(seat.applicationId()));
    }

    /**
     * A stand that has reported sales or been checked in during its slot stays in that slot: in another one its
     * reported days would no longer be its days, and would drop out of the officers' sales overview. A move to
     * another kiosk of the same slot is fine.
     */
    private void keepsItsReportedDays(HandChangeRepository.Seat seat, long slotId) {
        if (seat.slotId() != slotId && repository.reportedIn(seat.applicationId(), seat.slotId())) {
            throw new ConflictException(
                    "allocation.move.reported", candidate(seat.applicationId()).groupName());
        }
    }

    private void checkSwap(HandChangeRepository.Seat one, HandChangeRepository.Seat other) {
        if (one.exhibitionId() != other.exhibitionId() || one.id() == other.id()) {
            throw new NotFoundException("allocation.error.noAssignment");
        }
        if (one.kioskId() == other.kioskId() && one.slotId() == other.slotId()) {
            throw new ConflictException("allocation.move.same");
        }
        keepsItsReportedDays(one, other.slotId());
        keepsItsReportedDays(other, one.slotId());
        Set<Long> both = Set.of(one.applicationId(), other.applicationId());
        check(candidate(one.applicationId()), other.kioskId(), other.slotId(), both);
        check(candidate(other.applicationId()), one.kioskId(), one.slotId(), both);
    }

    private void checkPlace(long applicationId, long kioskId, long slotId) {
        HandChangeRepository.Candidate candidate = candidate(applicationId);
        if (candidate.status() != ApplicationStatus.WAITLISTED) {
            throw new ConflictException("allocation.move.notWaiting", candidate.groupName());
        }
        check(candidate, kioskId, slotId, Set.of());
    }

    /** The hard constraints for the candidate in this kiosk and slot; {@code leavingOut} have left their seats. */
    private void check(HandChangeRepository.Candidate candidate, long kioskId, long slotId, Set<Long> leavingOut) {
        Exhibition exhibition = exhibitions.get(candidate.exhibitionId());
        HandChangeRepository.Spot spot = repository
                .spot(kioskId)
                .filter(k -> k.venueId() == exhibition.venueId())
                .orElseThrow(() -> new NotFoundException("allocation.error.noKiosk"));
        HandChangeRepository.Period period = repository
                .period(slotId)
                .filter(s -> s.exhibitionId() == exhibition.id())
                .orElseThrow(() -> new NotFoundException("allocation.error.noSlot"));
        String group = candidate.groupName();
        String slot = Formats.number(period.seq());
        if (!candidate.preferences().contains(slotId)) {
            throw new ConflictException("allocation.move.notChosen", group, slot);
        }
        if (candidate.needsElectricity() && !spot.electricity()) {
            throw new ConflictException("allocation.move.noElectricity", group, spot.code());
        }
        if (candidate.needsFood() && !spot.foodAllowed()) {
            throw new ConflictException("allocation.move.noFood", group, spot.code());
        }
        int capacity = AllocationService.placesPerSlot(venues.get(exhibition.venueId()), exhibition, spot.capacity());
        if (repository.occupied(kioskId, slotId, leavingOut) >= capacity) {
            throw new ConflictException("allocation.move.full", spot.code(), slot, Formats.number(capacity));
        }
        Optional<String> elsewhere = repository.elsewhere(candidate.groupId(), period, LocalizedName.bengaliScreen());
        if (elsewhere.isPresent()) {
            throw new ConflictException("allocation.move.busy", group, elsewhere.get());
        }
    }

    private void tellIfPublished(Exhibition exhibition, long applicationId) {
        if (exhibition.status().compareTo(ExhibitionStatus.PUBLISHED) >= 0) {
            allocations
                    .outcome(applicationId)
                    .ifPresent(outcome -> messages.send(exhibition, venues.publicView(exhibition.venueId()), outcome));
        }
    }

    private HandChangeRepository.Seat seat(long assignmentId) {
        return repository.seat(assignmentId).orElseThrow(() -> new NotFoundException("allocation.error.noAssignment"));
    }

    private HandChangeRepository.Candidate candidate(long applicationId) {
        return repository
                .candidate(applicationId)
                .orElseThrow(() -> new NotFoundException("allocation.error.noApplication"));
    }

    private String where(long kioskId, long slotId) {
        return "kiosk "
                + repository.spot(kioskId).map(HandChangeRepository.Spot::code).orElse("?") + ", slot "
                + repository
                        .period(slotId)
                        .map(HandChangeRepository.Period::seq)
                        .orElse(0);
    }

    private static Optional<ConflictException> refusal(Runnable check) {
        try {
            check.run();
            return Optional.empty();
        } catch (ConflictException e) {
            return Optional.of(e);
        } catch (NotFoundException e) {
            return Optional.of(new ConflictException(e.getMessage()));
        }
    }
}
