package app.haat.venue;

import java.util.Set;

/**
 * Which venues a caller may see: those in these municipalities (null: all) and of these kinds (null: all). Admins
 * see everything, officers their municipalities' venues, centre staff the centres.
 */
public record VenueScope(Set<Long> municipalities, Set<VenueKind> kinds) {
}
