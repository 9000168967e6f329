package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.ASSIGNMENT;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.exhibition.ApplicationForm;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.SlotLength;
import app.haat.support.IntegrationTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A run is a pure function of the applications in play, kiosks, locks, weights and seed: through a season of re-draws,
 * locks, withdrawals and promotions, two runs in a row always agree, and a group found busy elsewhere is never written
 * off: once another exhibition's re-draw frees it, the next run places it.
 */
class AllocationDeterminismTest extends IntegrationTest {

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
    DrawService draws;

    @Autowired
    DSLContext dsl;

    @Test
    void twoRunsWithTheSameInputsAndSeedAgreeThroughASeasonAndAFreedGroupIsPlaced() {
        long bally = fx.municipality("Bally");
        long kolkata = fx.municipality("Kolkata");
        String officer = fx.accounts.officer(Set.of(bally, kolkata));
        LocalDate startsOn = ExhibitionFixtures.mondayAhead(60);
        long smallMall = fx.mall(officer, bally, 1);
        long bigMall = fx.mall(officer, bally, 3);
        // elsewhere: one place for the whole fortnight; here: three kiosks, two weekly slots
        long elsewhere = fx.openExhibition(officer, smallMall, "Elsewhere", startsOn, 14, SlotLength.WHOLE, 1);
        long here = fx.openExhibition(officer, bigMall, "Here", startsOn, 14, SlotLength.WEEK, 1);
        long elsewhereSlot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(elsewhere))
                .getFirst()
                .id();
        var slots = fx.accounts.as(officer, () -> fx.exhibitions.slots(here));
        long first = slots.get(0).id();
        long second = slots.get(1).id();

        VerifiedGroup busy = fx.verifiedGroup(officer, bally, "HANDLOOM");
        VerifiedGroup rival = fx.verifiedGroup(officer, bally, "HANDLOOM");
        apply(busy, elsewhere, List.of(elsewhereSlot));
        apply(rival, elsewhere, List.of(elsewhereSlot));
        // the busy group also asks here, for the second week first; everyone else only for the first week
        long busyHere = apply(busy, here, List.of(second, first));
        Map<Long, String> others = new LinkedHashMap<>(); // application -> its group's mobile
        for (int i = 0; i < 12; i++) {
            VerifiedGroup group = fx.verifiedGroup(officer, i < 7 ? bally : kolkata, i % 2 == 0 ? "CRAFT" : "HANDLOOM");
            others.put(apply(group, here, List.of(first)), group.mobile());
        }
        close(officer, elsewhere);
        close(officer, here);

        // the busy group holds the one place elsewhere (re-drawn, with a reason, until it does)
        redrawUntil(officer, elsewhere, busy.id(), true);

        Snapshot one = run(officer, here);
        assertThat(run(officer, here)).isEqualTo(one);
        assertThat(one.outcome(busyHere)).startsWith("INELIGIBLE ineligible.busy ");
        assertThat(one.placements()).hasSize(3); // only the first week is wanted by groups free to take it

        // the same after a lock, a re-draw with another seed, a withdrawal with its promotion
        long lockedAssignment = dsl.select(ASSIGNMENT.ID)
                .from(ASSIGNMENT)
                .where(ASSIGNMENT.EXHIBITION_ID.eq(here))
                .orderBy(ASSIGNMENT.ID)
                .limit(1)
                .fetchOne(ASSIGNMENT.ID);
        fx.accounts.as(officer, () -> handChanges.lock(lockedAssignment, true));
        fx.accounts.as(officer, () -> allocation.run(here, "The mall moved the first row of kiosks"));
        Snapshot redrawn = run(officer, here);
        assertThat(run(officer, here)).isEqualTo(redrawn);
        long lockedApplication = dsl.select(ASSIGNMENT.APPLICATION_ID)
                .from(ASSIGNMENT)
                .where(ASSIGNMENT.ID.eq(lockedAssignment))
                .fetchOne(ASSIGNMENT.APPLICATION_ID);
        String lockedPlace = one.placements().stream()
                .filter(p -> p.startsWith(lockedApplication + "@"))
                .findFirst()
                .orElseThrow();
        assertThat(redrawn.placements()).contains(lockedPlace);

        long leaving = others.keySet().stream()
                .filter(id -> dsl.fetchExists(
                        ASSIGNMENT, ASSIGNMENT.APPLICATION_ID.eq(id).and(ASSIGNMENT.LOCKED.isFalse())))
                .findFirst()
                .orElseThrow();
        String leaver = others.get(leaving);
        fx.accounts.as(leaver, () -> applications.withdraw(leaving));
        offerSteps.acceptTheOpenOffer(here);
        assertThat(snapshot(here).placements()).hasSize(3); // the first waiting group took the offered seat
        Snapshot afterWithdrawal = run(officer, here);
        assertThat(run(officer, here)).isEqualTo(afterWithdrawal);
        assertThat(afterWithdrawal.outcome(leaving)).startsWith("WITHDRAWN");
        assertThat(afterWithdrawal.outcome(busyHere)).startsWith("INELIGIBLE ineligible.busy ");

        // elsewhere is re-drawn and the busy group loses its place there: the next run here places it
        redrawUntil(officer, elsewhere, busy.id(), false);
        Snapshot freed = run(officer, here);
        assertThat(run(officer, here)).isEqualTo(freed);
        assertThat(freed.outcome(busyHere)).startsWith("ASSIGNED assigned");
        assertThat(freed.placements()).anyMatch(p -> p.startsWith(busyHere + "@") && p.endsWith("/" + second));

        // and every stored run of the season, from its recorded input and seed, replays to its recorded result
        var runs = fx.accounts.as(officer, () -> draws.runs(here));
        assertThat(runs).hasSizeGreaterThan(8);
        for (var run : runs) {
            assertThat(fx.accounts
                            .as(officer, () -> draws.replay(here, run.id()))
                            .identical())
                    .as("run %d", run.id())
                    .isTrue();
        }
    }

    private long apply(VerifiedGroup group, long exhibitionId, List<Long> slots) {
        return fx.accounts.as(
                group.mobile(),
                () -> applications.apply(
                        exhibitionId, new ApplicationForm(null, slots, List.of(group.product()), false, false, true)));
    }

    private void close(String officer, long exhibitionId) {
        fx.close(officer, exhibitionId);
    }

    private void redrawUntil(String officer, long exhibitionId, long groupId, boolean placed) {
        for (int k = 0; k < 40; k++) {
            String reason = k == 0 ? null : "Test re-draw " + k;
            fx.accounts.as(officer, () -> allocation.run(exhibitionId, reason));
            boolean holds = dsl.fetchExists(
                    ASSIGNMENT.join(APPLICATION).on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID)),
                    ASSIGNMENT.EXHIBITION_ID.eq(exhibitionId).and(APPLICATION.GROUP_ID.eq(groupId)));
            if (holds == placed) {
                return;
            }
        }
        throw new AssertionError("no seed gave the wanted draw");
    }

    private Snapshot run(String officer, long exhibitionId) {
        fx.accounts.as(officer, () -> allocation.run(exhibitionId, null));
        return snapshot(exhibitionId);
    }

    /** Everything a run decides: each application's outcome and every placement. */
    private Snapshot snapshot(long exhibitionId) {
        List<String> outcomes = dsl.select(
                        APPLICATION.ID,
                        APPLICATION.STATUS,
                        APPLICATION.EXPLANATION_CODE,
                        APPLICATION.EXPLANATION_VALUES,
                        APPLICATION.WAITLIST_POSITION)
                .from(APPLICATION)
                .where(APPLICATION.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(APPLICATION.ID)
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3() + " " + r.value4() + " " + r.value5());
        List<String> placements = dsl.select(ASSIGNMENT.APPLICATION_ID, ASSIGNMENT.KIOSK_ID, ASSIGNMENT.SLOT_ID)
                .from(ASSIGNMENT)
                .where(ASSIGNMENT.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(ASSIGNMENT.APPLICATION_ID, ASSIGNMENT.SLOT_ID)
                .fetch(r -> r.value1() + "@" + r.value2() + "/" + r.value3());
        return new Snapshot(outcomes, placements);
    }

    record Snapshot(List<String> outcomes, List<String> placements) {

        String outcome(long applicationId) {
            return outcomes.stream()
                    .filter(o -> o.startsWith(applicationId + " "))
                    .findFirst()
                    .orElseThrow()
                    .substring(String.valueOf(applicationId).length() + 1);
        }
    }
}
