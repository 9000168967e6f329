package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static app.haat.db.Tables.SHG_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.allocation.engine.AllocationResult;
import app.haat.allocation.engine.DrawSeeds;
import app.haat.core.api.ConflictException;
import app.haat.exhibition.ApplicationFilter;
import app.haat.exhibition.ApplicationForm;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.exhibition.SlotLength;
import app.haat.mail.MessageType;
import app.haat.support.AtTheSameInstant;
import app.haat.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class AllocationServiceTest extends IntegrationTest {

    @Autowired
    OfferSteps offerSteps;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    DSLContext dsl;

    @Test
    void aClosedExhibitionIsAllocatedWithItsFixedSeedReproduciblyAndANewSeedNeedsAReason() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 3);
        long id = fx.openExhibition(
                officer, mall, "Allocated fair", ExhibitionFixtures.mondayAhead(80), 14, SlotLength.WEEK, 2);
        var slots = fx.accounts.as(officer, () -> fx.exhibitions.slots(id));
        for (int i = 0; i < 15; i++) {
            VerifiedGroup group = fx.verifiedGroup(officer, bally, i % 2 == 0 ? "HANDLOOM" : "CRAFT");
            List<Long> ranked = i % 3 == 0
                    ? List.of(slots.get(1).id(), slots.get(0).id())
                    : List.of(slots.get(0).id(), slots.get(1).id());
            fx.accounts.as(
                    group.mobile(),
                    () -> applications.apply(
                            id, new ApplicationForm(null, ranked, List.of(group.product()), false, false, true)));
        }
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> allocation.run(id, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("allocation.error.notClosed");
        fx.close(officer, id);
        Long seed = fx.accounts.as(officer, () -> fx.exhibitions.get(id).lotterySeed());
        assertThat(seed).isNotNull();

        String stranger = fx.accounts.officer(Set.of(fx.municipality("Kolkata")));
        assertThatThrownBy(() -> fx.accounts.as(stranger, () -> allocation.run(id, null)))
                .isInstanceOf(AccessDeniedException.class);

        AllocationResult first =
                fx.accounts.as(officer, () -> allocation.run(id, null)).result();
        assertThat(first.seed()).isEqualTo(seed);
        assertThat(fx.accounts.as(officer, () -> fx.exhibitions.get(id).status()))
                .isEqualTo(ExhibitionStatus.ALLOCATED);
        List<AssignmentRow> rows = fx.accounts.as(officer, () -> allocation.assignments(id));
        assertThat(rows).hasSize(12); // 3 kiosks × 2 slots × 2 groups
        Map<String, Integer> perKioskSlot = new HashMap<>();
        rows.forEach(r -> perKioskSlot.merge(r.kioskCode() + "/" + r.slot(), 1, Integer::sum));
        assertThat(perKioskSlot.values()).allMatch(n -> n <= 2);
        assertThat(fx.accounts.as(
                        officer,
                        () -> applications.count(
                                id, new ApplicationFilter(ApplicationStatus.WAITLISTED, null, null, null, null))))
                .isEqualTo(3);

        // the same seed again: the same assignments
        fx.accounts.as(officer, () -> allocation.run(id, null));
        assertThat(fx.accounts.as(officer, () -> allocation.assignments(id)).stream()
                        .map(r -> r.applicationId() + "@" + r.kioskCode() + "/" + r.slot())
                        .toList())
                .containsExactlyInAnyOrderElementsOf(rows.stream()
                        .map(r -> r.applicationId() + "@" + r.kioskCode() + "/" + r.slot())
                        .toList());
        // a blank reason repeats the latest seed; a re-draw with a reason takes the next seed derived from the
        // committed
        assertThat(fx.accounts
                        .as(officer, () -> allocation.run(id, " "))
                        .result()
                        .seed())
                .isEqualTo(seed);
        AllocationService.Run redrawn = fx.accounts.as(
                officer,
                () -> allocation.run(id, "The first draw used a kiosk that turned out to be closed for repairs"));
        assertThat(redrawn.redraw()).isEqualTo(1);
        assertThat(redrawn.result().seed()).isEqualTo(DrawSeeds.seedOf(seed, 1));
        assertThat(fx.accounts
                        .as(officer, () -> allocation.run(id, null))
                        .result()
                        .seed())
                .isEqualTo(redrawn.result().seed());
        assertThat(fx.accounts.as(officer, () -> allocation.assignments(id))).hasSize(12);

        // an assigned group withdraws: the seat is offered to the first waitlisted group that asked for that slot,
        // and taken when it accepts
        var filterWaiting = new ApplicationFilter(ApplicationStatus.WAITLISTED, null, null, null, null);
        var waiting = fx.accounts.as(officer, () -> applications.page(id, filterWaiting, 0, 100));
        var next = waiting.stream()
                .filter(a -> a.waitlistPosition() == 1)
                .findFirst()
                .orElseThrow();
        AssignmentRow leaving = fx.accounts.as(officer, () -> allocation.assignments(id)).stream()
                .filter(r -> next.preferredSlots().contains(r.slot()))
                .findFirst()
                .orElseThrow();
        fx.accounts.as(officer, () -> applications.withdraw(leaving.applicationId()));
        assertThat(fx.accounts.as(officer, () -> allocation.assignments(id))).hasSize(11);
        assertThat(offerSteps.theOpenOffer(id).applicationId()).isEqualTo(next.id());
        offerSteps.acceptTheOpenOffer(id);
        var after = fx.accounts.as(officer, () -> allocation.assignments(id));
        assertThat(after).hasSize(12);
        assertThat(after)
                .extracting(AssignmentRow::applicationId)
                .doesNotContain(leaving.applicationId())
                .contains(next.id());
        var promoted = fx.accounts.as(officer, () -> applications.page(id, ApplicationFilter.ALL, 0, 100)).stream()
                .filter(a -> a.id() == next.id())
                .findFirst()
                .orElseThrow();
        assertThat(promoted.status()).isEqualTo(ApplicationStatus.ASSIGNED);
        assertThat(promoted.explanationCode()).isEqualTo("promoted");
        assertThat(fx.accounts.as(officer, () -> applications.page(id, filterWaiting, 0, 100)))
                .extracting(a -> a.waitlistPosition())
                .containsExactlyInAnyOrder(1, 2);

        // publishing: two officers at once, one wins; one message per applicant with an address
        String marker = "pub" + id;
        dsl.update(SHG_GROUP)
                .set(
                        SHG_GROUP.EMAIL,
                        DSL.concat(DSL.val(marker + "-"), SHG_GROUP.ID.cast(String.class), DSL.val("@example.org")))
                .where(SHG_GROUP.ID.in(
                        DSL.select(APPLICATION.GROUP_ID).from(APPLICATION).where(APPLICATION.EXHIBITION_ID.eq(id))))
                .execute();
        String second = fx.accounts.officer(Set.of(bally));
        assertThat(AtTheSameInstant.successes(2, () -> {
                    String who = Thread.currentThread().getName().hashCode() % 2 == 0 ? officer : second;
                    return fx.accounts.as(who, () -> allocation.publish(id));
                }))
                .isEqualTo(1);
        assertThat(fx.accounts.as(officer, () -> fx.exhibitions.get(id).status()))
                .isEqualTo(ExhibitionStatus.PUBLISHED);
        var outbox = MAIL_OUTBOX;
        assertThat(dsl.fetchCount(
                        outbox,
                        outbox.RECIPIENT.like(marker + "-%").and(outbox.MESSAGE_TYPE.eq(MessageType.ASSIGNMENT))))
                .isEqualTo(12);
        assertThat(dsl.fetchCount(
                        outbox,
                        outbox.RECIPIENT
                                .like(marker + "-%")
                                .and(outbox.MESSAGE_TYPE.eq(MessageType.APPLICATION_STATUS))))
                .isEqualTo(2);
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> allocation.run(id, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("allocation.error.notClosed");
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> allocation.publish(id)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("allocation.error.notAllocated");
    }
}
