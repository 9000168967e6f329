package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.catalogue.CatalogueService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionCancellation;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.exhibition.SlotLength;
import app.haat.mail.MailRenderer;
import app.haat.mail.MessageType;
import app.haat.support.AtTheSameInstant;
import app.haat.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Cancelling an exhibition: a reason, every group told once, placements and offers released, the venue free. */
class ExhibitionCancellationTest extends IntegrationTest {

    private static final TypeReference<Map<String, Object>> MODEL = new TypeReference<>() {};

    @Autowired
    MailRenderer renderer;

    @Autowired
    JsonMapper json;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    OfferSteps steps;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    ExhibitionCancellation cancellation;

    @Autowired
    WaitlistOfferService offers;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    DSLContext dsl;

    @Test
    void aPublishedExhibitionIsCancelledOnceWithItsReasonAndReleasesEverything() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        String second = fx.accounts.officer(Set.of(bally));
        LocalDate starts = ExhibitionFixtures.mondayAhead(85);
        long exhibition = steps.publishedWithAWaitlist(officer, bally, "Cancelled fair", starts);
        long leaving = fx.accounts
                .as(officer, () -> allocation.assignments(exhibition))
                .getFirst()
                .applicationId();
        fx.accounts.as(officer, () -> applications.withdraw(leaving));
        WaitlistOffer open = steps.theOpenOffer(exhibition);
        int version = version(exhibition);
        // group -> its seat, as its letter's calendar entry named it
        Map<Long, Long> held = dsl.select(APPLICATION.GROUP_ID, ASSIGNMENT.ID)
                .from(ASSIGNMENT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID))
                .where(ASSIGNMENT.EXHIBITION_ID.eq(exhibition))
                .fetchMap(APPLICATION.GROUP_ID, ASSIGNMENT.ID);

        // refused: no reason, another municipality's officer, a version seen before someone else's change
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> cancellation.cancel(exhibition, version, " ab ")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("exhibition.cancel.error.reason");
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Medinipur")));
        assertThatThrownBy(() -> fx.accounts.as(
                        stranger, () -> cancellation.cancel(exhibition, version, "The mall is closed for repairs")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(
                        officer, () -> cancellation.cancel(exhibition, version - 1, "The mall is closed for repairs")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("exhibition.error.stale");

        // two officers at the same instant: one cancels (telling the four groups still in play), the other is refused
        assertThat(AtTheSameInstant.successes(2, () -> {
                    String who = Thread.currentThread().getName().hashCode() % 2 == 0 ? officer : second;
                    return fx.accounts.as(
                            who, () -> cancellation.cancel(exhibition, version, "The mall is closed for repairs"));
                }))
                .isEqualTo(1);
        assertThat(fx.accounts.as(officer, () -> fx.exhibitions.get(exhibition).status()))
                .isEqualTo(ExhibitionStatus.CANCELLED);
        assertThat(cancellation.reason(exhibition)).contains("The mall is closed for repairs");

        // every group still in play is told once (the one that withdrew is not); nothing is held any more
        assertThat(dsl.selectDistinct(MAIL_OUTBOX.GROUP_ID)
                        .from(MAIL_OUTBOX)
                        .where(MAIL_OUTBOX
                                .MESSAGE_TYPE
                                .eq(MessageType.EXHIBITION_CANCELLED)
                                .and(MAIL_OUTBOX.MODEL.contains("The mall is closed for repairs")))
                        .fetch())
                .hasSize(4);
        // the assigned groups' calendar entries go: the letter's UID, METHOD:CANCEL, a higher sequence
        assertThat(dsl.select(MAIL_OUTBOX.MODEL)
                        .from(MAIL_OUTBOX)
                        .where(MAIL_OUTBOX
                                .MESSAGE_TYPE
                                .eq(MessageType.EXHIBITION_CANCELLED)
                                .and(MAIL_OUTBOX.GROUP_ID.in(held.keySet())))
                        .fetch(MAIL_OUTBOX.MODEL))
                .isNotEmpty()
                .allSatisfy(model -> {
                    String ics = new String(
                            renderer.render(MessageType.EXHIBITION_CANCELLED, "en", json.readValue(model, MODEL))
                                    .attachments()
                                    .getFirst()
                                    .content(),
                            StandardCharsets.UTF_8);
                    assertThat(ics)
                            .contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:" + (version + 1))
                            .containsAnyOf(held.values().stream()
                                    .map(a -> "UID:assignment-" + a + "@haat")
                                    .toArray(String[]::new));
                });
        assertThat(dsl.fetchCount(ASSIGNMENT, ASSIGNMENT.EXHIBITION_ID.eq(exhibition)))
                .isZero();
        assertThat(fx.accounts.as(officer, () -> offers.offers(exhibition)))
                .filteredOn(o -> o.id() == open.id())
                .extracting(WaitlistOffer::status)
                .containsExactly(OfferStatus.VOID);
        assertThatThrownBy(() -> catalogue.exhibition(exhibition, true)).isInstanceOf(RuntimeException.class);

        // once cancelled, never again; and the venue's days are free for another exhibition
        assertThatThrownBy(() -> fx.accounts.as(
                        officer, () -> cancellation.cancel(exhibition, version(exhibition), "Cancelled a second time")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("exhibition.cancel.error.state");
        long venue = dsl.select(EXHIBITION.VENUE_ID)
                .from(EXHIBITION)
                .where(EXHIBITION.ID.eq(exhibition))
                .fetchSingle(EXHIBITION.VENUE_ID);
        long again = fx.openExhibition(officer, venue, "Instead fair", starts, 5, SlotLength.WHOLE, 1);
        assertThat(again).isNotEqualTo(exhibition);
    }

    @Test
    void aFinishedExhibitionCannotBeCancelled() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 1);
        long exhibition = fx.openExhibition(
                officer, mall, "Finished fair", ExhibitionFixtures.mondayAhead(95), 5, SlotLength.WHOLE, 1);
        dsl.update(EXHIBITION)
                .set(EXHIBITION.STATUS, ExhibitionStatus.FINISHED)
                .where(EXHIBITION.ID.eq(exhibition))
                .execute();
        assertThatThrownBy(() -> fx.accounts.as(
                        officer, () -> cancellation.cancel(exhibition, version(exhibition), "Too late to cancel it")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("exhibition.cancel.error.state");
    }

    private int version(long exhibition) {
        return dsl.select(EXHIBITION.VERSION)
                .from(EXHIBITION)
                .where(EXHIBITION.ID.eq(exhibition))
                .fetchSingle(EXHIBITION.VERSION);
    }
}
