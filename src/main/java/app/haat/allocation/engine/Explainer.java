package app.haat.allocation.engine;

import app.haat.allocation.engine.AllocationInput.Applicant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A run's result: the placements, the waitlist in priority order and every applicant's explanation (assigned where,
 * ineligible why, or waitlisted behind whom), in the words of the allocator's rules.
 */
final class Explainer {

    private final Run run;
    private @Nullable List<Integer> placedList;
    private @Nullable Map<Long, Integer> placedPerMunicipality;

    Explainer(Run run) {
        this.run = run;
    }

    AllocationResult result(List<Integer> order) {
        Map<Long, Explanation> explanations = new LinkedHashMap<>();
        Map<Long, List<Placement>> placed = new HashMap<>();
        for (Placement p : run.placements) {
            placed.computeIfAbsent(p.applicationId(), id -> new ArrayList<>()).add(p);
        }
        List<Long> waitlist = new ArrayList<>();
        for (int a : order) {
            Applicant applicant = run.applicants.get(a);
            List<Placement> mine = placed.get(applicant.applicationId());
            if (mine != null) {
                Placement first = mine.getFirst();
                int s = Objects.requireNonNull(run.slotIndex.get(first.slotId()));
                String kiosk = run.kiosks
                        .get(Objects.requireNonNull(run.kioskIndex.get(first.kioskId())))
                        .code();
                explanations.put(
                        applicant.applicationId(),
                        new Explanation(
                                applicant.applicationId(),
                                Explanation.Outcome.ASSIGNED,
                                "assigned",
                                List.of(
                                        kiosk,
                                        String.valueOf(run.slots.get(s).seq()),
                                        String.valueOf(run.rank(applicant, s) + 1))));
                continue;
            }
            String ineligible = run.ineligibility(applicant);
            if (ineligible != null) {
                explanations.put(
                        applicant.applicationId(),
                        new Explanation(
                                applicant.applicationId(), Explanation.Outcome.INELIGIBLE, ineligible, List.of()));
                continue;
            }
            waitlist.add(applicant.applicationId());
            explanations.put(applicant.applicationId(), waitlisted(applicant, a, waitlist.size(), placed));
        }
        return new AllocationResult(List.copyOf(run.placements), List.copyOf(waitlist), explanations, run.input.seed());
    }

    /** The placed applicants in input order, worked out once for all the explanations of a run. */
    private List<Integer> placedApplicants(Map<Long, List<Placement>> placed) {
        if (placedList == null) {
            placedList = new ArrayList<>();
            placedPerMunicipality = new HashMap<>();
            for (int b = 0; b < run.applicants.size(); b++) {
                if (placed.containsKey(run.applicants.get(b).applicationId())) {
                    placedList.add(b);
                    placedPerMunicipality.merge(run.applicants.get(b).municipalityId(), 1, Integer::sum);
                }
            }
        }
        return placedList;
    }

    private Map<Long, Integer> placedIn(Map<Long, List<Placement>> placed) {
        placedApplicants(placed);
        return Objects.requireNonNull(placedPerMunicipality);
    }

    private static boolean anyIn(List<Placement> placements, Set<Long> slotIds) {
        for (Placement p : placements) {
            if (slotIds.contains(p.slotId())) {
                return true;
            }
        }
        return false;
    }

    private Explanation waitlisted(Applicant applicant, int a, int position, Map<Long, List<Placement>> placed) {
        Set<Long> wanted = new HashSet<>(applicant.preferences());
        long firstSlot = applicant.preferences().getFirst();
        String slotSeq = run.slotIndex.containsKey(firstSlot)
                ? String.valueOf(run.slots.get(run.slotIndex.get(firstSlot)).seq())
                : "?";
        int fewerPast = 0;
        int sameTurn = 0;
        for (int b : placedApplicants(placed)) {
            Applicant other = run.applicants.get(b);
            if (!anyIn(Objects.requireNonNull(placed.get(other.applicationId())), wanted)) {
                continue;
            }
            if (run.rotation(other) < run.rotation(applicant)) {
                fewerPast++;
            } else if (run.rotation(other) == run.rotation(applicant)) {
                sameTurn++;
            }
        }
        String pos = String.valueOf(position);
        boolean othersPlaced =
                placedApplicants(placed).size() > placedIn(placed).getOrDefault(applicant.municipalityId(), 0);
        if (run.overShare[a] && othersPlaced) {
            return new Explanation(
                    applicant.applicationId(),
                    Explanation.Outcome.WAITLISTED,
                    "waitlisted.share",
                    List.of(pos, slotSeq));
        }
        if (fewerPast > 0) {
            return new Explanation(
                    applicant.applicationId(),
                    Explanation.Outcome.WAITLISTED,
                    "waitlisted.rotation",
                    List.of(pos, slotSeq, String.valueOf(fewerPast)));
        }
        return new Explanation(
                applicant.applicationId(),
                Explanation.Outcome.WAITLISTED,
                "waitlisted.lottery",
                List.of(pos, slotSeq, String.valueOf(sameTurn)));
    }
}
