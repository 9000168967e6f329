package app.haat.search;

import org.jspecify.annotations.Nullable;

/** Where a rebuild of the search index stands: running or not, documents done of the total, how the last one ended. */
public record RebuildProgress(
        boolean running, long done, long total, @Nullable String error) {

    static final RebuildProgress IDLE = new RebuildProgress(false, 0, 0, null);

    public double share() {
        return total == 0 ? 0 : Math.min(1, (double) done / total);
    }
}
