package app.haat.allocation.engine;

import app.haat.allocation.engine.AllocationInput.Applicant;
import app.haat.allocation.engine.AllocationInput.KioskSpec;
import app.haat.allocation.engine.AllocationInput.SlotSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One run of the allocator: its sorted input, the free places, the placements so far. */
final class Run {

    private static final int MAX_ROTATION = 10;

    final AllocationInput input;
    private final Weights weights;
    final List<SlotSpec> slots;
    final List<KioskSpec> kiosks;
    final List<Applicant> applicants;
    final Map<Long, Integer> slotIndex = new HashMap<>();
    final Map<Long, Integer> kioskIndex = new HashMap<>();
    private final int[][] free; // [kiosk][slot]
    /** Kiosk classes by what they offer: 0 plain, 1 electricity, 2 food, 3 both. */
    private final List<List<Integer>> kiosksOfClass = new ArrayList<>();

    final List<Placement> placements = new ArrayList<>();
    private final Map<Long, Set<Integer>> heldSlots = new HashMap<>();
    private final long[] draw;
    final boolean[] overShare;

    Run(AllocationInput input) {
        if (input.weights() == null || input.maxPlacementsPerGroup() < 1) {
            throw new IllegalArgumentException("weights and at least one placement per group are needed");
        }
        this.input = input;
        this.weights = input.weights();
        this.slots = input.slots().stream()
                .sorted(Comparator.comparingInt(SlotSpec::seq))
                .toList();
        this.kiosks = input.kiosks().stream()
                .sorted(Comparator.comparingLong(KioskSpec::id))
                .toList();
        this.applicants = input.applicants().stream()
                .sorted(Comparator.comparingLong(Applicant::applicationId))
                .toList();
        for (int s = 0; s < slots.size(); s++) {
            slotIndex.put(slots.get(s).id(), s);
        }
        free = new int[kiosks.size()][slots.size()];
        for (int k = 0; k < kiosks.size(); k++) {
            kioskIndex.put(kiosks.get(k).id(), k);
            Arrays.fill(free[k], kiosks.get(k).capacity());
        }
        for (int c = 0; c < 4; c++) {
            kiosksOfClass.add(new ArrayList<>());
        }
        for (int k = 0; k < kiosks.size(); k++) {
            kiosksOfClass.get(classOf(kiosks.get(k))).add(k);
        }
        for (Placement locked : input.locked()) {
            Integer k = kioskIndex.get(locked.kioskId());
            Integer s = slotIndex.get(locked.slotId());
            if (k == null || s == null || free[k][s] <= 0) {
                throw new IllegalArgumentException("locked placement " + locked + " does not fit");
            }
            place(k, s, locked.applicationId(), true);
        }
        draw = new long[applicants.size()];
        for (int a = 0; a < applicants.size(); a++) {
            draw[a] = mix(input.seed(), applicants.get(a).applicationId());
        }
        overShare = shares();
    }

    private static int classOf(KioskSpec kiosk) {
        return (kiosk.electricity() ? 1 : 0) + (kiosk.foodAllowed() ? 2 : 0);
    }

    private static boolean compatible(Applicant applicant, int kioskClass) {
        return (!applicant.needsElectricity() || (kioskClass & 1) != 0)
                && (!applicant.needsFood() || (kioskClass & 2) != 0);
    }

    /** The lottery: a well-mixed number from the seed and the application, whatever the input order. */
    private static long mix(long seed, long applicationId) {
        long z = seed * 0x9E3779B97F4A7C15L + applicationId;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    int rotation(Applicant applicant) {
        return weights.rotation() * Math.min(applicant.pastPlacements(), MAX_ROTATION)
                + weights.penalty() * applicant.penalty();
    }

    /**
     * Spread: each municipality's proportional share of the free places (rounded up); its applicants beyond that
     * share, in rotation and lottery order, wait until others have had their turn. Only the applicants who compete
     * for a free place in this run count: eligible now (see {@link #ineligibility}) and not already holding all
     * their places through locked placements. Ineligibility is never remembered between runs.
     */
    private boolean[] shares() {
        int places = Arrays.stream(free).flatMapToInt(Arrays::stream).sum();
        Map<Long, List<Integer>> byMunicipality = new LinkedHashMap<>();
        int competing = 0;
        for (int a = 0; a < applicants.size(); a++) {
            Applicant applicant = applicants.get(a);
            if (ineligibility(applicant) != null
                    || heldSlots
                                    .getOrDefault(applicant.applicationId(), Set.of())
                                    .size()
                            >= input.maxPlacementsPerGroup()) {
                continue;
            }
            byMunicipality
                    .computeIfAbsent(applicant.municipalityId(), m -> new ArrayList<>())
                    .add(a);
            competing++;
        }
        boolean[] over = new boolean[applicants.size()];
        int total = Math.max(1, competing);
        for (List<Integer> members : byMunicipality.values()) {
            long share = (long) Math.ceil((double) places * members.size() / total);
            members.sort(Comparator.<Integer>comparingInt(a -> rotation(applicants.get(a)))
                    .thenComparingLong(a -> draw[a]));
            for (int i = 0; i < members.size(); i++) {
                over[members.get(i)] = i >= share;
            }
        }
        return over;
    }

    private long score(int a) {
        return (long) weights.spread() * (overShare[a] ? 1 : 0) + rotation(applicants.get(a));
    }

    private List<Integer> priorityOrder() {
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < applicants.size(); a++) {
            order.add(a);
        }
        order.sort(Comparator.<Integer>comparingLong(this::score)
                .thenComparingLong(a -> draw[a])
                .thenComparingLong(a -> applicants.get(a).applicationId()));
        return order;
    }

    /** Slot indices an applicant accepts in preference order: listed, known, not busy, not already held. */
    private List<Integer> acceptedSlots(Applicant applicant) {
        List<Integer> accepted = new ArrayList<>();
        Set<Integer> held = heldSlots.getOrDefault(applicant.applicationId(), Set.of());
        for (long slotId : applicant.preferences()) {
            Integer s = slotIndex.get(slotId);
            if (s != null && !held.contains(s) && !applicant.busySlots().contains(slotId) && !accepted.contains(s)) {
                accepted.add(s);
            }
        }
        return accepted;
    }

    int rank(Applicant applicant, int slot) {
        return applicant.preferences().indexOf(slots.get(slot).id());
    }

    // ---- the allocation ----

    AllocationResult allocate() {
        List<Integer> order = priorityOrder();
        for (int round = 0; round < input.maxPlacementsPerGroup(); round++) {
            if (!placeRound(order)) {
                break;
            }
        }
        return result(order);
    }

    /** One round: every applicant at most one more place. Answers whether anyone was placed. */
    private boolean placeRound(List<Integer> order) {
        int classes = 4;
        int nodes = slots.size() * classes;
        int[] capacity = new int[nodes];
        for (int s = 0; s < slots.size(); s++) {
            for (int c = 0; c < classes; c++) {
                for (int k : kiosksOfClass.get(c)) {
                    capacity[s * classes + c] += free[k][s];
                }
            }
        }
        List<List<Integer>> allowed = new ArrayList<>();
        for (Applicant applicant : applicants) {
            List<Integer> nodesOf = new ArrayList<>();
            int held =
                    heldSlots.getOrDefault(applicant.applicationId(), Set.of()).size();
            if (held < input.maxPlacementsPerGroup()) {
                for (int s : acceptedSlots(applicant)) {
                    for (int c = 0; c < classes; c++) {
                        if (compatible(applicant, c) && capacity[s * classes + c] > 0) {
                            nodesOf.add(s * classes + c);
                        }
                    }
                }
            }
            allowed.add(nodesOf);
        }
        Matching matching = new Matching(nodes, capacity, allowed, applicants.size());
        for (int a : order) {
            if (!allowed.get(a).isEmpty()) {
                matching.augment(a);
            }
        }
        if (matching.placedCount() == 0) {
            return false;
        }
        if (weights.preference() > 0) {
            optimisePreferences(matching, allowed, capacity, classes);
        }
        deal(matching, classes, order);
        return true;
    }

    /** Re-chooses the slots of the placed applicants by a min-cost flow over preference ranks; all stay placed. */
    private void optimisePreferences(Matching matching, List<List<Integer>> allowed, int[] capacity, int classes) {
        List<Integer> placed = matching.placed();
        MinCostFlow flow = new MinCostFlow(placed.size() + capacity.length + 2);
        int source = placed.size() + capacity.length;
        int sink = source + 1;
        Map<Integer, List<int[]>> edgesOf = new HashMap<>(); // applicant -> [edge id, node]
        for (int i = 0; i < placed.size(); i++) {
            int a = placed.get(i);
            flow.addEdge(source, i, 1, 0);
            for (int node : allowed.get(a)) {
                int cost = weights.preference() * rank(applicants.get(a), node / classes);
                int edge = flow.addEdge(i, placed.size() + node, 1, cost);
                edgesOf.computeIfAbsent(a, x -> new ArrayList<>()).add(new int[] {edge, node});
            }
        }
        for (int node = 0; node < capacity.length; node++) {
            if (capacity[node] > 0) {
                flow.addEdge(placed.size() + node, sink, capacity[node], 0);
            }
        }
        int sent = flow.run(source, sink, placed.size());
        if (sent != placed.size()) {
            return; // cannot happen for a feasible matching; keep the greedy slots then
        }
        for (int a : placed) {
            for (int[] edge : Objects.requireNonNull(edgesOf.get(a))) {
                if (flow.used(edge[0])) {
                    matching.reassign(a, edge[1]);
                }
            }
        }
    }

    /** Deals each slot-and-class group of applicants to its kiosks, mixing categories, and records them. */
    private void deal(Matching matching, int classes, List<Integer> order) {
        Map<Integer, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        for (int node = 0; node < matching.nodeCount(); node++) {
            List<Integer> members = new ArrayList<>(matching.occupants(node));
            if (members.isEmpty()) {
                continue;
            }
            int s = node / classes;
            int c = node % classes;
            members.sort(Comparator.<Integer, String>comparing(
                            a -> String.valueOf(applicants.get(a).category()))
                    .thenComparingInt(position::get));
            List<Integer> kioskList = kiosksOfClass.get(c);
            Map<Integer, Set<String>> categoriesIn = new HashMap<>();
            for (int a : members) {
                String category = String.valueOf(applicants.get(a).category());
                int best = -1;
                for (int k : kioskList) {
                    if (free[k][s] <= 0) {
                        continue;
                    }
                    boolean fresh = !categoriesIn.getOrDefault(k, Set.of()).contains(category);
                    if (best < 0) {
                        best = k;
                        continue;
                    }
                    boolean bestFresh =
                            !categoriesIn.getOrDefault(best, Set.of()).contains(category);
                    if ((fresh && !bestFresh) || (fresh == bestFresh && free[k][s] > free[best][s])) {
                        best = k;
                    }
                }
                categoriesIn.computeIfAbsent(best, k -> new HashSet<>()).add(category);
                place(best, s, applicants.get(a).applicationId(), false);
            }
        }
    }

    /** A seat taken: one place less in kiosk {@code k} for slot {@code s}, the placement kept, the slot held. */
    private void place(int k, int s, long applicationId, boolean locked) {
        free[k][s]--;
        placements.add(
                new Placement(applicationId, kiosks.get(k).id(), slots.get(s).id(), locked));
        heldSlots.computeIfAbsent(applicationId, id -> new HashSet<>()).add(s);
    }

    // ---- the baseline ----

    AllocationResult firstComeFirstServed() {
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < applicants.size(); a++) {
            order.add(a);
        }
        order.sort(Comparator.<Integer>comparingLong(a -> applicants.get(a).submittedOrder())
                .thenComparingLong(a -> applicants.get(a).applicationId()));
        for (int a : order) {
            Applicant applicant = applicants.get(a);
            int held =
                    heldSlots.getOrDefault(applicant.applicationId(), Set.of()).size();
            search:
            for (int s : acceptedSlots(applicant)) {
                if (held >= input.maxPlacementsPerGroup()) {
                    break;
                }
                for (int k = 0; k < kiosks.size(); k++) {
                    if (free[k][s] > 0 && compatible(applicant, classOf(kiosks.get(k)))) {
                        place(k, s, applicant.applicationId(), false);
                        break search;
                    }
                }
            }
        }
        return result(order);
    }

    /** Why an applicant cannot be placed at all, or null: worked out afresh every run. */
    @Nullable
    String ineligibility(Applicant applicant) {
        if (applicant.preferences().isEmpty()) {
            return "ineligible.noPreferences";
        }
        boolean anyClass = false;
        for (int c = 0; c < 4; c++) {
            anyClass |= compatible(applicant, c) && !kiosksOfClass.get(c).isEmpty();
        }
        if (!anyClass) {
            return applicant.needsFood() ? "ineligible.food" : "ineligible.electricity";
        }
        boolean anySlot = applicant.preferences().stream()
                .anyMatch(id ->
                        slotIndex.containsKey(id) && !applicant.busySlots().contains(id));
        return anySlot ? null : "ineligible.busy";
    }

    private AllocationResult result(List<Integer> order) {
        return new Explainer(this).result(order);
    }
}
