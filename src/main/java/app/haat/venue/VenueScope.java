package app.haat.venue;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which venues a caller may see: those in these municipalities (null: all) and of these kinds (null: all). Admins
 * see everything, officers their municipalities' venues, centre staff the centres.
 */
public record VenueScope(
        @Nullable Set<Long> municipalities, @Nullable Set<VenueKind> kinds) {}
