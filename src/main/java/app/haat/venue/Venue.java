package app.haat.venue;

/** A place where groups show their products, with its municipality (and that municipality's district). */
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
        int version) {

    public String municipality(boolean bengali) {
        return bengali ? municipalityBn : municipalityEn;
    }

    /** The bundle key naming a floor: floor 0 is the ground floor, never "floor 0"; the others take the number. */
    public static String floorKey(int floor) {
        return floor == 0 ? "venue.groundFloor" : "venue.floorNumber";
    }
}
