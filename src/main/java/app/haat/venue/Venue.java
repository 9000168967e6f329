package app.haat.venue;

import app.haat.core.i18n.LocalizedName;
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
        @Nullable String nameBn,
        @Nullable String addressBn,
        int floors,
        int planColumns,
        int planRows,
        String registrationNo,
        int kioskCount,
        int version,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude) {

    /** The venue's name for its reader: the Bengali one for a Bengali reader when it has one. */
    public String name(boolean bengali) {
        return LocalizedName.pick(name, nameBn, bengali);
    }

    public @Nullable String address(boolean bengali) {
        return LocalizedName.pickOptional(address, addressBn, bengali);
    }

    public String municipality(boolean bengali) {
        return bengali ? municipalityBn : municipalityEn;
    }

    /** The bundle key naming a floor: floor 0 is the ground floor, never "floor 0"; the others take the number. */
    public static String floorKey(int floor) {
        return floor == 0 ? "venue.groundFloor" : "venue.floorNumber";
    }

    /** Where the venue is on the map (see {@link MapLocation#link}). */
    public String mapLink() {
        return MapLocation.link(this);
    }
}
