package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.ExhibitionPostponement;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.exhibition.Slot;
import app.haat.exhibition.SlotLength;
import app.haat.mail.MessageType;
import app.haat.support.AtTheSameInstant;
import app.haat.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Moving an exhibition's dates: slots by position, placements of lost slots back on the waitlist, groups told. */
class ExhibitionPostponementTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    OfferSteps steps;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    ExhibitionPostponement postponement;

    @Autowired
    DSLContext dsl;

    @Test
    void aPublishedExhibitionMovesOnceItsAssignedGroupsGetNewLettersAndItNeverLandsOnAnother() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        String second = fx.accounts.officer(Set.of(bally));
        LocalDate starts = ExhibitionFixtures.mondayAhead(140);
        long exhibition = steps.publishedWithAWaitlist(officer, bally, "Moving fair", starts);
        long venue = venueOf(exhibition);
        LocalDate later = starts.plusDays(28);
        // another exhibition holds the venue four weeks on
        long other = fx.openExhibition(officer, venue, "Next fair", later, 5, SlotLength.WHOLE, 1);

        assertThatThrownBy(() -> fx.accounts.as(
                        officer,
                        () -> postponement.postpone(exhibition, version(exhibition), later, later.plusDays(4))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("exhibition.error.overlap");
        assertThatThrownBy(() -> fx.accounts.as(
                        officer,
                        () -> postponement.postpone(
                                exhibition, version(exhibition), LocalDate.now().minusDays(1), starts)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("exhibition.postpone.error.past");
        assertThatThrownBy(() -> fx.accounts.as(
                        officer,
                        () -> postponement.postpone(exhibition, version(exhibition), starts, starts.plusDays(4))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("exhibition.postpone.error.same");
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Medinipur")));
        assertThatThrownBy(() -> fx.accounts.as(
                        stranger,
                        () -> postponement.postpone(
                                exhibition, version(exhibition), starts.plusDays(7), starts.plusDays(11))))
                .isInstanceOf(AccessDeniedException.class);

        // two officers at once: one moves it a week on, the other is refused
        int seen = version(exhibition);
        int lettersBefore = messages(exhibition, MessageType.EXHIBITION_POSTPONED);
        assertThat(AtTheSameInstant.successes(2, () -> {
                    String who = Thread.currentThread().getName().hashCode() % 2 == 0 ? officer : second;
                    return fx.accounts.as(
                            who,
                            () -> postponement.postpone(exhibition, seen, starts.plusDays(7), starts.plusDays(11)));
                }))
                .isEqualTo(1);
        List<Slot> slots = fx.accounts.as(officer, () -> fx.exhibitions.slots(exhibition));
        assertThat(slots).hasSize(1);
        assertThat(slots.getFirst().startsOn()).isEqualTo(starts.plusDays(7));
        assertThat(fx.accounts.as(officer, () -> allocation.assignments(exhibition)))
                .hasSize(2);
        // each assigned group gets its new letter, with the calendar entry's sequence raised
        assertThat(messages(exhibition, MessageType.EXHIBITION_POSTPONED) - lettersBefore)
                .isEqualTo(2);
        assertThat(dsl.select(MAIL_OUTBOX.MODEL)
                        .from(MAIL_OUTBOX)
                        .where(MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.EXHIBITION_POSTPONED))
                        .orderBy(MAIL_OUTBOX.ID.desc())
                        .limit(1)
                        .fetchSingle(MAIL_OUTBOX.MODEL))
                .contains("\"eventSequence\":" + version(exhibition))
                .contains("\"eventUid\":\"assignment-");
        assertThat(other).isNotEqualTo(exhibition);
    }

    @Test
    void fewerSlotsPutTheLostSlotsPlacementsBackOnTheWaitlistForTheOfficer() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        LocalDate starts = ExhibitionFixtures.mondayAhead(160);
        long exhibition = steps.publishedInWeeks(officer, bally, "Two weeks fair", starts, 0, 1);
        List<Slot> weeks = fx.accounts.as(officer, () -> fx.exhibitions.slots(exhibition));
        assertThat(weeks).hasSize(2);
        long inSecondWeek = fx.accounts.as(officer, () -> allocation.assignments(exhibition)).stream()
                .filter(r -> r.slotId() == weeks.get(1).id())
                .findFirst()
                .orElseThrow()
                .applicationId();

        // one week instead of two: the second week's group goes back on the waitlist and is told
        ExhibitionPostponement.Moved result = fx.accounts.as(
                officer,
                () -> postponement.postpone(exhibition, version(exhibition), starts.plusDays(21), starts.plusDays(27)));
        assertThat(result.slotsBefore()).isEqualTo(2);
        assertThat(result.slotsAfter()).isEqualTo(1);
        assertThat(result.displaced()).containsExactly(inSecondWeek);
        assertThat(fx.accounts.as(officer, () -> fx.exhibitions.slots(exhibition)))
                .extracting(Slot::id)
                .containsExactly(weeks.get(0).id());
        assertThat(dsl.select(APPLICATION.STATUS, APPLICATION.EXPLANATION_CODE)
                        .from(APPLICATION)
                        .where(APPLICATION.ID.eq(inSecondWeek))
                        .fetchSingle()
                        .into(Object[].class))
                .containsExactly(ApplicationStatus.WAITLISTED, "slotRemoved");
        assertThat(fx.accounts.as(officer, () -> allocation.assignments(exhibition)))
                .hasSize(1);
        assertThat(fx.accounts.as(officer, () -> fx.exhibitions.get(exhibition).status()))
                .isEqualTo(ExhibitionStatus.PUBLISHED);
    }

    @Test
    void aGroupThatStandsElsewhereOnTheNewDatesGoesBackOnTheWaitlist() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "JUTE");
        LocalDate first = ExhibitionFixtures.mondayAhead(180);
        LocalDate second = first.plusDays(14);
        long here = placedAlone(officer, bally, group, "Here fair", first);
        long there = placedAlone(officer, bally, group, "There fair", second);
        long application = fx.accounts
                .as(officer, () -> allocation.assignments(there))
                .getFirst()
                .applicationId();

        // "there" moves onto the days the group stands "here": its place there goes back on the waitlist
        ExhibitionPostponement.Moved result =
                fx.accounts.as(officer, () -> postponement.postpone(there, version(there), first, first.plusDays(4)));
        assertThat(result.displaced()).containsExactly(application);
        assertThat(dsl.select(APPLICATION.STATUS, APPLICATION.EXPLANATION_CODE)
                        .from(APPLICATION)
                        .where(APPLICATION.ID.eq(application))
                        .fetchSingle()
                        .into(Object[].class))
                .containsExactly(ApplicationStatus.WAITLISTED, "busyAfterMove");
        assertThat(fx.accounts.as(officer, () -> allocation.assignments(here))).hasSize(1);
    }

    /** An exhibition at a mall of its own where the group is the only applicant: published with its kiosk. */
    private long placedAlone(String officer, long municipality, VerifiedGroup group, String title, LocalDate starts) {
        long mall = fx.mall(officer, municipality, 1);
        long exhibition = fx.openExhibition(officer, mall, title, starts, 5, SlotLength.WHOLE, 1);
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(exhibition))
                .getFirst()
                .id();
        fx.apply(group, exhibition, slot);
        fx.close(officer, exhibition);
        fx.accounts.as(officer, () -> {
            allocation.run(exhibition, null);
            allocation.publish(exhibition);
        });
        return exhibition;
    }

    private long venueOf(long exhibition) {
        return dsl.select(EXHIBITION.VENUE_ID)
                .from(EXHIBITION)
                .where(EXHIBITION.ID.eq(exhibition))
                .fetchSingle(EXHIBITION.VENUE_ID);
    }

    private int version(long exhibition) {
        return dsl.select(EXHIBITION.VERSION)
                .from(EXHIBITION)
                .where(EXHIBITION.ID.eq(exhibition))
                .fetchSingle(EXHIBITION.VERSION);
    }

    private int messages(long exhibition, MessageType type) {
        return dsl.fetchCount(
                MAIL_OUTBOX,
                MAIL_OUTBOX
                        .MESSAGE_TYPE
                        .eq(type)
                        .and(MAIL_OUTBOX.GROUP_ID.in(dsl.select(APPLICATION.GROUP_ID)
                                .from(APPLICATION)
                                .where(APPLICATION.EXHIBITION_ID.eq(exhibition)))));
    }
}
