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
}
