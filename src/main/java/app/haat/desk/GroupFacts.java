package app.haat.desk;

import org.jspecify.annotations.Nullable;

/**
 * What the desk needs to know of a group to take its request: where it is, the City Livelihood Centre of its zone (if
 * its district has one), whether it makes food, whether it is still there.
 */
record GroupFacts(
        long groupId, long municipalityId, @Nullable Long zoneCentreId, boolean food, boolean deleted) {}
