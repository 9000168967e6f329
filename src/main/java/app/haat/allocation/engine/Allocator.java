package app.haat.allocation.engine;

/**
 * The kiosk allocator: plain Java, deterministic for the same input and seed.
 *
 * <p>Who gets a place is decided in priority order (the fairness formula in {@link Weights}); each applicant is
 * placed if an augmenting path exists ({@link Matching}), moving earlier applicants between slots they also accept.
 * Processing a transversal matroid greedily in priority order gives the best set of placed applicants for that order.
 * Among the placed, slots are then chosen by a min-cost flow that minimises the preference cost while keeping every
 * one of them placed. Within a slot, applicants are dealt to the kiosks they can use so that categories mix. One
 * {@link Run} holds the working state; the {@link Explainer} words its outcome.
 */
public final class Allocator {

    public AllocationResult allocate(AllocationInput input) {
        return new Run(input).allocate();
    }

    /** The baseline: in order of submission, each applicant takes its first preference that still has room. */
    public AllocationResult firstComeFirstServed(AllocationInput input) {
        return new Run(input).firstComeFirstServed();
    }
}
