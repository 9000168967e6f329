package app.haat.allocation.engine;

import app.haat.core.data.Sha256;
import java.nio.ByteBuffer;

/**
 * Commit, then reveal: the portal publishes only {@link #commitment} of the seed it drew when applications closed, and
 * every re-draw's seed follows from that seed, so the one published hash commits to every seed the exhibition will
 * ever use. Anyone checks it with {@code printf %s <seed> | sha256sum}.
 */
public final class DrawSeeds {

    private DrawSeeds() {}

    /** Lowercase hex SHA-256 of the seed's decimal ASCII text. */
    public static String commitment(long seed) {
        return Sha256.hex(Long.toString(seed));
    }

    /**
     * The seed of the k-th re-draw (k ≥ 1): the first 8 bytes, big-endian and signed, of SHA-256 of {@code <seed>:<k>};
     * k = 0 is the committed seed itself.
     */
    public static long seedOf(long committed, int redraw) {
        if (redraw < 0) {
            throw new IllegalArgumentException("re-draws count from 1");
        }
        return redraw == 0
                ? committed
                : ByteBuffer.wrap(Sha256.of(committed + ":" + redraw)).getLong();
    }
}
