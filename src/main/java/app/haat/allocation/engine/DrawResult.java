package app.haat.allocation.engine;

import java.util.ArrayList;
import java.util.List;

/** A run's outcome as published: placements and waitlist by application id, with each explanation's code. */
public record DrawResult(List<Placement> placements, List<Long> waitlist, List<Outcome> outcomes) {

    public record Outcome(long applicationId, Explanation.Outcome outcome, String code, List<String> values) {
    }

    public static DrawResult of(AllocationResult result) {
        List<Placement> placements = new ArrayList<>(result.placements());
        placements.sort(java.util.Comparator.comparingLong(Placement::applicationId).thenComparingLong(Placement::slotId));
        List<Outcome> outcomes = result.explanations().values().stream()
                .map(e -> new Outcome(e.applicationId(), e.outcome(), e.code(), e.values()))
                .sorted(java.util.Comparator.comparingLong(Outcome::applicationId)).toList();
        return new DrawResult(List.copyOf(placements), result.waitlist(), outcomes);
    }

    /** What differs from another result, in words a reader can follow; empty when identical. */
    public List<String> differences(DrawResult other) {
        List<String> found = new ArrayList<>();
        java.util.Set<Placement> mine = new java.util.HashSet<>(placements);
        java.util.Set<Placement> theirs = new java.util.HashSet<>(other.placements);
        placements.stream().filter(p -> !theirs.contains(p)).forEach(p -> found.add("placement " + p.applicationId()
                + " in kiosk " + p.kioskId() + ", slot " + p.slotId() + " only in the recorded result"));
        other.placements.stream().filter(p -> !mine.contains(p)).forEach(p -> found.add("placement "
                + p.applicationId() + " in kiosk " + p.kioskId() + ", slot " + p.slotId() + " only in the recomputed result"));
        if (!waitlist.equals(other.waitlist)) {
            found.add("waitlist recorded " + waitlist + ", recomputed " + other.waitlist);
        }
        java.util.Map<Long, Outcome> theirOutcomes = new java.util.HashMap<>();
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
