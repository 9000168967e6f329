package app.haat.allocation.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A run's outcome as published: placements and waitlist by application id, with each explanation's code. */
public record DrawResult(List<Placement> placements, List<Long> waitlist, List<Outcome> outcomes) {

    public record Outcome(long applicationId, Explanation.Outcome outcome, String code, List<String> values) {}

    public static DrawResult of(AllocationResult result) {
        List<Placement> placements = new ArrayList<>(result.placements());
        placements.sort(Comparator.comparingLong(Placement::applicationId).thenComparingLong(Placement::slotId));
        List<Outcome> outcomes = result.explanations().values().stream()
                .map(e -> new Outcome(e.applicationId(), e.outcome(), e.code(), e.values()))
                .sorted(Comparator.comparingLong(Outcome::applicationId))
                .toList();
        return new DrawResult(List.copyOf(placements), result.waitlist(), outcomes);
    }

    /** What differs from another result, in words a reader can follow; empty when identical. */
    public List<String> differences(DrawResult other) {
        List<String> found = new ArrayList<>();
        Set<Placement> mine = new HashSet<>(placements);
        Set<Placement> theirs = new HashSet<>(other.placements);
        placements.stream()
                .filter(p -> !theirs.contains(p))
                .forEach(p -> found.add("placement " + p.applicationId() + " in kiosk " + p.kioskId() + ", slot "
                        + p.slotId() + " only in the recorded result"));
        other.placements.stream()
                .filter(p -> !mine.contains(p))
                .forEach(p -> found.add("placement " + p.applicationId() + " in kiosk " + p.kioskId() + ", slot "
                        + p.slotId() + " only in the recomputed result"));
        if (!waitlist.equals(other.waitlist)) {
            found.add("waitlist recorded " + waitlist + ", recomputed " + other.waitlist);
        }
        Map<Long, Outcome> theirOutcomes = new HashMap<>();
        other.outcomes.forEach(o -> theirOutcomes.put(o.applicationId(), o));
        for (Outcome o : outcomes) {
            Outcome t = theirOutcomes.get(o.applicationId());
            if (!o.equals(t)) {
                found.add("application " + o.applicationId() + ": recorded " + o.code() + " " + o.values()
                        + ", recomputed " + (t == null ? "nothing" : t.code() + " " + t.values()));
            }
        }
        if (outcomes.size() != other.outcomes.size()) {
            found.add("recorded " + outcomes.size() + " outcomes, recomputed " + other.outcomes.size());
        }
        return found;
    }
}
