package app.haat.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.allocation.engine.Weights;
import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.db.Tables;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationFilter;
import app.haat.exhibition.ApplicationForm;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.Slot;
import app.haat.exhibition.SlotLength;
import app.haat.mail.MessageType;
import app.haat.support.AtTheSameInstant;
import app.haat.support.IntegrationTest;
import app.haat.venue.Kiosk;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Hand changes on the allocation board against a real database: every hard constraint, locks, races, undo. */
class HandChangeServiceTest extends IntegrationTest {

    @Autowired
    OfferSteps offerSteps;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    HandChangeService handChanges;

    @Autowired
    DSLContext dsl;

    private String officer;
    private long exhibitionId;
    private List<Slot> slots;
    private List<Kiosk> kiosks;
    private final List<String> mobiles = new ArrayList<>();

    /**
     * A mall of three kiosks (K1 has electricity, K2 allows food), two weekly slots, two groups per kiosk-slot:
     * 12 places for the applicants, who all accept both slots; the first applicant needs electricity.
     */
    private void allocated(String municipality, LocalDate start, int applicants) throws Exception {
        long municipalityId = fx.municipality(municipality);
        officer = fx.accounts.officer(Set.of(municipalityId));
        long mall = fx.mall(officer, municipalityId, 3);
        exhibitionId = fx.openExhibition(officer, mall, "Hand fair " + start, start, 14, SlotLength.WEEK, 2);
        slots = fx.accounts.as(officer, () -> fx.exhibitions.slots(exhibitionId));
        kiosks = fx.accounts.as(officer, () -> fx.venues.kiosks(mall));
        for (int i = 0; i < applicants; i++) {
            VerifiedGroup group = fx.verifiedGroup(officer, municipalityId, "HANDLOOM");
            mobiles.add(group.mobile());
            boolean electricity = i == 0;
            List<Long> ranked = i % 2 == 0
                    ? List.of(slots.get(0).id(), slots.get(1).id())
                    : List.of(slots.get(1).id(), slots.get(0).id());
            fx.accounts.as(
                    group.mobile(),
                    () -> applications.apply(
                            exhibitionId,
                            new ApplicationForm(null, ranked, List.of(group.product()), electricity, false, true)));
        }
        fx.close(officer, exhibitionId);
        fx.accounts.as(officer, () -> allocation.run(exhibitionId, null));
    }

    private List<AssignmentRow> rows() {
        return fx.accounts.as(officer, () -> allocation.assignments(exhibitionId));
    }

    private Kiosk kiosk(String code) {
        return kiosks.stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
    }

    private List<Application> waiting() {
        return fx.accounts.as(
                officer,
                () -> applications.page(
                        exhibitionId,
                        new ApplicationFilter(ApplicationStatus.WAITLISTED, null, null, null, null),
                        0,
                        100));
    }

    private static String refusal(Runnable change) {
        try {
            change.run();
            return "allowed";
        } catch (ConflictException e) {
            return e.getMessage();
        }
    }

    @Test
    void movesAndSwapsAreCheckedAgainstEveryHardConstraintAndLockedPlacesSurviveARerun() throws Exception {
        allocated("Bally", ExhibitionFixtures.mondayAhead(90), 12);
        List<AssignmentRow> rows = rows();
        assertThat(rows).hasSize(12);
        long needsPower =
                fx.accounts.as(officer, () -> applications.page(exhibitionId, ApplicationFilter.ALL, 0, 100)).stream()
                        .filter(Application::needsElectricity)
                        .findFirst()
                        .orElseThrow()
                        .id();
        AssignmentRow powered = rows.stream()
                .filter(r -> r.applicationId() == needsPower)
                .findFirst()
                .orElseThrow();
        assertThat(powered.kioskCode()).isEqualTo("K1");
        AssignmentRow inK2 = rows.stream()
                .filter(r -> r.kioskCode().equals("K2"))
                .findFirst()
                .orElseThrow();
        AssignmentRow other = rows.stream()
                .filter(r -> r.kioskCode().equals("K3") && r.slotId() != inK2.slotId())
                .findFirst()
                .orElseThrow();

        // every kiosk-slot is full; the group that needs electricity cannot go where there is none
        assertThat(fx.accounts.as(
                        officer,
                        () -> handChanges.whyNotMove(inK2.id(), kiosk("K3").id(), inK2.slotId())))
                .get()
                .extracting(Throwable::getMessage)
                .isEqualTo("allocation.move.full");
        assertThat(refusal(() -> fx.accounts.as(officer, () -> {
                    handChanges.move(inK2.id(), inK2.version(), kiosk("K3").id(), inK2.slotId());
                    return null;
                })))
                .isEqualTo("allocation.move.full");
        assertThat(fx.accounts.as(officer, () -> handChanges.whyNotSwap(powered.id(), inK2.id())))
                .get()
                .extracting(Throwable::getMessage)
                .isEqualTo("allocation.move.noElectricity");
        assertThat(fx.accounts.as(officer, () -> handChanges.whyNotMove(inK2.id(), inK2.kioskId(), inK2.slotId())))
                .get()
                .extracting(Throwable::getMessage)
                .isEqualTo("allocation.move.same");

        // a legal swap across kiosks and slots; the database still holds one seat per group and no cell over 2
        assertThat(fx.accounts.as(officer, () -> handChanges.whyNotSwap(inK2.id(), other.id())))
                .isEmpty();
        fx.accounts.as(officer, () -> {
            handChanges.swap(inK2.id(), inK2.version(), other.id(), other.version());
            return null;
        });
        List<AssignmentRow> swapped = rows();
        AssignmentRow movedA =
                swapped.stream().filter(r -> r.id() == inK2.id()).findFirst().orElseThrow();
        AssignmentRow movedB =
                swapped.stream().filter(r -> r.id() == other.id()).findFirst().orElseThrow();
        assertThat(movedA.kioskCode() + "/" + movedA.slot()).isEqualTo(other.kioskCode() + "/" + other.slot());
        assertThat(movedB.kioskCode() + "/" + movedB.slot()).isEqualTo(inK2.kioskCode() + "/" + inK2.slot());
        assertThat(swapped.stream()
                        .collect(Collectors.groupingBy(r -> r.kioskId() + "/" + r.slotId(), Collectors.counting()))
                        .values())
                .allMatch(n -> n == 2);
        // the board as it was before the swap is stale now
        assertThat(refusal(() -> fx.accounts.as(officer, () -> {
                    handChanges.swap(inK2.id(), inK2.version(), other.id(), other.version());
                    return null;
                })))
                .isEqualTo("allocation.error.stale");
        assertThat(dsl.fetchCount(
                        Tables.AUDIT_LOG,
                        Tables.AUDIT_LOG
                                .ACTION
                                .eq("SWAP")
                                .and(Tables.AUDIT_LOG.ENTITY_ID.eq(String.valueOf(inK2.id())))))
                .isEqualTo(1);

        // a locked placement stays where it is when the allocation is drawn again with another seed
        fx.accounts.as(officer, () -> {
            handChanges.lock(movedA.id(), true);
            return null;
        });
        for (int redraw = 1; redraw < 4; redraw++) {
            fx.accounts.as(officer, () -> allocation.run(exhibitionId, "Testing that locks hold"));
            AssignmentRow kept = rows().stream()
                    .filter(r -> r.applicationId() == movedA.applicationId())
                    .findFirst()
                    .orElseThrow();
            assertThat(kept.locked()).isTrue();
            assertThat(kept.kioskCode() + "/" + kept.slot()).isEqualTo(other.kioskCode() + "/" + other.slot());
        }

        // another municipality's officer may neither look nor touch
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Kolkata")));
        assertThatThrownBy(() -> fx.accounts.as(stranger, () -> {
                    handChanges.lock(movedA.id(), false);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(
                        stranger,
                        () -> handChanges.whyNotMove(
                                movedA.id(), kiosk("K1").id(), slots.get(0).id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUndonePromotionFreesTheSeatAndTwoOfficersFillingTheLastSeatAtOnceGetOneSuccess() throws Exception {
        allocated("Uttarpara-Kotrung", ExhibitionFixtures.mondayAhead(100), 14);
        String second = fx.accounts.officer(Set.of(fx.municipality("Uttarpara-Kotrung")));
        List<Application> waitlist = waiting();
        assertThat(waitlist).hasSize(2);

        // an assigned group withdraws: the waitlist's first eligible group is offered the seat and takes it
        AssignmentRow leaving = rows().stream()
                .filter(r -> !r.kioskCode().equals("K1"))
                .findFirst()
                .orElseThrow();
        fx.accounts.as(officer, () -> applications.withdraw(leaving.applicationId()));
        offerSteps.acceptTheOpenOffer(exhibitionId);
        var promotions = fx.accounts.as(officer, () -> handChanges.promotions(exhibitionId));
        assertThat(promotions).hasSize(1);
        // withdrawing twice is refused and promotes nobody else
        assertThat(refusal(() -> fx.accounts.as(officer, () -> applications.withdraw(leaving.applicationId()))))
                .isEqualTo("application.error.notWithdrawable");
        assertThat(fx.accounts.as(officer, () -> handChanges.promotions(exhibitionId)))
                .hasSize(1);
        long promoted = promotions.getFirst().applicationId();
        assertThat(waiting()).hasSize(1);
        assertThat(waiting().getFirst().waitlistPosition()).isEqualTo(1);

        // the officer undoes it: the group is back at its old place on the waitlist and the seat is free
        Integer before = waitlist.stream()
                .filter(a -> a.id() == promoted)
                .findFirst()
                .orElseThrow()
                .waitlistPosition();
        fx.accounts.as(officer, () -> {
            handChanges.undoPromotion(exhibitionId, promotions.getFirst().id());
            return null;
        });
        assertThat(waiting())
                .extracting(Application::id, Application::waitlistPosition)
                .contains(Tuple.tuple(promoted, before));
        assertThat(waiting()).extracting(Application::waitlistPosition).containsExactlyInAnyOrder(1, 2);
        assertThat(rows()).hasSize(11);
        assertThat(refusal(() -> fx.accounts.as(officer, () -> {
                    handChanges.undoPromotion(
                            exhibitionId, promotions.getFirst().id());
                    return null;
                })))
                .isEqualTo("allocation.error.promotionUndone");

        // the board as an officer saw it before someone else locked a placement is stale
        AssignmentRow seen = rows().stream()
                .filter(r -> !r.kioskCode().equals("K1")
                        && !(r.kioskId() == leaving.kioskId() && r.slotId() == leaving.slotId()))
                .findFirst()
                .orElseThrow();
        fx.accounts.as(second, () -> {
            handChanges.lock(seen.id(), true);
            handChanges.lock(seen.id(), false);
            return null;
        });
        assertThat(fx.accounts.as(
                        officer, () -> handChanges.whyNotMove(seen.id(), leaving.kioskId(), leaving.slotId())))
                .isEmpty();
        assertThat(refusal(() -> fx.accounts.as(officer, () -> {
                    handChanges.move(seen.id(), seen.version(), leaving.kioskId(), leaving.slotId());
                    return null;
                })))
                .isEqualTo("allocation.error.stale");

        // one free seat, two officers at the same instant: one places a waitlisted group, the other moves a group in
        Application candidate = waiting().stream()
                .filter(a -> !a.needsElectricity())
                .findFirst()
                .orElseThrow();
        AssignmentRow mover = rows().stream()
                .filter(r -> r.kioskId() != leaving.kioskId()
                        && !r.kioskCode().equals("K1")
                        && r.slotId() == leaving.slotId())
                .findFirst()
                .orElseThrow();
        AtomicInteger turn = new AtomicInteger();
        long winners = AtTheSameInstant.successes(
                2,
                () -> turn.getAndIncrement() == 0
                        ? fx.accounts.as(
                                officer,
                                () -> handChanges.place(
                                        exhibitionId, candidate.id(), leaving.kioskId(), leaving.slotId()))
                        : fx.accounts.as(second, () -> {
                            handChanges.move(mover.id(), mover.version(), leaving.kioskId(), leaving.slotId());
                            return mover.id();
                        }));
        assertThat(winners).isEqualTo(1);
        assertThat(rows().stream().filter(r -> r.kioskId() == leaving.kioskId() && r.slotId() == leaving.slotId()))
                .hasSize(2);
    }

    @Test
    void afterPublishingAHandChangeTellsTheGroupsAndTheGroupDownloadsItsLetter() throws Exception {
        allocated("Serampore", ExhibitionFixtures.mondayAhead(110), 12);
        String marker = "hand" + exhibitionId;
        dsl.update(Tables.SHG_GROUP)
                .set(
                        Tables.SHG_GROUP.EMAIL,
                        DSL.concat(
                                DSL.val(marker + "-"), Tables.SHG_GROUP.ID.cast(String.class), DSL.val("@example.org")))
                .where(Tables.SHG_GROUP.ID.in(DSL.select(Tables.APPLICATION.GROUP_ID)
                        .from(Tables.APPLICATION)
                        .where(Tables.APPLICATION.EXHIBITION_ID.eq(exhibitionId))))
                .execute();
        AssignmentRow a = rows().stream()
                .filter(r -> r.kioskCode().equals("K2"))
                .findFirst()
                .orElseThrow();
        AssignmentRow b = rows().stream()
                .filter(r -> r.kioskCode().equals("K3") && r.slotId() != a.slotId())
                .findFirst()
                .orElseThrow();
        AssignmentRow first = a;
        List<Long> order =
                fx.accounts.as(officer, () -> applications.page(exhibitionId, ApplicationFilter.ALL, 0, 100)).stream()
                        .map(Application::id)
                        .sorted()
                        .toList();
        String owner = mobiles.get(order.indexOf(first.applicationId()));
        assertThatThrownBy(() -> fx.accounts.as(owner, () -> allocation.allotmentLetter(first.applicationId())))
                .isInstanceOf(NotFoundException.class);

        fx.accounts.as(officer, () -> allocation.publish(exhibitionId));
        var outbox = Tables.MAIL_OUTBOX;
        int assignmentMails = dsl.fetchCount(
                outbox, outbox.RECIPIENT.like(marker + "-%").and(outbox.MESSAGE_TYPE.eq(MessageType.ASSIGNMENT)));
        assertThat(assignmentMails).isEqualTo(12);
        fx.accounts.as(officer, () -> {
            handChanges.swap(a.id(), a.version(), b.id(), b.version());
            return null;
        });
        assertThat(dsl.fetchCount(
                        outbox,
                        outbox.RECIPIENT.like(marker + "-%").and(outbox.MESSAGE_TYPE.eq(MessageType.ASSIGNMENT))))
                .isEqualTo(assignmentMails + 2);

        byte[] pdf = fx.accounts.as(owner, () -> allocation.allotmentLetter(first.applicationId()));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String otherGroup =
                mobiles.stream().filter(m -> !m.equals(owner)).findFirst().orElseThrow();
        assertThatThrownBy(() -> fx.accounts.as(otherGroup, () -> allocation.allotmentLetter(first.applicationId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void handChangesWaitForTheAllocationAndOnlyAnAdminChangesTheWeightsWhichEachRunRecords() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 2);
        long id = fx.openExhibition(
                officer, mall, "Early fair", ExhibitionFixtures.mondayAhead(120), 7, SlotLength.WHOLE, 2);
        var slot = fx.accounts.as(officer, () -> fx.exhibitions.slots(id)).getFirst();
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "CRAFT");
        long application = fx.accounts.as(
                group.mobile(),
                () -> applications.apply(
                        id,
                        new ApplicationForm(null, List.of(slot.id()), List.of(group.product()), false, false, true)));
        long kiosk =
                fx.accounts.as(officer, () -> fx.venues.kiosks(mall)).getFirst().id();
        assertThat(refusal(() -> fx.accounts.as(officer, () -> handChanges.place(id, application, kiosk, slot.id()))))
                .isEqualTo("allocation.error.handChangeState");

        String admin = fx.accounts.admin();
        var stored = fx.accounts.as(admin, () -> allocation.weights());
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> {
                    allocation.updateWeights(new Weights(1, 2, 3, 4), stored.version());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(admin, () -> {
                    allocation.updateWeights(new Weights(100_001, 10, 10, 1), stored.version());
                    return null;
                }))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new Weights(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        Weights changed = new Weights(500, 20, 5, 2);
        try {
            fx.accounts.as(admin, () -> {
                allocation.updateWeights(changed, stored.version());
                return null;
            });
            assertThat(refusal(() -> fx.accounts.as(admin, () -> {
                        allocation.updateWeights(Weights.DEFAULT, stored.version());
                        return null;
                    })))
                    .isEqualTo("weights.error.stale");
            fx.close(officer, id);
            fx.accounts.as(officer, () -> allocation.run(id, null));
            assertThat(dsl.select(Tables.ALLOCATION_RUN.WEIGHTS)
                            .from(Tables.ALLOCATION_RUN)
                            .where(Tables.ALLOCATION_RUN.EXHIBITION_ID.eq(id))
                            .fetchOne(Tables.ALLOCATION_RUN.WEIGHTS))
                    .isEqualTo(changed.toString());
        } finally {
            var now2 = fx.accounts.as(admin, () -> allocation.weights());
            fx.accounts.as(admin, () -> {
                allocation.updateWeights(Weights.DEFAULT, now2.version());
                return null;
            });
        }
    }
}
