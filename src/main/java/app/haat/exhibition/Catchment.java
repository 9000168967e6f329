package app.haat.exhibition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whose groups may apply: chosen municipalities, districts or a zone, the whole state, or (kind null) the default:
 * the venue's zone, else its district; for a centre, the whole state.
 */
public record Catchment(@Nullable Kind kind, List<Long> ids) {

    public static final Catchment DEFAULT = new Catchment(null, List.of());

    public enum Kind {
        MUNICIPALITIES,
        DISTRICTS,
        ZONE,
        STATE
    }
}
