package app.haat.venue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A venue's place on the map: its optional latitude and longitude (both or neither, in degrees), and the one map link
 * every screen, letter and the catalogue give for it, built from the venue's own facts only.
 */
public final class MapLocation {

    private static final String SEARCH = "https://www.google.com/maps/search/?api=1&query=";
    private static final BigDecimal NINETY = BigDecimal.valueOf(90);
    private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

    private MapLocation() {}

    /** Adds the reason a location is refused: one of the two missing, or outside the globe's ranges. */
    static void check(@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, List<String> errors) {
        if (latitude == null && longitude == null) {
            return;
        }
        if (latitude == null || longitude == null) {
            errors.add("venue.error.locationBoth");
        } else if (latitude.abs().compareTo(NINETY) > 0 || longitude.abs().compareTo(ONE_EIGHTY) > 0) {
            errors.add("venue.error.locationRange");
        }
    }

    /** Degrees to the six decimals stored (about 10 cm), or null. */
    static @Nullable BigDecimal stored(@Nullable BigDecimal degrees) {
        return degrees == null ? null : degrees.setScale(6, RoundingMode.HALF_UP);
    }

    /**
     * Where the venue is: its map location when set; otherwise a search for its name, its own address and its own
     * municipality (never anything of the reader's).
     */
    public static String link(Venue venue) {
        return link(venue.name(), venue.address(), venue.municipalityEn(), venue.latitude(), venue.longitude());
    }

    /** As {@link #link(Venue)}, from the venue's columns as a page that does not load the venue reads them. */
    public static String link(
            String name,
            @Nullable String address,
            String municipalityEn,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude) {
        if (latitude != null && longitude != null) {
            return SEARCH + latitude.toPlainString() + "," + longitude.toPlainString();
        }
        List<String> parts = new ArrayList<>();
        parts.add(name);
        if (address != null && !address.isBlank()) {
            parts.add(address);
        }
        parts.add(municipalityEn);
        parts.add("West Bengal");
        return SEARCH + URLEncoder.encode(String.join(", ", parts), StandardCharsets.UTF_8);
    }

    /** The location as people read it, e.g. "22.586500, 88.408400"; empty without one. */
    public static String coordinates(Venue venue) {
        return venue.latitude() == null || venue.longitude() == null
                ? ""
                : venue.latitude().toPlainString() + ", " + venue.longitude().toPlainString();
    }
}
