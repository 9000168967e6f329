package app.haat.allocation.engine;

/**
 * The version of the engine's rules. A published draw names the version that made it; a draw made under other rules
 * is refused with a message naming the version needed, never silently recomputed under today's rules.
 * 2: ineligibility computed in every run; a municipality's share counts only the applicants competing in the run.
 */
public final class Engine {

    public static final String VERSION = "haat-allocator-2";

    private Engine() {}

    /** Recomputes a recorded run: the same input and seed must give the recorded result. */
    public static DrawResult replay(String version, DrawInput input, long seed) {
        if (!VERSION.equals(version)) {
            throw new IllegalArgumentException("This draw was made by engine " + version + "; this Haat runs " + VERSION
                    + ". Verify it with a Haat release that runs " + version + ".");
        }
        return DrawResult.of(new Allocator().allocate(input.toInput(seed)));
    }
}
