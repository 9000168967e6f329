package app.haat.group;

/** One municipality's verified groups and how many of them have done each readiness item. */
public record ReadinessFigures(
        long municipalityId,
        String municipalityEn,
        String municipalityBn,
        String districtEn,
        String districtBn,
        int groups,
        int pan,
        int gstin,
        int fssai,
        int bank,
        int photos,
        int trained,
        int ready) {

    /** The share of all checklist items done across the municipality's groups, 0 to 1. */
    public double share() {
        return groups == 0 ? 0 : (double) (pan + gstin + fssai + bank + photos + trained) / (groups * Readiness.ITEMS);
    }
}
