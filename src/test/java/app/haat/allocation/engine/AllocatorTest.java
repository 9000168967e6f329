package app.haat.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.allocation.engine.AllocationInput.Applicant;
import app.haat.allocation.engine.AllocationInput.KioskSpec;
import app.haat.allocation.engine.AllocationInput.SlotSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The engine on hand-made and random instances: hard constraints, determinism, fairness against FCFS. */
class AllocatorTest {

    private final Allocator allocator = new Allocator();

    /** A random exhibition: slots, kiosks (some with electricity or food), applicants with skewed origins. */
    static AllocationInput randomInstance(
            long instanceSeed, int slotCount, int kioskCount, int perKiosk, int applicantCount, long lotterySeed) {
        Random random = new Random(instanceSeed);
        List<SlotSpec> slots = new ArrayList<>();
        for (int s = 0; s < slotCount; s++) {
            slots.add(new SlotSpec(100 + s, s + 1));
        }
        List<KioskSpec> kiosks = new ArrayList<>();
        for (int k = 0; k < kioskCount; k++) {
            kiosks.add(new KioskSpec(500 + k, "K" + (k + 1), perKiosk, random.nextInt(3) > 0, k % 3 == 0));
        }
        String[] categories = {"HANDLOOM", "CRAFT", "FOOD", "JUTE"};
        List<Applicant> applicants = new ArrayList<>();
        for (int a = 0; a < applicantCount; a++) {
            // a few big municipalities send most applications, as traders' fronts would
            long municipality = random.nextInt(4) == 0 ? 1 + random.nextInt(20) : 1 + random.nextInt(3);
            List<Long> preferences = new ArrayList<>();
            int wanted = 1 + random.nextInt(slotCount);
            while (preferences.size() < wanted) {
                long slot = 100 + (preferences.isEmpty() && random.nextBoolean() ? 0 : random.nextInt(slotCount));
                if (!preferences.contains(slot)) {
                    preferences.add(slot);
                }
            }
            Set<Long> busy = random.nextInt(10) == 0 ? Set.of(100L + random.nextInt(slotCount)) : Set.of();
            String category = categories[random.nextInt(categories.length)];
            applicants.add(new Applicant(
                    10_000 + a,
                    20_000 + a,
                    municipality,
                    municipality % 5,
                    category,
                    random.nextInt(5) == 0,
                    "FOOD".equals(category) && random.nextBoolean(),
                    preferences,
                    random.nextInt(3) == 0 ? 0 : random.nextInt(4),
                    random.nextInt(15) == 0 ? 1 : 0,
                    busy,
                    random.nextInt(1_000_000)));
        }
        return new AllocationInput(slots, kiosks, applicants, List.of(), lotterySeed, Weights.DEFAULT, 1);
    }

    static void assertHardConstraints(AllocationInput input, AllocationResult result) {
        Map<Long, KioskSpec> kiosks = new HashMap<>();
        input.kiosks().forEach(k -> kiosks.put(k.id(), k));
        Map<Long, Applicant> applicants = new HashMap<>();
        input.applicants().forEach(a -> applicants.put(a.applicationId(), a));
        Map<String, Integer> load = new HashMap<>();
        Map<Long, Integer> perApplicant = new HashMap<>();
        Set<String> groupSlot = new HashSet<>();
        for (Placement p : result.placements()) {
            KioskSpec kiosk = kiosks.get(p.kioskId());
            Applicant applicant = applicants.get(p.applicationId());
            assertThat(load.merge(p.kioskId() + "/" + p.slotId(), 1, Integer::sum))
                    .as("kiosk-slot capacity")
                    .isLessThanOrEqualTo(kiosk.capacity());
            assertThat(perApplicant.merge(p.applicationId(), 1, Integer::sum))
                    .as("places per group")
                    .isLessThanOrEqualTo(input.maxPlacementsPerGroup());
            assertThat(groupSlot.add(applicant.groupId() + "/" + p.slotId()))
                    .as("one place at a time")
                    .isTrue();
            assertThat(applicant.preferences())
                    .as("only slots the group asked for")
                    .contains(p.slotId());
            assertThat(applicant.busySlots()).as("not while busy elsewhere").doesNotContain(p.slotId());
            assertThat(!applicant.needsElectricity() || kiosk.electricity())
                    .as("electricity")
                    .isTrue();
            assertThat(!applicant.needsFood() || kiosk.foodAllowed())
                    .as("food only in food kiosks")
                    .isTrue();
        }
        for (Placement locked : input.locked()) {
            assertThat(result.placements()).contains(locked);
        }
        // everyone is explained; the waitlist holds exactly the eligible unplaced
        assertThat(result.explanations().keySet())
                .containsExactlyInAnyOrderElementsOf(input.applicants().stream()
                        .map(Applicant::applicationId)
                        .toList());
        for (long waiting : result.waitlist()) {
            assertThat(perApplicant).doesNotContainKey(waiting);
        }
    }

    @RepeatedTest(40)
    void randomInstancesNeverBreakAHardConstraintAndTheSameSeedGivesTheSameResult(RepetitionInfo repetition) {
        long seed = repetition.getCurrentRepetition();
        AllocationInput input = randomInstance(
                seed,
                1 + (int) (seed % 4),
                2 + (int) (seed % 6),
                1 + (int) (seed % 10),
                20 + (int) (seed * 37 % 400),
                4242 + seed);
        AllocationResult first = allocator.allocate(input);
        assertHardConstraints(input, first);
        AllocationResult again = allocator.allocate(input);
        assertThat(again).isEqualTo(first);
        // the order of the input does not matter either
        List<Applicant> shuffled = new ArrayList<>(input.applicants());
        Collections.shuffle(shuffled, new Random(seed));
        AllocationResult reordered = allocator.allocate(new AllocationInput(
                input.slots(),
                input.kiosks(),
                shuffled,
                input.locked(),
                input.seed(),
                input.weights(),
                input.maxPlacementsPerGroup()));
        assertThat(reordered.placements()).containsExactlyInAnyOrderElementsOf(first.placements());
        assertThat(reordered.waitlist()).isEqualTo(first.waitlist());
        assertHardConstraints(input, allocator.firstComeFirstServed(input));
    }

    @Test
    void aDifferentSeedDrawsADifferentLotteryAmongEquals() {
        AllocationInput input = randomInstance(7, 2, 3, 5, 300, 1);
        AllocationInput other = new AllocationInput(
                input.slots(), input.kiosks(), input.applicants(), List.of(), 2, Weights.DEFAULT, 1);
        assertThat(allocator.allocate(other).waitlist())
                .isNotEqualTo(allocator.allocate(input).waitlist());
    }

    @Test
    void placesAreFullWhenDemandAllowsAndLockedPlacementsStay() {
        AllocationInput input = randomInstance(11, 4, 6, 10, 600, 99);
        AllocationResult result = allocator.allocate(input);
        Placement keep = result.placements().get(17);
        AllocationInput withLock = new AllocationInput(
                input.slots(),
                input.kiosks(),
                input.applicants(),
                List.of(new Placement(keep.applicationId(), keep.kioskId(), keep.slotId(), true)),
                12345,
                Weights.DEFAULT,
                1);
        AllocationResult rerun = allocator.allocate(withLock);
        assertHardConstraints(withLock, rerun);
        assertThat(rerun.placements())
                .contains(new Placement(keep.applicationId(), keep.kioskId(), keep.slotId(), true));
        // 240 places, 600 applicants who mostly accept several slots: nearly every place is taken
        assertThat(result.placements().size()).isGreaterThan(200);
    }

    @Test
    void fairnessBeatsFirstComeFirstServedOnFirstTimersAndSpreadAndKeepsFirstPreferencesClose() {
        double fairTimers = 0;
        double fcfsTimers = 0;
        double fairGini = 0;
        double fcfsGini = 0;
        double fairFirst = 0;
        double fcfsFirst = 0;
        int instances = 30;
        for (int i = 0; i < instances; i++) {
            AllocationInput input = randomInstance(1000 + i, 4, 6, 10, 600, 77 + i);
            FairnessReport fair = FairnessReport.of(input, allocator.allocate(input));
            FairnessReport fcfs = FairnessReport.of(input, allocator.firstComeFirstServed(input));
            fairTimers += fair.firstTimersPlaced();
            fcfsTimers += fcfs.firstTimersPlaced();
            fairGini += fair.municipalityGini();
            fcfsGini += fcfs.municipalityGini();
            fairFirst += fair.firstPreferencesMet();
            fcfsFirst += fcfs.firstPreferencesMet();
        }
        System.out.printf(
                "FAIRNESS over %d instances (6 kiosks × 4 slots × 10, 600 applicants): first-timers placed"
                        + " %.1f%% vs FCFS %.1f%%; municipality Gini %.3f vs %.3f; first preferences met %.1f%% vs"
                        + " %.1f%%%n",
                instances,
                100 * fairTimers / instances,
                100 * fcfsTimers / instances,
                fairGini / instances,
                fcfsGini / instances,
                100 * fairFirst / instances,
                100 * fcfsFirst / instances);
        assertThat(fairTimers).isGreaterThan(fcfsTimers);
        assertThat(fairGini).isLessThan(fcfsGini);
        assertThat(fairFirst / instances).isGreaterThan(fcfsFirst / instances - 0.05);
    }

    @Test
    void explanationsSayWhyInCodesTheViewsCanTranslate() {
        List<SlotSpec> slots = List.of(new SlotSpec(1, 1));
        List<KioskSpec> kiosks = List.of(new KioskSpec(9, "K1", 1, false, false));
        List<Applicant> applicants = List.of(
                new Applicant(1, 1, 1, 1, "CRAFT", false, false, List.of(1L), 0, 0, Set.of(), 5),
                new Applicant(2, 2, 2, 1, "CRAFT", false, false, List.of(1L), 3, 0, Set.of(), 1),
                new Applicant(3, 3, 3, 1, "CRAFT", true, false, List.of(1L), 0, 0, Set.of(), 2));
        AllocationResult result = allocator.allocate(
                new AllocationInput(slots, kiosks, applicants, List.of(), 1, new Weights(0, 10, 10, 1), 1));
        assertThat(result.explanations().get(1L).code()).isEqualTo("assigned");
        assertThat(result.explanations().get(1L).values()).containsExactly("K1", "1", "1");
        assertThat(result.explanations().get(2L).code()).isEqualTo("waitlisted.rotation");
        assertThat(result.explanations().get(2L).values()).containsExactly("1", "1", "1");
        assertThat(result.explanations().get(3L).code()).isEqualTo("ineligible.electricity");
        assertThat(result.waitlist()).containsExactly(2L);
        // first come, first served would have given the place to the group with 3 past stalls
        assertThat(allocator
                        .firstComeFirstServed(
                                new AllocationInput(slots, kiosks, applicants, List.of(), 1, Weights.DEFAULT, 1))
                        .placements())
                .extracting(Placement::applicationId)
                .containsExactly(2L);
    }

    /**
     * A municipality's share counts only the applicants competing in this run: eligible now and not already holding
     * their place through a lock. Six of A's eight applicants chose no slot and one of B's is busy elsewhere; counted
     * anyway they would give A both places in two draws out of three.
     */
    @Test
    void sharesCountOnlyTheApplicantsEligibleInThisRun() {
        List<SlotSpec> slots = List.of(new SlotSpec(1, 1));
        List<KioskSpec> kiosks = List.of(new KioskSpec(9, "K1", 2, false, false));
        List<Applicant> applicants = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            applicants.add(new Applicant(
                    100 + i, 100 + i, 1, 1, "CRAFT", false, false, i < 2 ? List.of(1L) : List.of(), 0, 0, Set.of(), i));
        }
        for (int i = 0; i < 3; i++) {
            applicants.add(new Applicant(
                    200 + i,
                    200 + i,
                    2,
                    1,
                    "CRAFT",
                    false,
                    false,
                    List.of(1L),
                    0,
                    0,
                    i == 2 ? Set.of(1L) : Set.of(),
                    i));
        }
        for (long seed = 1; seed <= 40; seed++) {
            AllocationResult result = allocator.allocate(
                    new AllocationInput(slots, kiosks, applicants, List.of(), seed, Weights.DEFAULT, 1));
            assertThat(result.placements())
                    .extracting(p -> p.applicationId() / 100)
                    .as("seed %d", seed)
                    .containsExactlyInAnyOrder(1L, 2L);
            assertThat(result.explanations().get(202L).code()).isEqualTo("ineligible.busy");
            assertThat(result.explanations().get(107L).code()).isEqualTo("ineligible.noPreferences");
            long waitingA = result.waitlist().stream()
                    .filter(id -> id / 100 == 1)
                    .findFirst()
                    .orElseThrow();
            assertThat(result.explanations().get(waitingA).code()).isEqualTo("waitlisted.share");
        }
    }

    /** A group whose only place is locked does not count again toward its municipality's share of the free places. */
    @Test
    void aLockedPlacementDoesNotCountTowardTheShareOfTheFreePlaces() {
        List<SlotSpec> slots = List.of(new SlotSpec(1, 1));
        List<KioskSpec> kiosks = List.of(new KioskSpec(9, "K1", 3, false, false));
        List<Applicant> applicants = new ArrayList<>();
        for (int i = 0; i < 3; i++) { // A: one locked, two competing; B: one competing
            applicants.add(
                    new Applicant(100 + i, 100 + i, 1, 1, "CRAFT", false, false, List.of(1L), 0, 0, Set.of(), i));
        }
        applicants.add(new Applicant(200, 200, 2, 1, "CRAFT", false, false, List.of(1L), 0, 0, Set.of(), 9));
        applicants.add(new Applicant(201, 201, 2, 1, "CRAFT", false, false, List.of(1L), 0, 0, Set.of(), 9));
        for (long seed = 1; seed <= 40; seed++) {
            AllocationResult result = allocator.allocate(new AllocationInput(
                    slots, kiosks, applicants, List.of(new Placement(100, 9, 1, true)), seed, Weights.DEFAULT, 1));
            // two free places, four competing (two from each): one each
            assertThat(result.placements().stream().filter(p -> !p.locked()).map(p -> p.applicationId() / 100))
                    .as("seed %d", seed)
                    .containsExactlyInAnyOrder(1L, 2L);
        }
    }

    @Test
    void badInputIsRefused() {
        AllocationInput input = randomInstance(3, 1, 1, 1, 5, 1);
        assertThatThrownBy(() -> allocator.allocate(new AllocationInput(
                        input.slots(),
                        input.kiosks(),
                        input.applicants(),
                        List.of(new Placement(10_000, 999, 100, true)),
                        1,
                        Weights.DEFAULT,
                        1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Weights(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
