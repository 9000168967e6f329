package app.haat.allocation;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionService;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.exhibition.StallOffers;
import app.haat.group.GroupService;
import app.haat.venue.VenueService;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The waitlist asks before it seats. A freed seat is offered to the first eligible waitlisted group, which accepts or
 * declines before a deadline: the exhibition's reply hours, and never later than {@code latestHoursBeforeSlot} before
 * the slot opens. Only an accepted offer takes the seat (and is recorded as a promotion that the officer can undo); a
 * declined or expired offer passes the seat to the next group and counts against nobody. While an offer is open its
 * seat counts as taken for hand changes. Every step runs under the exhibition's row lock.
 */
@Service
public class WaitlistOfferService implements StallOffers {

    /** Slots are days; a mall opens its doors at about this hour, which is what "before the slot starts" means. */
    static final LocalTime SLOT_OPENS = LocalTime.of(10, 0);

    /** An offer the group could not answer in this long is not worth sending: the seat stays for the officer. */
    static final int MIN_MINUTES_TO_ANSWER = 30;

    private final OfferRepository offers;
    private final AllocationRepository allocations;
    private final HandChangeRepository handChanges;
    private final ExhibitionService exhibitions;
    private final VenueService venues;
    private final GroupService groups;
    private final DrawService draws;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final OfferNotices notices;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int latestHoursBeforeSlot;

    WaitlistOfferService(
            OfferRepository offers,
            AllocationRepository allocations,
            HandChangeRepository handChanges,
            ExhibitionService exhibitions,
            VenueService venues,
            GroupService groups,
            DrawService draws,
            AuditService audit,
            CurrentUser currentUser,
            OfferNotices notices,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${haat.offers.latest-hours-before-slot:6}") int latestHoursBeforeSlot) {
        this.offers = offers;
        this.allocations = allocations;
        this.handChanges = handChanges;
        this.exhibitions = exhibitions;
        this.venues = venues;
        this.groups = groups;
        this.draws = draws;
        this.audit = audit;
        this.currentUser = currentUser;
        this.notices = notices;
        this.transactions = transactions;
        this.clock = clock;
        this.latestHoursBeforeSlot = latestHoursBeforeSlot;
    }

    /** The exhibition's offers, newest first, for its officers. */
    @Transactional(readOnly = true)
    public List<WaitlistOffer> offers(long exhibitionId) {
        exhibitions.requireManage(exhibitionId);
        return offers.ofExhibition(exhibitionId);
    }

    /** The signed-in group's offers, open ones first. */
    @Transactional(readOnly = true)
    public List<WaitlistOffer> mine() {
        currentUser.requireRole(Role.SHG);
        return offers.ofGroup(groups.mine().id());
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenOffer> openForMe() {
        OffsetDateTime now = now();
        return mine().stream()
                .filter(o -> o.answerableAt(now))
                .sorted(Comparator.comparing(WaitlistOffer::expiresAt))
                .map(o -> new OpenOffer(
                        o.id(),
                        o.exhibitionId(),
                        new LocalizedName(o.exhibitionTitle(), o.exhibitionTitleBn()),
                        o.kioskCode(),
                        o.slotSeq(),
                        o.slotStartsOn(),
                        o.slotEndsOn(),
                        o.expiresAt()))
                .toList();
    }

    @Override
    @Transactional
    public void acceptOffer(long offerId) {
        accept(offerId);
    }

    @Override
    @Transactional
    public void declineOffer(long offerId) {
        decline(offerId);
    }

    @Transactional(readOnly = true)
    public OfferRule rule(long exhibitionId) {
        exhibitions.requireManage(exhibitionId);
        return offers.rule(exhibitionId);
    }

    /** Sets how long groups have to answer and whether assigned groups confirm; audited. */
    @Transactional
    public OfferRule setRule(long exhibitionId, OfferRule rule) {
        exhibitions.requireManage(exhibitionId);
        if (rule.replyHours() < OfferRule.MIN_REPLY_HOURS || rule.replyHours() > OfferRule.MAX_REPLY_HOURS) {
            throw new ValidationException("offer.error.replyHours");
        }
        Integer days = rule.confirmDays();
        if (days != null && (days < OfferRule.MIN_CONFIRM_DAYS || days > OfferRule.MAX_CONFIRM_DAYS)) {
            throw new ValidationException("offer.error.confirmDays");
        }
        OfferRule before = offers.rule(exhibitionId);
        offers.saveRule(exhibitionId, rule, currentUser.actorName(), now());
        audit.record(AuditEntity.EXHIBITION, exhibitionId, "OFFER_RULE", before.toString(), rule.toString());
        return rule;
    }

    /**
     * An officer offers a free seat (one freed by a hand change, or left free because it was too late to ask) to the
     * first eligible waitlisted group. Answers the offer.
     */
    @Transactional
    public WaitlistOffer offerFreeSeat(long exhibitionId, long kioskId, long slotId) {
        exhibitions.requireManage(exhibitionId);
        allocations.lockExhibition(exhibitionId);
        Exhibition exhibition = exhibitions.get(exhibitionId);
        if (exhibition.status().compareTo(ExhibitionStatus.ALLOCATED) < 0
                || exhibition.status() == ExhibitionStatus.FINISHED) {
            throw new ConflictException("offer.error.notAllocated");
        }
        HandChangeRepository.Spot spot = handChanges
                .spot(kioskId)
                .filter(k -> k.venueId() == exhibition.venueId())
                .orElseThrow(() -> new NotFoundException("allocation.error.noKiosk"));
        HandChangeRepository.Period period = handChanges
                .period(slotId)
                .filter(s -> s.exhibitionId() == exhibitionId)
                .orElseThrow(() -> new NotFoundException("allocation.error.noSlot"));
        int capacity = capacity(exhibition, spot);
        if (handChanges.occupied(kioskId, slotId, List.of()) >= capacity) {
            throw new ConflictException(
                    "allocation.move.full", spot.code(), Formats.number(period.seq()), Formats.number(capacity));
        }
        if (deadline(exhibition, period).isBefore(now().plusMinutes(MIN_MINUTES_TO_ANSWER))) {
            throw new ConflictException("offer.error.tooLate");
        }
        long id = offerSeat(exhibition, kioskId, slotId, null)
                .orElseThrow(() -> new ConflictException("offer.error.nobody"));
        return offers.find(id).orElseThrow();
    }

    /** The group takes the seat: it is assigned, gets its letter, and leaves the waitlist. */
    @Transactional
    public WaitlistOffer accept(long offerId) {
        WaitlistOffer offer = answerable(offerId);
        Exhibition exhibition = exhibitions.find(offer.exhibitionId());
        OffsetDateTime now = now();
        HandChangeRepository.Spot spot = handChanges.spot(offer.kioskId()).orElseThrow();
        if (handChanges.occupied(offer.kioskId(), offer.slotId(), List.of(offer.applicationId()))
                >= capacity(exhibition, spot)) {
            // the officer filled the seat meanwhile (the board counts open offers, so only by an undo or a re-run)
            throw new ConflictException("offer.error.seatGone");
        }
        HandChangeRepository.Standing before = handChanges.standing(offer.applicationId());
        offers.close(offerId, OfferStatus.ACCEPTED, now);
        allocations.promote(
                offer.exhibitionId(),
                offer.applicationId(),
                offer.kioskId(),
                offer.slotId(),
                handChanges.freeSeat(offer.kioskId(), offer.slotId()),
                now);
        if (before.position() != null) {
            handChanges.shiftWaitlist(offer.exhibitionId(), before.position() + 1, -1);
        }
        handChanges.recordPromotion(offer.exhibitionId(), offer.applicationId(), freedBy(offer), before, now);
        audit.record(
                AuditEntity.APPLICATION,
                offer.applicationId(),
                "ACCEPT_OFFER",
                "status=WAITLISTED",
                "status=ASSIGNED, " + where(offer));
        draws.recordChange(exhibition, "PROMOTE", offer.applicationId(), "offer accepted, " + where(offer));
        allocations
                .outcome(offer.applicationId())
                .ifPresent(outcome -> notices.assigned(exhibition, venues.publicView(exhibition.venueId()), outcome));
        return offers.find(offerId).orElseThrow();
    }

    /** The group cannot come: the seat goes to the next group. Declining counts against nobody. */
    @Transactional
    public WaitlistOffer decline(long offerId) {
        WaitlistOffer offer = answerable(offerId);
        offers.close(offerId, OfferStatus.DECLINED, now());
        audit.record(AuditEntity.APPLICATION, offer.applicationId(), "DECLINE_OFFER", null, where(offer));
        Exhibition exhibition = exhibitions.find(offer.exhibitionId());
        draws.recordChange(exhibition, "DECLINE_OFFER", offer.applicationId(), where(offer));
        offerSeat(exhibition, offer.kioskId(), offer.slotId(), freedBy(offer));
        return offers.find(offerId).orElseThrow();
    }

    /**
     * Expires the open offers whose deadline has passed and passes each seat on, one offer per transaction. Safe to
     * run twice or on two nodes at once: an offer is closed only while it is still open. Answers how many expired.
     */
    public int expireDue() {
        int expired = 0;
        for (WaitlistOffer due : offers.due(now())) {
            Boolean done = transactions.execute(status -> {
                allocations.lockExhibition(due.exhibitionId());
                if (!offers.close(due.id(), OfferStatus.EXPIRED, now())) {
                    return false;
                }
                audit.record(AuditEntity.APPLICATION, due.applicationId(), "EXPIRE_OFFER", null, where(due));
                Exhibition exhibition = exhibitions.find(due.exhibitionId());
                draws.recordChange(exhibition, "EXPIRE_OFFER", due.applicationId(), where(due));
                offerSeat(exhibition, due.kioskId(), due.slotId(), freedBy(due));
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                expired++;
            }
        }
        return expired;
    }

    /**
     * Offers the seat to the first eligible waitlisted group, in the caller's transaction and under its exhibition
     * lock; answers the offer's id, or nothing when nobody may take it or it is too late to ask (the seat then stays
     * free for the officer).
     */
    Optional<Long> offerSeat(Exhibition exhibition, long kioskId, long slotId, @Nullable Long freedBy) {
        Optional<Long> next = allocations.firstEligibleWaiting(exhibition.id(), kioskId, slotId);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        OffsetDateTime deadline =
                deadline(exhibition, handChanges.period(slotId).orElseThrow());
        if (deadline.isBefore(now.plusMinutes(MIN_MINUTES_TO_ANSWER))) {
            return Optional.empty();
        }
        long id = offers.insert(exhibition.id(), next.get(), kioskId, slotId, freedBy, now, deadline);
        WaitlistOffer offer = offers.find(id).orElseThrow();
        audit.record(
                AuditEntity.APPLICATION,
                offer.applicationId(),
                "OFFER",
                null,
                where(offer) + ", answer by " + deadline);
        draws.recordChange(exhibition, "OFFER", offer.applicationId(), where(offer));
        notices.offered(offer, venues.publicView(exhibition.venueId()).venue());
        return Optional.of(id);
    }

    /** The rule's hours to answer from now, but never later than the set hours before the slot opens. */
    private OffsetDateTime deadline(Exhibition exhibition, HandChangeRepository.Period period) {
        OffsetDateTime latest = period.startsOn()
                .atTime(SLOT_OPENS)
                .atZone(Formats.INDIA)
                .toOffsetDateTime()
                .minusHours(latestHoursBeforeSlot);
        OffsetDateTime byRule = now().plusHours(offers.rule(exhibition.id()).replyHours());
        return byRule.isBefore(latest) ? byRule : latest;
    }

    /**
     * The application left the waitlist another way (withdrawn, placed by hand, rejected): its open offer is void and
     * the seat goes to the next group.
     */
    void voidAndPassOn(long applicationId) {
        for (WaitlistOffer offer : offers.ofApplicationOpen(applicationId)) {
            if (offers.close(offer.id(), OfferStatus.VOID, now())) {
                offerSeat(exhibitions.find(offer.exhibitionId()), offer.kioskId(), offer.slotId(), freedBy(offer));
            }
        }
    }

    /** A re-run of the draw places everyone afresh: the open offers of the earlier placements are void. */
    void voidAll(long exhibitionId) {
        for (WaitlistOffer offer : offers.open(exhibitionId)) {
            offers.close(offer.id(), OfferStatus.VOID, now());
        }
    }

    /** Only the offered group answers, only while the offer is open and before its deadline; under the lock. */
    private WaitlistOffer answerable(long offerId) {
        currentUser.requireRole(Role.SHG);
        long mine = groups.mine().id();
        WaitlistOffer seen = offers.find(offerId)
                .filter(o -> o.groupId() == mine)
                .orElseThrow(() -> new NotFoundException("offer.error.notFound"));
        allocations.lockExhibition(seen.exhibitionId());
        WaitlistOffer offer = offers.find(offerId).orElseThrow(); // again under the lock: one answer wins
        if (offer.status() == OfferStatus.EXPIRED || offer.status() == OfferStatus.OPEN && !offer.answerableAt(now())) {
            throw new ConflictException("offer.error.expired");
        }
        if (offer.status() != OfferStatus.OPEN) {
            throw new ConflictException("offer.error.answered");
        }
        if (allocations
                .outcome(offer.applicationId())
                .map(o -> o.status() != ApplicationStatus.WAITLISTED)
                .orElse(true)) {
            throw new ConflictException("offer.error.answered");
        }
        return offer;
    }

    private int capacity(Exhibition exhibition, HandChangeRepository.Spot spot) {
        return AllocationService.placesPerSlot(
                venues.publicView(exhibition.venueId()).venue(), exhibition, spot.capacity());
    }

    private @Nullable Long freedBy(WaitlistOffer offer) {
        return offers.freedBy(offer.id());
    }

    private static String where(WaitlistOffer offer) {
        return "kiosk " + offer.kioskCode() + ", slot " + offer.slotSeq();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
