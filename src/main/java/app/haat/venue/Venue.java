package app.haat.venue;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A place where groups show their products, with its municipality (and that municipality's district) and its
 * optional map location.
 */
public record Venue(
        long id,
        VenueKind kind,
        String name,
        long municipalityId,
        String municipalityEn,
        String municipalityBn,
        long districtId,
        String districtEn,
        String address,
        int floors,
        int planColumns,
        int planRows,
        String registrationNo,
        int kioskCount,
        int version,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude) {

    public String municipality(boolean bengali) {
        return bengali ? municipalityBn : municipalityEn;
    }

    /** Where the venue is on the map (see {@link MapLocation#link}). */
    public String mapLink() {
        return MapLocation.link(this);
    }
}
