package app.haat.allocation.engine;

import java.util.List;
import java.util.Map;

/** The placements, the ordered waitlist (application ids, first to be promoted first) and an explanation for each. */
public record AllocationResult(
        List<Placement> placements, List<Long> waitlist, Map<Long, Explanation> explanations, long seed) {}
