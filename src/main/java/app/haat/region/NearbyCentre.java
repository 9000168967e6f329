package app.haat.region;

import org.jspecify.annotations.Nullable;

/**
 * A City Livelihood Centre and how far it is, in kilometres along the great circle, from the headquarters of a
 * district; null when the centre or the district has no location recorded (such centres are listed last).
 */
public record NearbyCentre(Centre centre, @Nullable Double km) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** Whole kilometres, as the page shows them (at least 1), or null when unknown. */
    public @Nullable Long roundKm() {
        return km == null ? null : Math.max(1, Math.round(km));
    }

    /** The great-circle distance between two points (haversine), in kilometres. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
