package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.CHECK_IN;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static app.haat.db.Tables.WAITLIST_OFFER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.mail.MessageType;
import app.haat.support.AtTheSameInstant;
import app.haat.support.IntegrationTest;
import app.haat.support.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * The waitlist asks before it seats: offers, answers, deadlines and their expiry on a clock the test moves. This
 * context's dispatchers stay idle and its clock returns to the real time after each test: the outbox is shared with
 * the other test contexts, and a dispatcher whose clock is days ahead would fail their one-time codes as expired.
 */
@TestPropertySource(
        properties = {
            "haat.offers.expiry-initial-delay=PT10H",
            "haat.mail.poll-interval=PT10H",
            "haat.sms.poll-interval=PT10H"
        })
class WaitlistOfferServiceTest extends IntegrationTest {

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock();
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    Clock portalClock;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    HandChangeService handChanges;

    @Autowired
    WaitlistOfferService offers;

    @Autowired
    OfferSteps steps;

    @Autowired
    AttendanceConfirmationService confirmations;

    @Autowired
    DSLContext dsl;

    private String officer;
    private long exhibition;
    private LocalDate starts;

    /**
     * The expiry job looks at every open offer in the database: those another test left open are void first, so
     * that each test counts its own.
     */
    @AfterEach
    void backToTheRealTime() {
        clock.set(java.time.Instant.now());
    }

    @BeforeEach
    void noOfferLeftOpen() {
        dsl.update(WAITLIST_OFFER)
                .set(WAITLIST_OFFER.STATUS, OfferStatus.VOID)
                .set(WAITLIST_OFFER.ANSWERED_AT, OffsetDateTime.now())
                .setNull(WAITLIST_OFFER.OPEN_APPLICATION_ID)
                .where(WAITLIST_OFFER.STATUS.eq(OfferStatus.OPEN))
                .execute();
    }

    @Test
    void aFreedSeatIsOfferedInTurnAndTakenOnlyWhenAccepted() throws Exception {
        assertThat(portalClock).as("the portal runs on the test's clock").isSameAs(clock);
        publishedWithAWaitlist("Offer fair", 60);
        List<Application> waiting = waiting();
        assertThat(waiting).hasSize(3);
        AssignmentRow leaving = allocation().getFirst();

        // an assigned group withdraws: nobody takes the seat yet, the first on the waitlist is asked
        fx.accounts.as(officer, () -> applications.withdraw(leaving.applicationId()));
        assertThat(allocation()).hasSize(1);
        WaitlistOffer first = steps.theOpenOffer(exhibition);
        assertThat(first.applicationId()).isEqualTo(waiting.get(0).id());
        assertThat(first.kioskId()).isEqualTo(leaving.kioskId());
        assertThat(first.expiresAt().toInstant()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(messages(waiting.get(0).groupId(), MessageType.WAITLIST_OFFER))
                .isEqualTo(1);
        // while it waits for the answer, the seat is not free for a hand placement
        assertThat(refusal(() -> fx.accounts.as(
                        officer,
                        () -> handChanges.place(exhibition, waiting.get(1).id(), leaving.kioskId(), leaving.slotId()))))
                .isEqualTo("allocation.move.full");
        // nobody else answers it: another group, an officer
        String otherGroup = steps.groupAccount(first.id()).equals(groupOf(waiting.get(1)))
                ? groupOf(waiting.get(2))
                : groupOf(waiting.get(1));
        assertThatThrownBy(() -> fx.accounts.as(otherGroup, () -> offers.accept(first.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> offers.accept(first.id())))
                .isInstanceOf(AccessDeniedException.class);

        // the first declines: the next is asked; the one who declined stays on the waitlist and is not asked again
        WaitlistOffer declined = steps.declineTheOpenOffer(exhibition);
        assertThat(declined.status()).isEqualTo(OfferStatus.DECLINED);
        WaitlistOffer second = steps.theOpenOffer(exhibition);
        assertThat(second.applicationId()).isEqualTo(waiting.get(1).id());
        assertThat(status(waiting.get(0).id())).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(refusal(() -> fx.accounts.as(steps.groupAccount(first.id()), () -> offers.decline(first.id()))))
                .isEqualTo("offer.error.answered");

        // the second does not answer: a minute past the deadline the job expires it, once, and asks the third
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        String secondGroup = steps.groupAccount(second.id());
        assertThat(refusal(() -> fx.accounts.as(secondGroup, () -> offers.accept(second.id()))))
                .isEqualTo("offer.error.expired");
        assertThat(offers.expireDue()).isEqualTo(1);
        assertThat(offers.expireDue()).isZero();
        assertThat(refusal(() -> fx.accounts.as(secondGroup, () -> offers.accept(second.id()))))
                .isEqualTo("offer.error.expired");
        WaitlistOffer third = steps.theOpenOffer(exhibition);
        assertThat(third.applicationId()).isEqualTo(waiting.get(2).id());

        // the third accepts (twice at the same instant, a double tap: one answer counts) and gets its letter
        String thirdGroup = steps.groupAccount(third.id());
        assertThat(AtTheSameInstant.successes(2, () -> fx.accounts.as(thirdGroup, () -> offers.accept(third.id()))))
                .isEqualTo(1);
        assertThat(status(waiting.get(2).id())).isEqualTo(ApplicationStatus.ASSIGNED);
        assertThat(allocation()).hasSize(2);
        assertThat(messages(waiting.get(2).groupId(), MessageType.WAITLIST_PROMOTION))
                .isEqualTo(1);
        // the record of promotions holds it, and its undo puts the group back on the waitlist
        var promotions = fx.accounts.as(officer, () -> handChanges.promotions(exhibition));
        assertThat(promotions).hasSize(1);
        assertThat(promotions.getFirst().applicationId())
                .isEqualTo(waiting.get(2).id());

        // the officers see every offer with its outcome; an officer of another place sees none
        assertThat(fx.accounts.as(officer, () -> offers.offers(exhibition)))
                .extracting(WaitlistOffer::status)
                .containsExactly(OfferStatus.ACCEPTED, OfferStatus.EXPIRED, OfferStatus.DECLINED);
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Medinipur")));
        assertThatThrownBy(() -> fx.accounts.as(stranger, () -> offers.offers(exhibition)))
                .isInstanceOf(AccessDeniedException.class);
        // declining and letting an offer expire count against nobody: no absence is recorded
        assertThat(dsl.fetchCount(
                        CHECK_IN,
                        CHECK_IN.APPLICATION_ID.in(
                                waiting.get(0).id(), waiting.get(1).id())))
                .isZero();
    }

    @Test
    void theDeadlineIsNeverLaterThanSixHoursBeforeTheSlotAndTooLateMeansNoOffer() {
        publishedWithAWaitlist("Late offer fair", 45);
        List<AssignmentRow> seated = allocation();

        // two days before the slot, with a week to answer by the rule: the deadline is 04:00 India time on the day
        fx.accounts.as(officer, () -> offers.setRule(exhibition, new OfferRule(168, null)));
        clock.set(starts.minusDays(2).atTime(12, 0).atZone(Formats.INDIA).toInstant());
        fx.accounts.as(officer, () -> applications.withdraw(seated.get(0).applicationId()));
        WaitlistOffer offer = steps.theOpenOffer(exhibition);
        assertThat(offer.expiresAt().toInstant())
                .isEqualTo(starts.atTime(4, 0).atZone(Formats.INDIA).toInstant());

        // three hours before opening, a freed seat is not offered: it stays free for the officer
        clock.set(starts.atTime(7, 0).atZone(Formats.INDIA).toInstant());
        assertThat(offers.expireDue()).isEqualTo(1);
        assertThat(fx.accounts.as(officer, () -> offers.offers(exhibition)))
                .noneMatch(o -> o.status() == OfferStatus.OPEN);
        assertThat(refusal(() -> fx.accounts.as(
                        officer, () -> offers.offerFreeSeat(exhibition, offer.kioskId(), offer.slotId()))))
                .isEqualTo("offer.error.tooLate");
    }

    @Test
    void theRuleIsCheckedAndAnOfficerOffersAFreeSeat() {
        publishedWithAWaitlist("Rule fair", 70);
        for (int hours : new int[] {0, 169}) {
            assertThatThrownBy(() -> fx.accounts.as(officer, () -> offers.setRule(exhibition, new OfferRule(hours, 2))))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("offer.error.replyHours");
        }
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> offers.setRule(exhibition, new OfferRule(12, 15))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("offer.error.confirmDays");
        fx.accounts.as(officer, () -> offers.setRule(exhibition, new OfferRule(12, null)));
        assertThat(fx.accounts.as(officer, () -> offers.rule(exhibition))).isEqualTo(new OfferRule(12, null));

        // a full kiosk cannot be offered; a seat freed by undoing a promotion can, with the rule's 12 hours
        AssignmentRow seat = allocation().getFirst();
        assertThat(refusal(() ->
                        fx.accounts.as(officer, () -> offers.offerFreeSeat(exhibition, seat.kioskId(), seat.slotId()))))
                .isEqualTo("allocation.move.full");
        fx.accounts.as(officer, () -> applications.withdraw(seat.applicationId()));
        steps.acceptTheOpenOffer(exhibition);
        long promotion = fx.accounts
                .as(officer, () -> handChanges.promotions(exhibition))
                .getFirst()
                .id();
        fx.accounts.as(officer, () -> handChanges.undoPromotion(exhibition, promotion));
        assertThat(allocation()).hasSize(1);
        WaitlistOffer offered =
                fx.accounts.as(officer, () -> offers.offerFreeSeat(exhibition, seat.kioskId(), seat.slotId()));
        assertThat(offered.status()).isEqualTo(OfferStatus.OPEN);
        assertThat(offered.expiresAt().toInstant()).isEqualTo(clock.instant().plus(Duration.ofHours(12)));
        // the group it went to had not declined this slot: the one that took and lost it by the undo is asked again
        assertThat(offered.applicationId()).isEqualTo(waitingAt(1));
    }

    @Test
    void assignedGroupsAreAskedOnceToConfirmAndAnUnconfirmedSeatCanBeReleasedToTheWaitlist() {
        publishedWithAWaitlist("Confirm fair", 50);
        fx.accounts.as(officer, () -> offers.setRule(exhibition, new OfferRule(24, 3)));
        List<AssignmentRow> seated = allocation();
        String first = groupOf(seated.get(0).applicationId());
        String second = groupOf(seated.get(1).applicationId());

        // a week before: nobody is asked yet, nothing to release
        clock.set(starts.minusDays(7).atTime(9, 0).atZone(Formats.INDIA).toInstant());
        assertThat(confirmations.askDue()).isZero();
        assertThat(fx.accounts.as(first, () -> confirmations.awaitingMine())).isEmpty();
        assertThat(refusal(() -> fx.accounts.as(
                        officer,
                        () -> confirmations.release(exhibition, seated.get(1).applicationId()))))
                .isEqualTo("confirm.error.notAsked");

        // three days before: each assigned group is asked once, whatever the job does
        clock.set(starts.minusDays(3).atTime(9, 0).atZone(Formats.INDIA).toInstant());
        assertThat(confirmations.askDue()).isEqualTo(2);
        assertThat(confirmations.askDue()).isZero();
        assertThat(messages(groupIdOf(seated.get(0).applicationId()), MessageType.ATTENDANCE_CONFIRM))
                .isEqualTo(1);
        assertThat(fx.accounts.as(first, () -> confirmations.awaitingMine()))
                .containsExactly(seated.get(0).applicationId());

        // the first confirms (not someone else's stall); the second does not
        assertThatThrownBy(() -> fx.accounts.as(
                        second, () -> confirmations.confirm(seated.get(0).applicationId())))
                .isInstanceOf(NotFoundException.class);
        fx.accounts.as(first, () -> confirmations.confirm(seated.get(0).applicationId()));
        assertThat(fx.accounts.as(first, () -> confirmations.awaitingMine())).isEmpty();
        assertThat(fx.accounts.as(officer, () -> confirmations.unconfirmed(exhibition)))
                .extracting(ConfirmationRepository.Stand::applicationId)
                .containsExactly(seated.get(1).applicationId());
        assertThat(refusal(() -> fx.accounts.as(
                        officer,
                        () -> confirmations.release(exhibition, seated.get(0).applicationId()))))
                .isEqualTo("confirm.error.confirmed");
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Medinipur")));
        assertThatThrownBy(() -> fx.accounts.as(
                        stranger,
                        () -> confirmations.release(exhibition, seated.get(1).applicationId())))
                .isInstanceOf(AccessDeniedException.class);

        // the officer releases the second: withdrawn with the reason in its language, told, seat offered, no absence
        List<Application> waiting = waiting();
        long released = groupIdOf(seated.get(1).applicationId());
        int messagesBeforeRelease = messages(released, MessageType.APPLICATION_STATUS);
        fx.accounts.as(
                officer, () -> confirmations.release(exhibition, seated.get(1).applicationId()));
        assertThat(status(seated.get(1).applicationId())).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(dsl.select(APPLICATION.REASON)
                        .from(APPLICATION)
                        .where(APPLICATION.ID.eq(seated.get(1).applicationId()))
                        .fetchSingle(APPLICATION.REASON))
                .contains("পৌরসভা");
        assertThat(messages(released, MessageType.APPLICATION_STATUS)).isGreaterThan(messagesBeforeRelease);
        assertThat(steps.theOpenOffer(exhibition).applicationId())
                .isEqualTo(waiting.getFirst().id());
        assertThat(dsl.fetchCount(
                        CHECK_IN, CHECK_IN.APPLICATION_ID.eq(seated.get(1).applicationId())))
                .isZero();
    }

    /** One mall of two kiosks, one slot, one group a kiosk: five groups apply, two are seated, three wait. */
    private void publishedWithAWaitlist(String title, int daysAhead) {
        clock.set(java.time.Instant.now());
        long bally = fx.municipality("Bally");
        officer = fx.accounts.officer(Set.of(bally));
        starts = ExhibitionFixtures.mondayAhead(daysAhead);
        exhibition = steps.publishedWithAWaitlist(officer, bally, title, starts);
    }

    private List<Application> waiting() {
        return steps.waiting(officer, exhibition);
    }

    private long waitingAt(int position) {
        return waiting().stream()
                .filter(a -> a.waitlistPosition() == position)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private List<AssignmentRow> allocation() {
        return fx.accounts.as(officer, () -> allocation.assignments(exhibition));
    }

    private ApplicationStatus status(long applicationId) {
        return dsl.select(APPLICATION.STATUS)
                .from(APPLICATION)
                .where(APPLICATION.ID.eq(applicationId))
                .fetchSingle(APPLICATION.STATUS);
    }

    private String groupOf(Application application) {
        return groupOf(application.id());
    }

    private long groupIdOf(long applicationId) {
        return dsl.select(APPLICATION.GROUP_ID)
                .from(APPLICATION)
                .where(APPLICATION.ID.eq(applicationId))
                .fetchSingle(APPLICATION.GROUP_ID);
    }

    /** The sign-in name of the application's group. */
    private String groupOf(long applicationId) {
        return dsl.select(app.haat.db.Tables.APP_USER.USERNAME)
                .from(app.haat.db.Tables.APP_USER)
                .join(APPLICATION)
                .on(APPLICATION.GROUP_ID.eq(app.haat.db.Tables.APP_USER.GROUP_ID))
                .where(APPLICATION.ID.eq(applicationId))
                .limit(1)
                .fetchSingle(app.haat.db.Tables.APP_USER.USERNAME);
    }

    private int messages(long groupId, MessageType type) {
        return dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.GROUP_ID.eq(groupId).and(MAIL_OUTBOX.MESSAGE_TYPE.eq(type)));
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
            return "no refusal";
        } catch (ConflictException | ValidationException | NotFoundException e) {
            return e.getMessage();
        }
    }
}
