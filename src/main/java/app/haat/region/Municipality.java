package app.haat.region;

/** An urban local body with its district (and the district's zone, if any). */
public record Municipality(
        long id,
        String nameEn,
        String nameBn,
        UlbType type,
        long districtId,
        String districtEn,
        String districtBn,
        String zoneEn,
        String zoneBn) {

    public String name(boolean bengali) {
        return bengali ? nameBn : nameEn;
    }

    /** Both scripts, as pickers show them: "Bally · বালি". */
    public String bothNames() {
        return nameEn + " · " + nameBn;
    }
}
