package app.haat.allocation.engine;

/**
 * The weights of the fairness formula (see docs/ALLOCATION.md). An applicant's priority score is
 * {@code spread × overShare + rotation × min(pastPlacements, 10) + penalty × penalty}; lower goes first, equal scores
 * are ordered by the lottery. Among the groups so chosen, slots follow their preferences: each placement costs
 * {@code preference × (rank − 1)} and the total is minimised.
 */
public record Weights(int spread, int rotation, int penalty, int preference) {

    public static final Weights DEFAULT = new Weights(1000, 10, 10, 1);

    public Weights {
        if (spread < 0 || rotation < 0 || penalty < 0 || preference < 0) {
            throw new IllegalArgumentException("weights are not negative");
        }
    }
}
